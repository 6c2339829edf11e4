// Builds the QA worker thread's bundle (lib/qa/qa-worker.ts → .qa-worker/qa-worker.mjs) with esbuild.
// Not marked server-only: scripts/start.ts, the bench and the test set-up build it too. The Next.js server loads
// the bundle by absolute path, so Turbopack never has to bundle a worker file (the turbopackIgnore comments keep
// it from tracing the whole checkout into the server output because of these file look-ups).
import fs from "node:fs";
import path from "node:path";

/** Directory of the checkout (the CLI launcher sets TADQIQ_ROOT; the server runs from the checkout). */
export function projectRoot(): string {
  return process.env.TADQIQ_ROOT || process.cwd();
}

/** Absolute path of the worker bundle. */
export function qaWorkerPath(root = projectRoot()): string {
  return path.join(root, ".qa-worker", "qa-worker.mjs");
}

function manifestPath(root: string): string {
  return path.join(root, ".qa-worker", "manifest.json");
}

/** True when the bundle exists and none of its source files changed since it was built. */
export function qaWorkerBundleIsFresh(root = projectRoot()): boolean {
  try {
    fs.statSync(qaWorkerPath(root));
    const { inputs } = JSON.parse(fs.readFileSync(manifestPath(root), "utf8")) as { inputs: Record<string, number> };
    return Object.entries(inputs).every(([file, mtime]) => fs.statSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ root, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

/** Builds the worker bundle unless a fresh one exists; returns its absolute path. */
export async function ensureQaWorkerBundle(root = projectRoot()): Promise<string> {
  const out = qaWorkerPath(root);
  if (qaWorkerBundleIsFresh(root)) return out;
  const entry = path.join(root, "lib", "qa", "qa-worker.ts");
  if (!fs.existsSync(entry)) throw new Error(`QA worker entry not found: ${entry}`);
  const esbuild = await import("esbuild");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Each build writes its own file and renames it into place: a concurrent build or a running pool never sees half a file.
  const temporary = `${out}.${process.pid}.${Date.now()}.tmp.mjs`;
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: temporary,
    metafile: true,
    logLevel: "silent",
  });
  const inputs: Record<string, number> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    if (!file.includes(":")) inputs[file] = fs.statSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ root, file)).mtimeMs;
  }
  fs.renameSync(temporary, out);
  const manifestTemporary = `${manifestPath(root)}.${process.pid}.tmp`;
  fs.writeFileSync(manifestTemporary, JSON.stringify({ inputs }));
  fs.renameSync(manifestTemporary, manifestPath(root));
  return out;
}
