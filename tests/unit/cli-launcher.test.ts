import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin", "tadqiq");
// Inside the checkout, so that the bundle's dependencies (node_modules) resolve from it.
const cacheParent = path.join(root, "node_modules", ".cache");
const cacheDir = mkdtempSync(path.join(cacheParent, "tadqiq-launcher-test-"));
/** A cache directory that cannot be created: its parent is a file. */
const impossibleCacheDir = path.join(bin, "cache");

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: root, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe("bin/tadqiq launcher", () => {
  it("builds the esbuild bundle into the cache directory and runs it (no other code path)", { timeout: 90_000 }, async () => {
    const result = await run(["--help"], { TADQIQ_CACHE_DIR: cacheDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tadqiq <command> \[options\]\n/);
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, "cli.manifest.json"), "utf8")) as { build: string; inputs: Record<string, number> };
    expect(manifest.build).toMatch(/^cli-\d+-\d+$/);
    expect(existsSync(path.join(cacheDir, manifest.build, "main.js"))).toBe(true);
    expect(Object.keys(manifest.inputs)).toContain("lib/cli/main.ts");
    // A second run reuses the fresh build.
    expect((await run(["--help"], { TADQIQ_CACHE_DIR: cacheDir })).code).toBe(0);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith("cli-"))).toEqual([manifest.build]);
  });

  it("says why and exits with status 3 when the bundle cannot be built, instead of running a slower copy", { timeout: 90_000 }, async () => {
    const result = await run(["--help"], { TADQIQ_CACHE_DIR: impossibleCacheDir });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `tadqiq: cannot build the command-line bundle with esbuild in ${impossibleCacheDir}:\n` +
        `  ENOTDIR: not a directory, mkdir '${impossibleCacheDir}'\n` +
        "Reinstall the dependencies (`npm ci`), or point TADQIQ_CACHE_DIR at a writable directory inside the tadqiq checkout.\n",
    );
  });

  it("TADQIQ_NO_BUNDLE no longer switches to the tsx loader: the bundle is used all the same", { timeout: 90_000 }, async () => {
    const result = await run(["--help"], { TADQIQ_CACHE_DIR: impossibleCacheDir, TADQIQ_NO_BUNDLE: "1" });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^tadqiq: cannot build the command-line bundle with esbuild/);
  });
});
