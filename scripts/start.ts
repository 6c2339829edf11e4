// `npm start`: migrate the embedded database, load the sample article if empty, build if needed, serve.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const port = process.env.PORT || "3000";

execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/prepare-db.ts"], { stdio: "inherit", env: process.env });

/** A fingerprint of everything that goes into the build, so a stale build is rebuilt. */
function sourceStamp(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else {
        const stat = fs.statSync(full);
        hash.update(`${full}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ["app", "lib", "locales"]) walk(path.join(root, dir));
  for (const file of ["next.config.js", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"]) {
    if (fs.existsSync(file)) hash.update(`${file}:${fs.readFileSync(file)}`);
  }
  return hash.digest("hex");
}

// The QA worker thread's bundle (.qa-worker/qa-worker.mjs), which the server loads by absolute path.
const { ensureQaWorkerBundle } = await import("../lib/server/qa/qa-worker-bundle");
await ensureQaWorkerBundle(root);

const distDir = process.env.TADQIQ_DIST_DIR || ".next";
const stampFile = path.join(root, distDir, "tadqiq-build-stamp");
const stamp = sourceStamp();
const built = fs.existsSync(path.join(root, distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
if (!built) {
  console.log("Building the web app (first start or sources changed)…");
  execFileSync(bin("next"), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(stampFile, stamp);
}

// scripts/serve.ts: Next's request handler behind a small HTTP server that tells the app each client's address.
// Supervised: restarted when it dies (e.g. out of memory), with backoff; SIGINT/SIGTERM stop it for good. The heap
// limit (TADQIQ_MAX_OLD_SPACE_MB, default 2048) makes a runaway request end in a restart, not in swapping.
const { supervise, withHeapLimit } = await import("./supervise");
const heapMb = Number(process.env.TADQIQ_MAX_OLD_SPACE_MB) || 2048;
const { code } = await supervise({
  command: bin("tsx"),
  args: ["scripts/serve.ts"],
  env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, heapMb) },
});
process.exit(code);
