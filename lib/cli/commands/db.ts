import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CliCommand } from "../command";
import { prepareDatabaseUrl } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseCommandArgs } from "../options";

const USAGE = `Usage:
  tadqiq db backup <file>
  tadqiq db restore <file>

backup   copies the database into <file> while the app keeps running (SQLite's online backup: a consistent
         snapshot even while others write). <file> must not exist yet.
restore  replaces the database's contents with a backup made by \`tadqiq db backup\`. The file is checked first:
         a SQLite database that passes an integrity check, holds tadqiq's tables and has exactly the migrations of
         this version applied (a backup from another version is refused: restore it with that version, start it
         once to migrate, then back up again). The current contents are first saved beside the database as
         <database>.before-restore-<time>. The copy goes through SQLite's backup API under the database's write
         lock, so a running server may stay up: it waits while the restore writes, then sees the restored data
         (signed-in sessions are those of the backup). Refused (exit 1, nothing changed) while another process
         is writing to the database at that moment (a CLI import, another restore): try again.

PostgreSQL (DATABASE_URL=postgresql://…): use the server's own tools, pg_dump and pg_restore; both subcommands
say so and exit 1.

Options:
  -h, --help   show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout).
Exit status: 0 done, 1 not possible on this database (PostgreSQL) or the database stayed busy, 2 bad usage or a file
that is not a current tadqiq backup.
`;

const SUBCOMMANDS = ["backup", "restore"] as const;
const BUSY_TIMEOUT_MS = 5000;

/** `tadqiq db backup|restore`: online backup and verified restore of the embedded SQLite database. */
export const dbCommand: CliCommand = {
  name: "db",
  summary: "Back up or restore the database: db backup FILE | db restore FILE (SQLite; pg_dump on PostgreSQL)",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) throw new UsageError(`missing subcommand (tadqiq db ${SUBCOMMANDS.join("|")} <file>)`);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`unknown db subcommand ${JSON.stringify(sub)} (expected ${SUBCOMMANDS.join(", ")})`);
    const { positionals } = parseCommandArgs(rest, {});
    if (!positionals[0]) throw new UsageError(`missing <file> (tadqiq db ${sub} <file>)`);
    noExtraArguments(positionals.slice(1));
    const file = resolve(positionals[0]);

    const url = prepareDatabaseUrl();
    if (!url.startsWith("file:")) {
      const { redact } = await import("../../server/database-url");
      const tool = sub === "backup" ? `pg_dump --format=custom --file=${JSON.stringify(file)} "$DATABASE_URL"` : `pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${JSON.stringify(file)}`;
      io.stderr(
        `tadqiq db ${sub}: the database is PostgreSQL (${redact(url)}); use PostgreSQL's own tool instead:\n  ${tool}\n` +
          (sub === "restore" ? "then start tadqiq once (it checks the migrations) before serving.\n" : ""),
      );
      return 1;
    }
    const { sqliteFile } = await import("../../server/database-url");
    const databaseFile = sqliteFile(url);
    return sub === "backup" ? backup(databaseFile, file, io) : restore(databaseFile, file, io);
  },
};

type Io = Parameters<CliCommand["run"]>[1];

async function backup(databaseFile: string, file: string, io: Io): Promise<number> {
  if (existsSync(file)) throw new CliError(`${file} already exists; choose a new file name`);
  if (!existsSync(dirname(file))) throw new CliError(`directory ${dirname(file)} does not exist`);
  const { default: Database } = await import("better-sqlite3");
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  const partial = `${file}.partial`;
  try {
    const { totalPages } = await source.backup(partial);
    renameSync(partial, file);
    io.stderr(`tadqiq db: backed up ${databaseFile} to ${file} (${totalPages} pages, ${statSync(file).size} bytes)\n`);
    return 0;
  } catch (error) {
    rmSync(partial, { force: true });
    throw busyOr(error, "backup");
  } finally {
    source.close();
  }
}

async function restore(databaseFile: string, file: string, io: Io): Promise<number> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`);
  if (resolve(file) === resolve(databaseFile)) throw new CliError("the backup file is the database itself");
  const { default: Database } = await import("better-sqlite3");
  const { committedMigrations, compareMigrations } = await import("../../server/migrations");

  let backupDb: InstanceType<typeof Database>;
  try {
    backupDb = new Database(file, { readonly: true, fileMustExist: true });
    backupDb.pragma("schema_version"); // reading the header: fails on a file that is not SQLite
  } catch {
    throw new CliError(`${file} is not a SQLite database`);
  }
  try {
    const integrity = backupDb.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new CliError(`${file} fails SQLite's integrity check (${String(integrity)})`);
    const tables = new Set((backupDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    for (const table of ["_prisma_migrations", "Article", "Paragraph", "user"]) {
      if (!tables.has(table)) throw new CliError(`${file} is not a tadqiq database (no ${table} table)`);
    }
    const applied = (backupDb.prepare("SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolledBack FROM _prisma_migrations").all() as Array<{ name: string; checksum: string; finished: number; rolledBack: number }>).map((m) => ({
      name: m.name,
      checksum: m.checksum,
      finished: m.finished === 1,
      rolledBack: m.rolledBack === 1,
    }));
    const state = compareMigrations(committedMigrations("sqlite"), applied);
    if (state.state !== "current") {
      const detail =
        state.state === "pending" ? `it lacks ${state.pending.join(", ")}` : state.state === "unknown" ? `it has ${state.unknown.join(", ")}, which this version does not know` : state.state === "changed" ? `${state.changed.join(", ")} differ` : `${state.failed.join(", ")} failed`;
      throw new CliError(`${file} was made by another version of tadqiq (migrations: ${detail}); restore it with that version, start it once, and back up again`);
    }

    // Keep what is there now, then copy the backup over the live database page by page under its write lock.
    let saved: string | null = null;
    if (existsSync(databaseFile)) {
      saved = `${databaseFile}.before-restore-${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}`;
      const live = new Database(databaseFile, { readonly: true, timeout: BUSY_TIMEOUT_MS });
      try {
        await live.backup(saved);
      } catch (error) {
        rmSync(saved, { force: true });
        throw busyOr(error, "restore");
      } finally {
        live.close();
      }
    }
    try {
      await backupDb.backup(databaseFile);
    } catch (error) {
      throw busyOr(error, "restore");
    }
    io.stderr(`tadqiq db: restored ${databaseFile} from ${file}${saved ? `; its previous contents are in ${saved}` : ""}\n`);
    return 0;
  } finally {
    backupDb.close();
  }
}

function busyOr(error: unknown, what: string): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return new CliError(`the database stayed busy (another process is writing); ${what} not done, try again`, { exitCode: 1 });
  return error instanceof Error ? error : new Error(String(error));
}
