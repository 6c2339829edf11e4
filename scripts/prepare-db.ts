// Creates or migrates the database and loads the sample article when it is empty (`npm start`; with --migrate-only,
// `npm run db:migrate`, only the migrations).
// SQLite (DATABASE_URL=file:…, the default): `prisma migrate deploy` over prisma/migrations; the sample article is
// loaded into an empty database. PostgreSQL (postgresql://…): the committed SQL of prisma/postgresql/migrations is
// applied in one transaction under an advisory lock (lib/server/migrations.ts; start refuses when an applied
// migration's file changed); the sample is loaded only with TADQIQ_LOAD_SAMPLE=1.
// Runs with the react-server condition so the server-only data layer can be imported outside Next.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseProvider, databaseUrl, redact } from "../lib/server/database-url";
import { applyPostgresMigrations, MigrationError } from "../lib/server/migrations";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.DATABASE_URL = databaseUrl();
const provider = databaseProvider();

if (provider === "sqlite") {
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: ["ignore", "inherit", "inherit"], env: process.env });
} else {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  try {
    await client.connect();
  } catch (error) {
    console.error(`Cannot connect to PostgreSQL at ${redact(process.env.DATABASE_URL)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  try {
    const applied = await applyPostgresMigrations(client);
    console.log(applied.length ? `Applied PostgreSQL migrations: ${applied.join(", ")}.` : "PostgreSQL database is up to date.");
  } catch (error) {
    console.error(`Refusing to start: ${error instanceof MigrationError ? error.message : String(error)}`);
    process.exit(1);
  } finally {
    await client.end();
  }
}

// `npm run db:migrate` (--migrate-only): the migrations alone, on either database.
if (process.argv.includes("--migrate-only")) process.exit(0);

const loadSample = provider === "sqlite" || process.env.TADQIQ_LOAD_SAMPLE === "1";
if (loadSample) {
  const { seedSampleIfEmpty } = await import("../lib/seed/seed-sample");
  const id = await seedSampleIfEmpty(root);
  console.log(id ? `Loaded the sample article (${id}).` : "Database already has articles; sample not loaded.");
}
const { db } = await import("../lib/server/db");
// Summary columns (and the full-text index) of articles written before the current summary version, in batches.
const { recomputeStaleSummaries } = await import("../lib/server/article/refresh-article-summary");
const recomputed = await recomputeStaleSummaries(db);
if (recomputed > 0) console.log(`Recomputed the list summaries of ${recomputed} articles.`);
// SQLite: table statistics for the query planner (the list's filters pick their index from them); cheap when fresh.
if (provider === "sqlite") await db.$executeRawUnsafe("PRAGMA optimize=0x10002");
await db.$disconnect();
// Nothing else to wait for (a live-update listener opened by the data layer must not keep this script running).
process.exit(0);
