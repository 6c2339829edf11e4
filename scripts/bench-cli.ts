/**
 * bench:cli — end-to-end time of `tadqiq check` on one article of about 225,000 words (source + target), start-up
 * included: writes the pair (the bench:qa corpus generator, one paragraph per line) and a 3-entry glossary to a
 * temporary directory, runs the real command-line tool (`node bin/tadqiq check …` and `npx tadqiq check …`) several
 * times, and writes the figures to docs/benchmarks.md.
 * Run: npx tsx scripts/bench-cli.ts [--words 225000] [--runs 5] [--no-write] [--no-npx]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { countWords, makeArticle, prng } from "./bench-corpus";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const wordTarget = Number(option("--words")) || 225_000;
const runs = Math.max(1, Number(option("--runs")) || 5);
const writeReport = !args.includes("--no-write");
const withNpx = !args.includes("--no-npx");
const root = fileURLToPath(new URL("..", import.meta.url));

/** One article of at least `words` words: the paragraph count is scaled from a first sample, then grown. */
function makePair(words: number): { source: string[]; target: string[]; words: number } {
  let paragraphs = 1000;
  for (;;) {
    const article = makeArticle(prng(20241202), paragraphs);
    if (article.words >= words) return article;
    paragraphs = Math.ceil(paragraphs * Math.max(1.01, (words / Math.max(article.words, 1)) * 1.005));
  }
}

interface Timing {
  wallMs: number;
  cpuMs: number | null;
  status: number | null;
  findings: number;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Runs a command, returns its wall time, user + system CPU time (when /usr/bin/time exists) and exit status. */
function timed(command: string, commandArgs: string[]): Timing {
  const cpuFile = join(tmpdir(), `tadqiq-bench-cli-${process.pid}.time`);
  const [file, argv] = TIME ? [TIME, ["-f", "%U %S", "-o", cpuFile, command, ...commandArgs]] : [command, commandArgs];
  const started = performance.now();
  const result = spawnSync(file, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_UPDATE_NOTIFIER: "1" } });
  const wallMs = performance.now() - started;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${commandArgs.join(" ")} exited with ${result.status}:\n${result.stderr.slice(0, 2000)}`);
  }
  let cpuMs: number | null = null;
  if (TIME && existsSync(cpuFile)) {
    const [user, system] = readFileSync(cpuFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
    rmSync(cpuFile, { force: true });
  }
  const findings = (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length;
  return { wallMs, cpuMs, status: result.status, findings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function main(): void {
  const pair = makePair(wordTarget);
  const dir = mkdtempSync(join(tmpdir(), "tadqiq-bench-cli-"));
  const sourcePath = join(dir, "source.txt");
  const targetPath = join(dir, "target.txt");
  const glossaryPath = join(dir, "glossary.csv");
  writeFileSync(sourcePath, `${pair.source.join("\n")}\n`);
  writeFileSync(targetPath, `${pair.target.join("\n")}\n`);
  const smallSource = join(dir, "small-source.txt");
  const smallTarget = join(dir, "small-target.txt");
  writeFileSync(smallSource, "قال نعيم إن 5 أشخاص وصلوا.\n");
  writeFileSync(smallTarget, "Naim said 5 people arrived.\n");
  writeFileSync(glossaryPath, "source,target,forbidden,type\nنعيم,Naim,Naeem,person\nهنية,Haniyeh,Haniya,person\nالسيسي,Sisi,Sissi,person\n");
  const words = [...pair.source, ...pair.target].reduce((sum, text) => sum + countWords(text), 0);
  const checkArgs = ["check", sourcePath, targetPath, "--source-lang", "ar", "--target-lang", "en", "--glossary", glossaryPath, "--format", "json"];

  try {
    // The first run may build the launcher's bundle cache; it is reported apart.
    const first = timed(process.execPath, [join(root, "bin", "tadqiq"), ...checkArgs]);
    const node: Timing[] = [];
    for (let run = 0; run < runs; run++) node.push(timed(process.execPath, [join(root, "bin", "tadqiq"), ...checkArgs]));
    const npx: Timing[] = [];
    if (withNpx) for (let run = 0; run < runs; run++) npx.push(timed("npx", ["--no-install", "tadqiq", ...checkArgs]));
    const startUp: Timing[] = [];
    for (let run = 0; run < runs; run++) startUp.push(timed(process.execPath, [join(root, "bin", "tadqiq"), "check", smallSource, smallTarget, "--source-lang", "ar", "--target-lang", "en", "--format", "json"]));

    const cpu = (list: Timing[]) => (list.every((t) => t.cpuMs !== null) ? `${median(list.map((t) => t.cpuMs!)).toFixed(0)} ms` : "n/a");
    const lines = [
      `date: ${new Date().toISOString().slice(0, 10)}`,
      `machine: node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"} (${cpus().length} cores; load average ${loadavg()[0]!.toFixed(1)} at the end)`,
      `pair: ${pair.source.length} source + ${pair.target.length} target paragraphs, ${words} words (source + target), all checks, 3-entry glossary, --format json, ${node[0]!.findings} findings`,
      `node bin/tadqiq check: ${median(node.map((t) => t.wallMs)).toFixed(0)} ms wall, ${cpu(node)} user + system (median of ${runs}; first run ${first.wallMs.toFixed(0)} ms, bundle cache included when it was stale)`,
      ...(withNpx ? [`npx tadqiq check: ${median(npx.map((t) => t.wallMs)).toFixed(0)} ms wall, ${cpu(npx)} user + system (median of ${runs}; npm's own start-up included)`] : []),
      `start-up (node bin/tadqiq check on a one-sentence pair): ${median(startUp.map((t) => t.wallMs)).toFixed(0)} ms wall, ${cpu(startUp)}`,
      `target: <= 1000 ms wall`,
    ];
    console.log(lines.join("\n"));
    if (writeReport) {
      const path = join(root, "docs", "benchmarks.md");
      const section = [
        "## bench:cli",
        "",
        "Generated by `npm run bench:cli` (scripts/bench-cli.ts): one article generated as in bench:qa, written as two text",
        "files (one paragraph per line) with a glossary CSV, checked by the real command-line tool, start-up included,",
        "timed from outside the process (wall time; user + system CPU time from /usr/bin/time).",
        "",
        ...lines.map((line) => `- ${line}`),
        "",
      ].join("\n");
      const existing = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\n";
      const pattern = /## bench:cli\n[\s\S]*?(?=\n## |$)/;
      const updated = pattern.test(existing) ? existing.replace(pattern, section.trimEnd() + "\n") : `${existing.trimEnd()}\n\n${section}`;
      writeFileSync(path, updated);
      console.log(`written to ${path}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
