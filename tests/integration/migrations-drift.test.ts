// The committed migrations must build exactly the schema prisma/schema.prisma describes, on each database: a fresh
// database migrated with the committed migrations is compared, as sets, with one built from the schema itself
// (`prisma migrate diff --from-empty --to-schema-datamodel … --script`): tables, columns (type, nullability,
// default), foreign keys, indexes, and on PostgreSQL the enum types. Full-text search objects, which are added by
// hand-written SQL and are not in the Prisma schema, are left out: tables and indexes whose names end in `_fts` or
// start with `fts_` (and FTS5's shadow tables of those). Runs for the database of the current pass (npm test runs
// the integration suite on SQLite and on PostgreSQL).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider } from "../../lib/server/database-url";
import { applyPostgresMigrations, committedMigrations } from "../../lib/server/migrations";
// @ts-expect-error plain ESM script without type declarations
import { postgresSchema } from "../../scripts/pg-schema.mjs";

const root = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-drift-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A name of the hand-written full-text objects, which the Prisma schema does not describe. */
function isFullText(name: string): boolean {
  return /^fts_/i.test(name) || /_fts$/i.test(name) || /_fts_/i.test(name);
}

/** `prisma migrate diff --from-empty` of a schema file: the SQL that builds it in an empty database. */
function fromEmptyScript(schemaFile: string): string {
  return execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"], {
    encoding: "utf8",
    // the dialect comes from the schema's provider; a file URL keeps prisma.config.ts on the adapter that needs no server
    env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "unused.db")}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

interface Catalog {
  tables: string[];
  columns: string[];
  foreignKeys: string[];
  indexes: string[];
  enums: string[];
}

function sqliteCatalog(file: string): Catalog {
  const database = new Database(file, { readonly: true });
  try {
    const tables = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'").all() as Array<{ name: string }>)
      .map((t) => t.name)
      .filter((name) => !isFullText(name))
      .sort();
    const columns: string[] = [];
    const foreignKeys: string[] = [];
    const indexes: string[] = [];
    for (const table of tables) {
      for (const c of database.pragma(`table_info("${table}")`) as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>) {
        columns.push(`${table}.${c.name} ${c.type} ${c.notnull ? "NOT NULL" : "NULL"} default=${c.dflt_value ?? "-"} pk=${c.pk}`);
      }
      for (const f of database.pragma(`foreign_key_list("${table}")`) as Array<{ table: string; from: string; to: string; on_update: string; on_delete: string }>) {
        foreignKeys.push(`${table}.${f.from} -> ${f.table}.${f.to} on update ${f.on_update} on delete ${f.on_delete}`);
      }
      for (const i of database.pragma(`index_list("${table}")`) as Array<{ name: string; unique: number; origin: string; partial: number }>) {
        if (isFullText(i.name)) continue;
        // key columns with their sort order (index_xinfo also lists the rowid, key = 0)
        const cols = (database.pragma(`index_xinfo("${i.name}")`) as Array<{ name: string | null; desc: number; coll: string; key: number }>)
          .filter((c) => c.key === 1)
          .map((c) => `${c.name ?? "<expression>"}${c.desc ? " DESC" : ""} ${c.coll}`)
          .join(",");
        indexes.push(`${table} ${i.name} (${cols}) unique=${i.unique} origin=${i.origin} partial=${i.partial}`);
      }
    }
    return { tables, columns: columns.sort(), foreignKeys: foreignKeys.sort(), indexes: indexes.sort(), enums: [] };
  } finally {
    database.close();
  }
}

if (databaseProvider() === "sqlite") {
  describe("SQLite migrations (prisma/migrations) and prisma/schema.prisma", () => {
    it("the committed migrations build the same tables, columns, foreign keys and indexes as the schema", { timeout: 180_000 }, () => {
      const migrated = path.join(tmp, "migrated.db");
      execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${migrated}` }, stdio: "pipe" });
      const fromSchema = path.join(tmp, "from-schema.db");
      const database = new Database(fromSchema);
      database.exec(fromEmptyScript(path.join(root, "prisma", "schema.prisma")));
      database.close();

      const expected = sqliteCatalog(fromSchema);
      const actual = sqliteCatalog(migrated);
      // a sanity floor, so that two empty catalogs cannot pass
      expect(expected.tables).toContain("Article");
      expect(expected.tables).toContain("rateLimit");
      expect(actual.tables).toEqual(expected.tables);
      expect(actual.columns).toEqual(expected.columns);
      expect(actual.foreignKeys).toEqual(expected.foreignKeys);
      expect(actual.indexes).toEqual(expected.indexes);
    });
  });
}

if (databaseProvider() === "postgresql") {
  describe("PostgreSQL migrations (prisma/postgresql/migrations) and prisma/schema.prisma", () => {
    it("the committed migrations build the same tables, columns, foreign keys, indexes and enums as the schema", { timeout: 180_000 }, async () => {
      const { createDatabase, dropDatabase, scratchName, withClient } = await import("../support/pg-test-db");
      const base = process.env.TADQIQ_TEST_PG_BASE!;
      const migratedName = scratchName(base, "drift_m");
      const fromSchemaName = scratchName(base, "drift_s");
      try {
        const migrated = await createDatabase(base, migratedName);
        await withClient(migrated, (client) => applyPostgresMigrations(client));

        // the PostgreSQL schema written afresh from the single source, not the possibly stale generated copy
        const schemaFile = path.join(tmp, "schema.prisma");
        fs.writeFileSync(schemaFile, postgresSchema(fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));
        const fromSchema = await createDatabase(base, fromSchemaName);
        const script = fromEmptyScript(schemaFile);
        await withClient(fromSchema, (client) => client.query(script));

        const expected = await withClient(fromSchema, postgresCatalog);
        const actual = await withClient(migrated, postgresCatalog);
        expect(expected.tables).toContain("Article");
        expect(expected.tables).toContain("rateLimit");
        expect(actual.tables).toEqual(expected.tables);
        expect(actual.columns).toEqual(expected.columns);
        expect(actual.foreignKeys).toEqual(expected.foreignKeys);
        expect(actual.indexes).toEqual(expected.indexes);
        expect(actual.enums).toEqual(expected.enums);
      } finally {
        await dropDatabase(base, migratedName);
        await dropDatabase(base, fromSchemaName);
      }
    });
  });
}

if (databaseProvider() === "postgresql") {
  describe("applying the PostgreSQL migrations (scripts/prepare-db.ts, lib/server/migrations.ts)", () => {
    it("two instances starting at once: the advisory lock lets one apply everything, the other finds nothing to do", { timeout: 120_000 }, async () => {
      const { createDatabase, dropDatabase, scratchName, withClient } = await import("../support/pg-test-db");
      const base = process.env.TADQIQ_TEST_PG_BASE!;
      const name = scratchName(base, "race");
      try {
        const url = await createDatabase(base, name);
        const names = committedMigrations("postgresql").map((m) => m.name);
        const [first, second] = await Promise.all([withClient(url, (c) => applyPostgresMigrations(c)), withClient(url, (c) => applyPostgresMigrations(c))]);
        expect([first, second].sort((x, y) => y.length - x.length)).toEqual([names, []]);
        const recorded = await withClient(url, (c) => c.query<{ migration_name: string; applied_steps_count: number; finished: boolean }>(`SELECT migration_name, applied_steps_count, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`));
        expect(recorded.rows).toEqual(names.map((migration_name) => ({ migration_name, applied_steps_count: 1, finished: true })));
      } finally {
        await dropDatabase(base, name);
      }
    });

    it("refuses, writing nothing, when an applied migration's file changed or the database has one this version does not know", { timeout: 120_000 }, async () => {
      const { createDatabase, dropDatabase, scratchName, withClient } = await import("../support/pg-test-db");
      const base = process.env.TADQIQ_TEST_PG_BASE!;
      const name = scratchName(base, "refuse");
      try {
        const url = await createDatabase(base, name);
        const committed = committedMigrations("postgresql");
        // an older release: only the first migration applied
        expect(await withClient(url, (c) => applyPostgresMigrations(c, committed.slice(0, 1)))).toEqual([committed[0]!.name]);
        const edited = committed.map((m, k) => (k === 0 ? { ...m, checksum: "0".repeat(64) } : m));
        await expect(withClient(url, (c) => applyPostgresMigrations(c, edited))).rejects.toThrow(`migration ${committed[0]!.name} was changed after it was applied`);
        await expect(withClient(url, (c) => applyPostgresMigrations(c, []))).rejects.toThrow(`this database has migration(s) ${committed[0]!.name} that this version does not know`);
        const count = await withClient(url, (c) => c.query<{ n: string }>(`SELECT count(*) AS n FROM "_prisma_migrations"`));
        expect(count.rows[0]!.n).toBe("1");
        // a pending one applies normally afterwards
        expect(await withClient(url, (c) => applyPostgresMigrations(c, committed))).toEqual(committed.slice(1).map((m) => m.name));
      } finally {
        await dropDatabase(base, name);
      }
    });
  });
}

async function postgresCatalog(client: import("pg").Client): Promise<Catalog> {
  const keep = (table: string) => table !== "_prisma_migrations" && !isFullText(table);
  const tables = (await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")).rows
    .map((r) => r.table_name)
    .filter(keep)
    .sort();
  const columns = (
    await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string; column_default: string | null; character_maximum_length: number | null; numeric_precision: number | null }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision
       FROM information_schema.columns WHERE table_schema = 'public'`,
    )
  ).rows
    .filter((c) => keep(c.table_name))
    .map((c) => `${c.table_name}.${c.column_name} ${c.data_type}/${c.udt_name}(${c.character_maximum_length ?? ""},${c.numeric_precision ?? ""}) ${c.is_nullable === "YES" ? "NULL" : "NOT NULL"} default=${c.column_default ?? "-"}`)
    .sort();
  const constraints = (
    await client.query<{ conname: string; tbl: string; contype: string; def: string }>(
      `SELECT c.conname, t.relname AS tbl, c.contype, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND c.contype IN ('f', 'p', 'u')`,
    )
  ).rows.filter((c) => keep(c.tbl) && !isFullText(c.conname));
  const foreignKeys = constraints.map((c) => `${c.tbl} ${c.conname} ${c.contype} ${c.def}`).sort();
  const indexes = (await client.query<{ tablename: string; indexname: string; indexdef: string }>("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")).rows
    .filter((i) => keep(i.tablename) && !isFullText(i.indexname))
    .map((i) => `${i.tablename} ${i.indexname}: ${i.indexdef}`)
    .sort();
  const enums = (
    await client.query<{ typname: string; labels: string }>(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    )
  ).rows
    .map((e) => `${e.typname}: ${e.labels}`)
    .sort();
  return { tables, columns, foreignKeys, indexes, enums };
}
