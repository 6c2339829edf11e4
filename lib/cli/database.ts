import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { CliError } from "./errors";

/**
 * Points DATABASE_URL at the project's database when unset (data/tadqiq.db under the checkout, whatever the working
 * directory) and refuses to run against a database file that does not exist, which SQLite would silently create empty.
 * A PostgreSQL URL (postgresql://…) is used as it is.
 */
export function prepareDatabaseUrl(): string {
  const root = process.env.TADQIQ_ROOT || process.cwd();
  const url = process.env.DATABASE_URL?.trim() || `file:${join(root, "data", "tadqiq.db")}`;
  if (/^postgres(ql)?:\/\//i.test(url)) {
    // PostgreSQL: the server says whether the database exists when the command connects
    process.env.DATABASE_URL = url;
    return url;
  }
  if (!url.startsWith("file:")) throw new CliError("DATABASE_URL must be a SQLite file URL (file:...) or a PostgreSQL URL (postgresql://...)");
  const file = url.slice("file:".length).split("?")[0]!;
  if (file !== ":memory:" && !existsSync(isAbsolute(file) ? file : resolve(file))) {
    throw new CliError(`database ${file} does not exist: set DATABASE_URL, or run \`npm run db:migrate\` first`);
  }
  process.env.DATABASE_URL = url;
  return url;
}

/** Loads the data layer only when a command needs it, so the other commands start without Prisma and SQLite. */
export async function loadDataLayer() {
  prepareDatabaseUrl();
  const [{ db }, { AppError }, { systemActor }] = await Promise.all([
    import("../server/db"),
    import("../server/errors"),
    import("../server/actor"),
  ]);
  return { db, AppError, actor: systemActor() };
}

/** A one-line CliError for a database whose tables or columns lag behind the schema (Prisma P2021/P2022), else null. */
export function outdatedDatabaseError(error: unknown): CliError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "P2021" && code !== "P2022") return null;
  return new CliError(`database ${process.env.DATABASE_URL} is not up to date with the schema: run \`npm run db:migrate\` first`);
}
