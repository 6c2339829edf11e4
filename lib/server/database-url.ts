import fs from "node:fs";
import path from "node:path";

/** Default embedded database file, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./data/tadqiq.db";

/** The SQLite database URL from DATABASE_URL (or the default), with its directory created. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${url}"`);
  }
  const file = url.slice("file:".length);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
