// `npm run db:pg-migration -- <name>`: writes the next PostgreSQL migration, prisma/postgresql/migrations/
// <timestamp>_<name>/migration.sql, as the difference between the schema the committed migrations build and the
// current prisma/schema.prisma (through the generated prisma/postgresql/schema.prisma).
// `npm run db:pg-migration -- --baseline` folds every generated migration into one <first timestamp>_baseline
// (only while no PostgreSQL deployment exists: a deployed database would refuse the changed history).
//
// The "from" side: each generated migration keeps the datamodel it brought the database to (schema.prisma beside
// migration.sql); the next one is `prisma migrate diff --from-schema-datamodel <that> --to-schema-datamodel
// <current>`. (`--from-url` against a database built from the committed SQL is refused by Prisma 6.19 when the
// config defines a driver adapter.) Hand-written migrations (full-text search objects, named *_fts / fts_*) have no
// schema.prisma and are not part of the datamodel. tests/integration/migrations-drift.test.ts checks that the
// committed SQL really builds what the schema says.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const dir = path.join(root, "prisma", "postgresql", "migrations");
const schema = path.join(root, "prisma", "postgresql", "schema.prisma");
const BASELINE_TIMESTAMP = "20261129000000";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("Usage: npm run db:pg-migration -- <name>       (name: lower case letters, digits, _)\n       npm run db:pg-migration -- --baseline");
  process.exit(2);
}

/** `prisma migrate diff … --script` against the PostgreSQL schema (no database needed). */
export function migrateDiff(from: string[], to: string[]): string {
  return execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "diff", ...from, ...to, "--script"], {
    encoding: "utf8",
    // the SQL dialect comes from the datamodels' provider; with a file URL prisma.config.ts picks the SQLite adapter,
    // which needs no server (the PostgreSQL adapter would connect even for a diff)
    env: { ...process.env, DATABASE_URL: `file:${path.join(os.tmpdir(), "tadqiq-pg-migration-unused.db")}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function generatedMigrations(): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "schema.prisma")))
    .sort();
}

function isEmptyDiff(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

function timestamp(): string {
  const now = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const last = fs.existsSync(dir) ? fs.readdirSync(dir).sort().at(-1)?.slice(0, 14) : undefined;
  // strictly after every existing folder, also hand-written ones with future stamps
  return last && last >= now ? String(BigInt(last) + 1n) : now;
}

function write(name: string, sql: string) {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  fs.copyFileSync(schema, path.join(folder, "schema.prisma"));
  console.log(`Wrote prisma/postgresql/migrations/${name}/migration.sql`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = process.argv[2];
  if (!arg) usage();
  execFileSync(process.execPath, [path.join(root, "scripts", "pg-schema.mjs")], { stdio: "inherit" });
  if (arg === "--baseline") {
    const old = generatedMigrations();
    const sql = migrateDiff(["--from-empty"], ["--to-schema-datamodel", schema]);
    for (const name of old) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    write(`${BASELINE_TIMESTAMP}_baseline`, sql);
    if (old.length) console.log(`Folded ${old.join(", ")} into the baseline.`);
  } else {
    if (!/^[a-z0-9_]+$/.test(arg)) usage(`Bad migration name ${JSON.stringify(arg)}.`);
    const last = generatedMigrations().at(-1);
    const from = last ? ["--from-schema-datamodel", path.join(dir, last, "schema.prisma")] : ["--from-empty"];
    const sql = migrateDiff(from, ["--to-schema-datamodel", schema]);
    if (isEmptyDiff(sql)) {
      console.log("The committed PostgreSQL migrations already match prisma/schema.prisma; nothing written.");
    } else {
      write(`${timestamp()}_${arg}`, sql);
    }
  }
}
