import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Migrates one template SQLite database that every integration test file copies, and builds the QA worker once. */
export default async function setup() {
  const { ensureQaWorkerBundle } = await import("../../lib/server/qa/qa-worker-bundle");
  await ensureQaWorkerBundle(process.cwd());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-it-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.TADQIQ_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
