import "server-only";
import { db, dbProvider } from "./db";
import type { DatabaseProvider } from "./database-url";
import { committedMigrations, compareMigrations, type AppliedMigration, type CommittedMigration, type MigrationState } from "./migrations";

export interface HealthReport {
  ok: boolean;
  database: DatabaseProvider;
  /** "current", or why not: pending | failed | changed | unknown; "unreachable" when the database did not answer */
  migrations: MigrationState["state"] | "unreachable";
}

let committed: CommittedMigration[] | null = null;

/**
 * Whether this instance can serve: the database answers and has exactly the committed migrations applied. One query on
 * the small `_prisma_migrations` table (the committed list is read from disk once per process).
 */
export async function checkHealth(): Promise<HealthReport> {
  committed ??= committedMigrations(dbProvider);
  let applied: AppliedMigration[];
  try {
    const rows = await db.$queryRaw<Array<{ name: string; checksum: string; finished: boolean | number | bigint; rolledBack: boolean | number | bigint }>>`
      SELECT migration_name AS "name", checksum AS "checksum", finished_at IS NOT NULL AS "finished", rolled_back_at IS NOT NULL AS "rolledBack"
      FROM "_prisma_migrations"`;
    applied = rows.map((r) => ({ name: r.name, checksum: r.checksum, finished: Boolean(Number(r.finished)), rolledBack: Boolean(Number(r.rolledBack)) }));
  } catch (error) {
    // No migration table: a database nothing was applied to yet (reachable, but not migrated).
    const text = String(error instanceof Error ? error.message : error);
    if (/_prisma_migrations/.test(text) && /does not exist|no such table/i.test(text)) return { ok: false, database: dbProvider, migrations: "pending" };
    return { ok: false, database: dbProvider, migrations: "unreachable" };
  }
  const state = compareMigrations(committed, applied).state;
  return { ok: state === "current", database: dbProvider, migrations: state };
}
