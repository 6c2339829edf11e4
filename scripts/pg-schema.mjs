// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the single source of the data model: the same
// models with the datasource provider "postgresql" and the client generated into lib/generated/prisma-pg.
// `node scripts/pg-schema.mjs` (npm run db:pg-schema); postinstall and npm run db:pg-migration run it too.
// With --check it writes nothing and exits 1 when the committed file is not what the source gives.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourceFile = path.join(root, "prisma", "schema.prisma");
const targetFile = path.join(root, "prisma", "postgresql", "schema.prisma");

/** The PostgreSQL schema text for a SQLite schema text. Throws when the blocks it swaps are not found. */
export function postgresSchema(source) {
  let providers = 0;
  let outputs = 0;
  const text = source
    .replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, (_, head) => {
      providers++;
      return `${head}"postgresql"`;
    })
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, (_, head) => {
      outputs++;
      // one directory deeper than prisma/schema.prisma
      return `${head}"../../lib/generated/prisma-pg"`;
    });
  if (providers !== 1) throw new Error('prisma/schema.prisma: expected one `datasource db { provider = "sqlite" … }`');
  if (outputs !== 1) throw new Error('prisma/schema.prisma: expected one `generator client { output = "../lib/generated/prisma" … }`');
  return `// GENERATED from prisma/schema.prisma by scripts/pg-schema.mjs: do not edit; edit prisma/schema.prisma and run
// npm run db:pg-schema (postinstall and npm run db:pg-migration also run it).\n\n${text}`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const wanted = postgresSchema(fs.readFileSync(sourceFile, "utf8"));
  const current = fs.existsSync(targetFile) ? fs.readFileSync(targetFile, "utf8") : null;
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgresql/schema.prisma is out of date: run npm run db:pg-schema");
      process.exit(1);
    }
  } else if (current !== wanted) {
    fs.mkdirSync(path.dirname(targetFile), { recursive: true });
    fs.writeFileSync(targetFile, wanted);
    console.log("Wrote prisma/postgresql/schema.prisma from prisma/schema.prisma.");
  }
}
