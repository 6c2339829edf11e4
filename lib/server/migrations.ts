// Committed migrations and what a database has applied, for both databases.
// SQLite: prisma/migrations, applied by `prisma migrate deploy`. PostgreSQL: prisma/postgresql/migrations, applied
// here (Prisma 6.19's schema engine cannot migrate PostgreSQL through the driver adapter, prisma/orm#27403), in
// one transaction under an advisory lock, recorded in Prisma's own `_prisma_migrations` table layout.
// No "server-only" import: scripts/prepare-db.ts, the CLI and the test set-up use it outside Next.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "./database-url";

export interface CommittedMigration {
  name: string;
  /** sha256 (hex) of migration.sql, as Prisma records it */
  checksum: string;
  sql: string;
}

/** The project root: TADQIQ_ROOT (set by bin/tadqiq) or the working directory. */
function projectRoot(): string {
  return process.env.TADQIQ_ROOT ? path.resolve(process.env.TADQIQ_ROOT) : process.cwd();
}

export function migrationsDir(provider: DatabaseProvider, root = projectRoot()): string {
  return provider === "postgresql" ? path.join(root, "prisma", "postgresql", "migrations") : path.join(root, "prisma", "migrations");
}

/** The committed migrations of a database, in the order they apply (folder names sorted as strings). */
export function committedMigrations(provider: DatabaseProvider, root = projectRoot()): CommittedMigration[] {
  const dir = migrationsDir(provider, root);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export interface AppliedMigration {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

export type MigrationState =
  | { state: "current" }
  | { state: "pending"; pending: string[] }
  | { state: "failed"; failed: string[] }
  | { state: "changed"; changed: string[] }
  | { state: "unknown"; unknown: string[] };

/**
 * Compares what a database applied with the committed migrations: "current" when every committed migration is
 * applied with the same checksum and nothing else is; otherwise why not (a migration pending, one that failed
 * halfway, one whose file changed after it was applied, or one this code does not know — a newer release's).
 */
export function compareMigrations(committed: readonly CommittedMigration[], applied: readonly AppliedMigration[]): MigrationState {
  const live = applied.filter((m) => !m.rolledBack);
  const failed = live.filter((m) => !m.finished).map((m) => m.name);
  if (failed.length) return { state: "failed", failed };
  const byName = new Map(live.map((m) => [m.name, m]));
  const known = new Set(committed.map((m) => m.name));
  const unknown = live.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length) return { state: "unknown", unknown };
  const changed = committed.filter((m) => byName.has(m.name) && byName.get(m.name)!.checksum !== m.checksum).map((m) => m.name);
  if (changed.length) return { state: "changed", changed };
  const pending = committed.filter((m) => !byName.has(m.name)).map((m) => m.name);
  if (pending.length) return { state: "pending", pending };
  return { state: "current" };
}

/** Prisma's migration table (the layout `prisma migrate` creates on PostgreSQL). */
export const POSTGRES_MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Advisory lock key held while migrations apply (any two tadqiq instances starting at once take turns). */
export const MIGRATION_LOCK_KEY = 7_262_010_411;

/** The minimal query surface used here: a `pg` Client or PoolClient. */
export interface PgQueryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** What a PostgreSQL database recorded in `_prisma_migrations` (empty when the table does not exist). */
export async function appliedPostgresMigrations(client: PgQueryable): Promise<AppliedMigration[]> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows.map((r) => ({ name: r.migration_name, checksum: r.checksum, finished: r.finished_at !== null, rolledBack: r.rolled_back_at !== null }));
}

export class MigrationError extends Error {}

/**
 * Applies the pending committed PostgreSQL migrations in one transaction under an advisory lock, recording each in
 * `_prisma_migrations`. Refuses (MigrationError, nothing written) when an applied migration's file changed, when the
 * database has a migration this code does not know, or when one is recorded as failed. Resolves to the names applied.
 */
export async function applyPostgresMigrations(
  client: PgQueryable,
  committed: readonly CommittedMigration[] = committedMigrations("postgresql"),
): Promise<string[]> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(POSTGRES_MIGRATIONS_TABLE_SQL);
    const applied = await appliedPostgresMigrations(client);
    const state = compareMigrations(committed, applied);
    if (state.state === "changed") {
      throw new MigrationError(
        `migration ${state.changed.join(", ")} was changed after it was applied to this database (checksum differs); ` +
          "restore the committed file, or add a new migration instead of editing an applied one",
      );
    }
    if (state.state === "unknown") {
      throw new MigrationError(`this database has migration(s) ${state.unknown.join(", ")} that this version does not know (a newer release ran on it?)`);
    }
    if (state.state === "failed") throw new MigrationError(`migration(s) ${state.failed.join(", ")} are recorded as failed; repair the database first`);
    const pending = state.state === "pending" ? committed.filter((m) => state.pending.includes(m.name)) : [];
    for (const migration of pending) {
      try {
        await client.query(migration.sql);
      } catch (error) {
        throw new MigrationError(`migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)`,
        [crypto.randomUUID(), migration.checksum, migration.name],
      );
    }
    await client.query("COMMIT");
    return pending.map((m) => m.name);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
