import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../../lib/cli/main";

// One test spawns the real launcher; a busy machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 120_000 });

const repo = fileURLToPath(new URL("../../", import.meta.url));
const fixture = (name: string) => join(repo, "tests/fixtures/names", name);
const tmp = mkdtempSync(join(tmpdir(), "tadqiq-names-cli-"));
const checkArgs = (...extra: string[]) => ["check", fixture("source.ar.txt"), fixture("target.en.txt"), "--source-lang", "ar", "--target-lang", "en", ...extra];

/** Runs the CLI in this process and captures what it prints. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

interface JsonFinding {
  check: string;
  severity: string;
  paragraph: number;
  text: string;
  suggestion?: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

describe("tadqiq check --names", () => {
  it("reports the names spelled otherwise than the register's house spelling, with the evidence", async () => {
    const run = await cli(checkArgs("--names", fixture("register.json"), "--checks", "name-authority", "--format", "json"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion, f.severity, f.messageKey])).toEqual([
      [0, "el-Sisi", "al-Sisi", "minor", "qa:name-authority.learned"],
      [2, "Jamel", "Djamel", "major", "qa:name-authority.confirmed"],
    ]);
    expect(findings[0]!.params).toEqual({ name: "el-Sisi", house: "al-Sisi", count: 5, examples: "Cairo talks resume; Gaza truce holds", arabic: "السيسي" });
  });

  it("prints the finding in the text report", async () => {
    const run = await cli(checkArgs("--names", fixture("register.json"), "--checks", "name-authority", "--fail-on", "critical"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"el-Sisi" is spelled "al-Sisi" in 5 approved articles, e.g. Cairo talks resume; Gaza truce holds.');
    expect(run.stdout).toContain('"Jamel": the house spelling of جمال is "Djamel".');
  });

  it("finds nothing of the kind without --names", async () => {
    const run = await cli(checkArgs("--checks", "name-authority", "--format", "json"));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings).toEqual([]);
  });

  const notJson = join(tmp, "not-json.json");
  const otherFormat = join(tmp, "other.json");
  const tooLarge = join(tmp, "large.json");
  writeFileSync(notJson, "format: tadqiq-names\n");
  writeFileSync(otherFormat, JSON.stringify({ format: "tadqiq-glossary", version: 1, names: [] }));
  writeFileSync(tooLarge, Buffer.alloc(20 * 1024 * 1024 + 100_000, 0x20));

  it.each([
    ["a missing file", join(tmp, "nope.json"), /^tadqiq check: cannot read .*nope\.json: no such file$/u],
    ["not JSON", notJson, /^tadqiq check: .*not-json\.json is not JSON: /u],
    ["another format", otherFormat, /^tadqiq check: .*other\.json is not a tadqiq name register \(its "format" is "tadqiq-glossary"; expected "tadqiq-names"\)\.$/u],
    ["a bad name", fixture("bad-entry.json"), /^tadqiq check: .*bad-entry\.json: name 2 is invalid at "spellings\.0\.count": /u],
    ["over 20 MB", tooLarge, /^tadqiq check: .*large\.json is 20\.1 MB; a name register file may be at most 20 MB\.$/u],
  ])("refuses %s with one line and exit 2, printing no report", async (_label, path, message) => {
    const run = await cli(checkArgs("--names", path));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toMatch(message);
  });

  it("lists --names in its usage", async () => {
    const run = await cli(["check", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--names <register.json>");
  });

  it("works through the real launcher", async () => {
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(join(repo, "bin", "tadqiq"), checkArgs("--names", fixture("register.json"), "--checks", "name-authority", "--format", "json"), { cwd: tmp, encoding: "utf8", timeout: 110_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      });
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.text)).toEqual(["el-Sisi", "Jamel"]);
  });
});
