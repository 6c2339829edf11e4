import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// QA runs go on after a write's response (in the background): closing the pool under a run's open transaction
// leaves the pool waiting for that connection forever, so the file's runs are let finish first, and the live
// notifications they queued are sent.
async function closeDatabase(): Promise<void> {
  const { settleAllArticleQa } = await import("../../lib/server/qa/article-qa");
  await settleAllArticleQa();
  const { settleLiveNotifications } = await import("../../lib/server/live/live-bus");
  await settleLiveNotifications();
  const { db } = await import("../../lib/server/db");
  await db.$disconnect();
}

// Each test file gets its own copy of the migrated template database: a copied SQLite file, or on the PostgreSQL
// pass its own database created from the template (so files stay independent, LISTEN/NOTIFY channels included).
const pgBase = process.env.TADQIQ_TEST_PG_BASE;
const pgTemplate = process.env.TADQIQ_TEMPLATE_PG;
if (pgBase && pgTemplate) {
  const { createDatabase, dropDatabase, fileDatabaseName } = await import("./pg-test-db");
  const name = fileDatabaseName(pgTemplate);
  process.env.DATABASE_URL = await createDatabase(pgBase, name, pgTemplate);
  afterAll(async () => {
    await closeDatabase();
    await dropDatabase(pgBase, name);
  });
} else {
  const template = process.env.TADQIQ_TEMPLATE_DB;
  if (!template) throw new Error("integration global setup did not run");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;

  afterAll(async () => {
    await closeDatabase();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
