import fs from "node:fs";
import path from "node:path";

/** Default embedded database file, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./data/tadqiq.db";

/** The two databases tadqiq runs on: the embedded SQLite file (default) or a PostgreSQL 15+ server. */
export type DatabaseProvider = "sqlite" | "postgresql";

function configuredUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** Which database DATABASE_URL names: `file:…` is SQLite, `postgresql://…` or `postgres://…` is PostgreSQL. */
export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite file URL (file:...) or a PostgreSQL URL (postgresql://...), got "${redact(url)}"`);
}

/** The configured database provider (reads DATABASE_URL; no I/O). */
export function databaseProvider(): DatabaseProvider {
  return providerOf(configuredUrl());
}

/**
 * The database URL from DATABASE_URL (or the default). For SQLite the file's directory is created; a PostgreSQL URL
 * is returned as it is (the database must exist).
 */
export function databaseUrl(): string {
  const url = configuredUrl();
  if (providerOf(url) === "sqlite") {
    const file = url.slice("file:".length);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return url;
}

/** The SQLite database file of a `file:` URL (relative paths resolve against the working directory). */
export function sqliteFile(url = databaseUrl()): string {
  if (providerOf(url) !== "sqlite") throw new Error("not a SQLite database URL");
  return path.resolve(url.slice("file:".length).replace(/\?.*$/, ""));
}

/** The PostgreSQL connection string for `pg` (a raw client for LISTEN/NOTIFY, tools); throws on SQLite. */
export function postgresConnectionString(url = databaseUrl()): string {
  if (providerOf(url) !== "postgresql") throw new Error("DATABASE_URL is not a PostgreSQL URL");
  return url;
}

/** The URL with its password replaced, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}
