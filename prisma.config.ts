import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl } from "./lib/server/database-url";

// The database follows DATABASE_URL, like the app (lib/server/db.ts): SQLite uses prisma/schema.prisma and
// prisma/migrations (prisma migrate deploy); PostgreSQL uses the schema generated from it
// (prisma/postgresql/schema.prisma) and prisma/postgresql/migrations, which scripts/prepare-db.ts applies itself
// because Prisma 6.19's schema engine cannot migrate PostgreSQL through the adapter (prisma/orm#27403).
// engine "js" runs the WASM schema engine through the driver adapter: no native engine download needed.
const postgres = databaseProvider() === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  adapter: async () => (postgres ? new PrismaPg({ connectionString: databaseUrl() }) : new PrismaBetterSQLite3({ url: databaseUrl() })),
});
