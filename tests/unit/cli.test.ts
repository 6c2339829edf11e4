import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Every test spawns a real process; a busy machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const repo = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(repo, "bin", "tadqiq");
const sample = { ar: join(repo, "fixtures/cairo-talks/ar.txt"), en: join(repo, "fixtures/cairo-talks/en.txt") };
const cliFixture = (name: string) => join(repo, "tests/fixtures/cli", name);
const qaFixture = (name: string) => join(repo, "tests/fixtures/qa", name);
const tmp = mkdtempSync(join(tmpdir(), "tadqiq-cli-"));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Spawns the real launcher (from a neutral working directory unless told otherwise). */
function tadqiq(args: string[], cwd = tmp): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(bin, args, { cwd, encoding: "utf8", timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const paragraphsOf = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\n|\r/u)
    .filter((line) => line.trim() !== "");

const checkArgs = (source: string, target: string, ...extra: string[]) => ["check", source, target, "--source-lang", "ar", "--target-lang", "en", ...extra];

interface JsonFinding {
  check: string;
  category: string;
  severity: string;
  side: "source" | "target";
  paragraph: number;
  start: number;
  end: number;
  text: string;
  suggestion?: string;
  message: string;
}

describe("tadqiq check on the sample article", () => {
  let json: Run;
  beforeAll(async () => {
    await tadqiq(["--help"]); // warm the bundle cache so timings below measure a normal start
    json = await tadqiq(checkArgs(sample.ar, sample.en, "--format", "json", "--glossary", qaFixture("glossary.csv")));
  }, 120_000);

  it("prints exactly one JSON object and exits 1 because of major findings", () => {
    expect(json.stderr).toBe("");
    expect(json.code).toBe(1);
    expect(json.stdout.trim().split("\n")).toHaveLength(1);
    const output = JSON.parse(json.stdout) as { version: number; alignment: Array<{ source: number[]; target: number[] }>; findings: JsonFinding[]; score: Record<string, unknown> };
    expect(output.version).toBe(1);
    expect(Object.keys(output.score).sort()).toEqual(["pass", "penalty", "quality", "sourceWords", "threshold", "wordBase"]);
    expect(output.score.pass).toBe(false);
  });

  it("aligns every paragraph exactly once, in order, including the 2:1 merge and the two additions", () => {
    const { alignment } = JSON.parse(json.stdout) as { alignment: Array<{ source: number[]; target: number[] }> };
    expect(alignment.flatMap((group) => group.source)).toEqual([...Array(18).keys()]);
    expect(alignment.flatMap((group) => group.target)).toEqual([...Array(19).keys()]);
    expect(alignment).toContainEqual({ source: [11, 12], target: [11] });
    expect(alignment).toContainEqual({ source: [], target: [17] });
    expect(alignment).toContainEqual({ source: [], target: [18] });
  });

  it("reports the known problems with exact spans into the input lines", () => {
    const { findings } = JSON.parse(json.stdout) as { findings: JsonFinding[] };
    const source = paragraphsOf(sample.ar);
    const target = paragraphsOf(sample.en);
    for (const finding of findings) {
      const text = (finding.side === "source" ? source : target)[finding.paragraph]!;
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    }
    const find = (check: string, paragraph: number) => findings.find((f) => f.check === check && f.side === "target" && f.paragraph === paragraph);
    expect(find("quotes", 9)).toMatchObject({ severity: "major", text: ', "Netanyahu ', suggestion: ' Netanyahu "' });
    expect(find("addition", 17)).toMatchObject({ text: "Share your opinion", suggestion: "" });
    expect(find("addition", 18)).toMatchObject({ suggestion: "" });
    expect(find("name-consistency", 12)).toMatchObject({ text: "Naeem", category: "terminology" });
    expect(find("glossary", 12)).toMatchObject({ text: "Naeem", suggestion: "Naim" });
  });

  it("starts and finishes quickly", async () => {
    const run = await tadqiq(checkArgs(sample.ar, sample.en, "--format", "json"));
    console.info(`tadqiq check on the sample: ${run.ms.toFixed(0)} ms (wall clock, machine load included)`);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(10_000);
  });

  it("prints a readable text report grouped by paragraph", async () => {
    const run = await tadqiq(checkArgs(sample.ar, sample.en));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Target ¶9");
    expect(run.stdout).toContain('suggestion: " Netanyahu \\""');
    expect(run.stdout).toContain("Target ¶17 (no source)");
    expect(run.stdout).toContain("(delete)");
    expect(run.stdout).toMatch(/Quality \d+(\.\d)? \/ 100 \(\d+ penalty points over \d+ source words, scored over at least 250\); pass at >= 99: (PASS|FAIL)/);
    expect(run.stdout.indexOf("Target ¶9")).toBeLessThan(run.stdout.indexOf("Target ¶17"));
  });

  it("honours --fail-on and --checks", async () => {
    expect((await tadqiq(checkArgs(sample.ar, sample.en, "--fail-on", "critical"))).code).toBe(0);
    expect((await tadqiq(checkArgs(sample.ar, sample.en, "--fail-on", "minor", "--checks", "addition"))).code).toBe(1);
    const onlyWhitespace = await tadqiq(checkArgs(sample.ar, sample.en, "--checks", "whitespace", "--format", "json"));
    expect(onlyWhitespace.code).toBe(0);
    expect((JSON.parse(onlyWhitespace.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });

  it("works from any working directory with relative paths", async () => {
    const run = await tadqiq(["check", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--format", "json"], repo);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).version).toBe(1);
  });
});

describe("tadqiq check on other input", () => {
  it("exits 0 on a clean invented article", async () => {
    const run = await tadqiq(checkArgs(qaFixture("articles/courts.ar.txt"), qaFixture("articles/courts.en.txt"), "--format", "json", "--glossary", qaFixture("glossary.csv")));
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(findings.filter((f) => f.severity !== "minor" && f.severity !== "neutral")).toEqual([]);
  });

  it("strips a BOM, accepts CRLF and drops blank lines before numbering paragraphs", async () => {
    const run = await tadqiq(["align", cliFixture("bom-crlf.ar.txt"), cliFixture("bom-crlf.en.txt"), "--source-lang", "ar", "--target-lang", "en"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ version: 1, alignment: [{ source: [0], target: [0] }, { source: [1], target: [1] }] });
  });
});

describe("tadqiq align", () => {
  it("prints the alignment of the sample", async () => {
    const run = await tadqiq(["align", sample.ar, sample.en, "--source-lang", "ar", "--target-lang", "en"]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { version: number; alignment: unknown[] };
    expect(Object.keys(output)).toEqual(["version", "alignment"]);
    expect(output.alignment).toContainEqual({ source: [11, 12], target: [11] });
  });
});

describe("tadqiq usage and input errors", () => {
  const invalidUtf8 = join(tmp, "invalid.txt");
  const empty = join(tmp, "empty.txt");
  writeFileSync(invalidUtf8, Buffer.from([0x48, 0x69, 0x0a, 0xd8, 0xa7, 0xff, 0xfe, 0x0a]));
  writeFileSync(empty, "\n  \r\n\t\n");

  const cases: Array<{ name: string; args: string[]; stderr: RegExp }> = [
    { name: "missing file", args: checkArgs(join(tmp, "nope.txt"), sample.en), stderr: /cannot read .*nope\.txt: no such file/ },
    { name: "bad source language", args: ["check", sample.ar, sample.en, "--source-lang", "arabic", "--target-lang", "en"], stderr: /unsupported language code for --source-lang/ },
    { name: "unknown target language", args: ["check", sample.ar, sample.en, "--source-lang", "ar", "--target-lang", "qq"], stderr: /unsupported language code for --target-lang/ },
    { name: "missing language", args: ["check", sample.ar, sample.en, "--source-lang", "ar"], stderr: /missing --target-lang/ },
    { name: "invalid UTF-8", args: checkArgs(sample.ar, invalidUtf8), stderr: /invalid\.txt is not valid UTF-8 \(bad byte at offset 5\)/ },
    { name: "empty file", args: checkArgs(empty, sample.en), stderr: /empty\.txt is empty/ },
    { name: "one file only", args: ["check", sample.ar, "--source-lang", "ar", "--target-lang", "en"], stderr: /expected <source\.txt> <target\.txt>/ },
    { name: "unknown option", args: checkArgs(sample.ar, sample.en, "--colour"), stderr: /Unknown option '--colour'/ },
    { name: "bad format", args: checkArgs(sample.ar, sample.en, "--format", "xml"), stderr: /invalid --format: "xml"/ },
    { name: "bad fail-on", args: checkArgs(sample.ar, sample.en, "--fail-on", "fatal"), stderr: /invalid --fail-on/ },
    { name: "bad glossary", args: checkArgs(sample.ar, sample.en, "--glossary", cliFixture("bad-glossary.csv")), stderr: /bad-glossary\.csv: glossary line 3, column 1: unterminated quoted field/ },
    { name: "unknown command", args: ["frobnicate"], stderr: /unknown command "frobnicate"/ },
    { name: "align with bad language", args: ["align", sample.ar, sample.en, "--source-lang", "ar", "--target-lang", "english"], stderr: /unsupported language code/ },
  ];
  it.each(cases)("$name → exit 2 with a one-line error", async ({ args, stderr }) => {
    const run = await tadqiq(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const firstLine = run.stderr.split("\n")[0]!;
    expect(firstLine).toMatch(stderr);
    expect(firstLine.startsWith("tadqiq")).toBe(true);
  });

  it("prints usage on --help (exit 0) and without arguments (exit 2)", async () => {
    const help = await tadqiq(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: tadqiq <command>/);
    expect(help.stdout).toMatch(/check\s+run the QA checks/);
    const checkHelp = await tadqiq(["check", "--help"]);
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toContain("--fail-on minor|major|critical");
    const none = await tadqiq([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: tadqiq <command>/);
  });
});
