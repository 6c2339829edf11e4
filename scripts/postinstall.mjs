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
// The generator needs no database; a file URL keeps prisma.config.ts on the SQLite adapter during generation.
const env = { ...process.env, DATABASE_URL: "file:./data/tadqiq.db" };
execFileSync(prisma, ["generate", "--schema", "prisma/schema.prisma"], { cwd: root, stdio: "inherit", env });
execFileSync(prisma, ["generate", "--schema", "prisma/postgresql/schema.prisma"], { cwd: root, stdio: "inherit", env });
