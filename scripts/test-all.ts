// `npm test`: type-check, unit and integration tests (vitest) on SQLite, the integration tests again on PostgreSQL,
// then end-to-end tests in Debian's Chromium.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!fs.existsSync(chromium)) {
  // The end-to-end tests drive Debian's Chromium; install it when we can (root on Debian), else say how.
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Installing Chromium for the end-to-end tests (apt-get)…");
    execFileSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null"], { stdio: "inherit" });
  } else {
    console.error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

/** The local test server the PostgreSQL pass uses unless TADQIQ_TEST_PG_URL names another (.ci/pg-setup.sh makes it). */
const DEFAULT_TEST_PG_URL = "postgresql://tadqiq:tadqiq@localhost:5432/tadqiq_test";

/** True when a PostgreSQL server answers at `url`. */
function reachable(url: string): boolean {
  const probe = spawnSync(process.execPath, ["-e", "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:5000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))", url], { cwd: root, stdio: "ignore" });
  return probe.status === 0;
}

/**
 * The PostgreSQL pass's server: TADQIQ_TEST_PG_URL, else the local test database, which is started and created when
 * this runs as root (.ci/pg-setup.sh). Unreachable: the run fails (CI and locally alike); TADQIQ_TEST_PG=off skips
 * the pass on purpose and says so at the end.
 */
function postgresTestUrl(): string | null {
  if (process.env.TADQIQ_TEST_PG === "off") {
    if (process.env.CI) {
      console.error("TADQIQ_TEST_PG=off is not allowed in CI: the integration tests must pass on PostgreSQL too.");
      process.exit(1);
    }
    return null;
  }
  const url = process.env.TADQIQ_TEST_PG_URL?.trim() || DEFAULT_TEST_PG_URL;
  if (reachable(url)) return url;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!process.env.TADQIQ_TEST_PG_URL && isRoot) {
    console.log("Starting the local PostgreSQL test server (.ci/pg-setup.sh)…");
    execFileSync("bash", [path.join(root, ".ci", "pg-setup.sh")], { stdio: "inherit" });
    if (reachable(url)) return url;
  }
  console.error(
    `\nPostgreSQL pass: no PostgreSQL server answers at ${url.replace(/:[^:@/]*@/, ":***@")}.\n` +
      "Start one (as root: .ci/pg-setup.sh), or point TADQIQ_TEST_PG_URL at a database whose role may CREATEDB,\n" +
      "or skip the PostgreSQL pass on purpose with TADQIQ_TEST_PG=off.",
  );
  process.exit(1);
}

const pgUrl = postgresTestUrl();
step("Type check", bin("tsc"), ["--noEmit", "-p", "."]);
// The first pass is SQLite whatever DATABASE_URL the shell has (each test file gets its own database file).
step("Unit and integration tests (SQLite)", bin("vitest"), ["run"], { ...process.env, DATABASE_URL: "" });
if (pgUrl) step("Integration tests on PostgreSQL", bin("vitest"), ["run", "--project", "integration"], { ...process.env, DATABASE_URL: pgUrl });
step("End-to-end tests", bin("playwright"), ["test"]);
// Two app instances on one PostgreSQL database, on the build the end-to-end run made (tests/e2e-instances).
if (pgUrl) step("End-to-end tests on two instances (PostgreSQL)", bin("playwright"), ["test", "-c", "playwright.instances.config.ts"], { ...process.env, E2E_PG_URL: pgUrl });
console.log(pgUrl ? "\nAll test suites passed (integration on SQLite and PostgreSQL)." : "\nAll test suites passed, but the PostgreSQL pass was SKIPPED (TADQIQ_TEST_PG=off).");
