// `npm test`: type-check, unit and integration tests (vitest), then end-to-end tests in Debian's Chromium.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function step(title: string, command: string, args: string[]) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
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

step("Type check", bin("tsc"), ["--noEmit", "-p", "."]);
step("Unit and integration tests", bin("vitest"), ["run"]);
step("End-to-end tests", bin("playwright"), ["test"]);
console.log("\nAll test suites passed.");
