// Generates the Prisma client after install. Resolves prisma from this project (npx may run this script
// from its own cache with another PATH when it links the project to run the `tadqiq` bin).
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
if (fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts")) && process.env.npm_command === "exec") process.exit(0);
execFileSync(prisma, ["generate"], { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "file:./data/tadqiq.db" } });
