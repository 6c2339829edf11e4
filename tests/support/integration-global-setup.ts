import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Migrates one template database that every integration test file copies, and builds the QA worker once.
 * SQLite (default): a migrated template file. PostgreSQL pass (DATABASE_URL=postgresql://…, set by scripts/test-all.ts
 * from TADQIQ_TEST_PG_URL): a migrated template database next to the one the URL names.
 */
export default async function setup() {
  const { ensureQaWorkerBundle } = await import("../../lib/server/qa/qa-worker-bundle");
  await ensureQaWorkerBundle(process.cwd());
  // The migrated SQLite template: every file's database on the SQLite pass; on the PostgreSQL pass the tests that run
  // the CLI on a database file of their own (cli-import-export, glossary-tbx) copy it too.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-it-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.TADQIQ_TEMPLATE_DB = template;
  const removeSqlite = () => fs.rmSync(dir, { recursive: true, force: true });
  const base = process.env.DATABASE_URL?.trim();
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const { createDatabase, dropDatabase, dropRunDatabases, scratchName, withClient } = await import("./pg-test-db");
    const { applyPostgresMigrations } = await import("../../lib/server/migrations");
    try {
      await withClient(base, async () => undefined);
    } catch (error) {
      throw new Error(`PostgreSQL pass: cannot connect to ${base.replace(/:[^:@/]*@/, ":***@")} (${String(error)}). Start PostgreSQL or set TADQIQ_TEST_PG_URL.`);
    }
    const pgTemplate = scratchName(base, "tpl");
    const templateUrl = await createDatabase(base, pgTemplate);
    await withClient(templateUrl, (client) => applyPostgresMigrations(client));
    process.env.TADQIQ_TEST_PG_BASE = base;
    process.env.TADQIQ_TEMPLATE_PG = pgTemplate;
    return async () => {
      removeSqlite();
      await dropRunDatabases(base, pgTemplate);
      await dropDatabase(base, pgTemplate);
    };
  }
  return removeSqlite;
}
