// Generates the Prisma clients after install: the SQLite client (lib/generated/prisma) from prisma/schema.prisma and
// the PostgreSQL client (lib/generated/prisma-pg) from prisma/postgresql/schema.prisma, which is written from the
// same source first (scripts/pg-schema.mjs). Resolves prisma from this project (npx may run this script from its
// own cache with another PATH when it links the project to run the `tadqiq` bin).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prisma = path.join(root, "node_modules", ".bin", "prisma");
if (!fs.existsSync(prisma)) {
  console.log("postinstall: prisma is not installed here; skipping client generation.");
  process.exit(0);
}
const generated = (dir) => fs.existsSync(path.join(root, "lib", "generated", dir, "client.ts"));
if (generated("prisma") && generated("prisma-pg") && process.env.npm_command === "exec") process.exit(0);

execFileSync(process.execPath, [path.join(root, "scripts", "pg-schema.mjs")], { cwd: root, stdio: "inherit" });
// The generator needs no database, but prisma.config.ts picks its driver adapter (and with it the engine: a schema
// whose provider does not match the adapter makes Prisma download a native engine, which fails offline) from
// DATABASE_URL: each client is generated with a URL of its own kind. Nothing connects to them.
const sqliteEnv = { ...process.env, DATABASE_URL: "file:./data/tadqiq.db" };
const postgresEnv = { ...process.env, DATABASE_URL: "postgresql://generate@localhost:5432/generate" };
execFileSync(prisma, ["generate", "--schema", "prisma/schema.prisma"], { cwd: root, stdio: "inherit", env: sqliteEnv });
execFileSync(prisma, ["generate", "--schema", "prisma/postgresql/schema.prisma"], { cwd: root, stdio: "inherit", env: postgresEnv });
