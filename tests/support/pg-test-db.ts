// PostgreSQL databases for the integration tests: one migrated template per run, one database per test file made
// from it (CREATE DATABASE … TEMPLATE), dropped when the file ends. The run's base URL (DATABASE_URL of the
// PostgreSQL pass, from TADQIQ_TEST_PG_URL) names a database the role can connect to; the role needs CREATEDB.
import crypto from "node:crypto";
import pg from "pg";

/** The URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** Runs `fn` with a client connected to the database of `url`. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A fresh database name next to the base one (at most 63 characters). */
export function scratchName(baseUrl: string, tag: string): string {
  return `${databaseName(baseUrl).slice(0, 30)}_${tag}_${crypto.randomBytes(5).toString("hex")}`.toLowerCase();
}

/** A test file's database: named after the run's template, so the run's teardown can sweep what a crash left. */
export function fileDatabaseName(template: string): string {
  return `${template}_f_${crypto.randomBytes(4).toString("hex")}`;
}

/** Drops every database of a run (its template's name followed by "_"), e.g. those of files that crashed. */
export async function dropRunDatabases(baseUrl: string, template: string): Promise<void> {
  const { rows } = await withClient(baseUrl, (client) =>
    client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [`${template}_`]),
  );
  for (const { datname } of rows) await dropDatabase(baseUrl, datname);
}

export async function createDatabase(baseUrl: string, name: string, template?: string): Promise<string> {
  await withClient(baseUrl, async (client) => {
    // Two files copying the template at the same moment can see "source database is being accessed": retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  return withDatabase(baseUrl, name);
}

export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await withClient(baseUrl, async (client) => {
    // WITH (FORCE) ends the connections left to the database, but not an autovacuum worker that is busy there at that
    // moment (it belongs to no role this one may signal): PostgreSQL then refuses with 42501; the worker is done in a
    // moment, so the drop is tried again, for at most about 10 s.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
        return;
      } catch (error) {
        if (attempt >= 40 || (error as { code?: string }).code !== "42501") throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  });
}
