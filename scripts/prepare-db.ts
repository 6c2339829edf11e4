// Creates or migrates the embedded database and loads the sample article when it is empty.
// Runs with the react-server condition so the server-only data layer can be imported outside Next.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "../lib/server/database-url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.DATABASE_URL = databaseUrl();

execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: ["ignore", "inherit", "inherit"], env: process.env });

const { seedSampleIfEmpty } = await import("../lib/seed/seed-sample");
const id = await seedSampleIfEmpty(root);
console.log(id ? `Loaded the sample article (${id}).` : "Database already has articles; sample not loaded.");
const { db } = await import("../lib/server/db");
// Summary columns (and the full-text index) of articles written before the current summary version, in batches.
const { recomputeStaleSummaries } = await import("../lib/server/article/refresh-article-summary");
const recomputed = await recomputeStaleSummaries(db);
if (recomputed > 0) console.log(`Recomputed the list summaries of ${recomputed} articles.`);
await db.$disconnect();
