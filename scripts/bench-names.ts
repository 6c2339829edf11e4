/**
 * bench:names — the name register at newsroom scale: builds a NameIndex from 100,000 register names (a deterministic
 * synthetic register: one-word names, particle names عبد/بن/أبو + name, three-word names), finds the names of a
 * 3,000-word Arabic article with relevantTo, and writes/reads the register file. Prints the figures and updates the
 * "Name register" section of docs/benchmarks.md (`--no-write` to print only). Times are CPU time of the process
 * (user + system, garbage collection included), so a busy machine does not inflate them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { alignParagraphs } from "../lib/align/align";
import { NameIndex } from "../lib/names/index";
import { learnNames } from "../lib/names/learn";
import { runQa } from "../lib/qa/run";
import { normalizeNameKey } from "../lib/names/key";
import { readNameRegister, writeNameRegister } from "../lib/names/register-file";
import type { NameRecord } from "../lib/names/types";
import { seededRandom as prng } from "../lib/seed/random";

const SEED = 20261202;
const RECORDS = 100_000;
const ARTICLE_WORDS = 3_000;


const random = prng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const CONSONANTS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهوي"];
const LATIN = ["b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "a", "gh", "f", "q", "k", "l", "m", "n", "h", "w", "y"];
const VOWELS = ["a", "i", "ou", "e", "u", "aa"];

/** An invented Arabic name word of 3–5 letters and a Latin spelling of it. */
function nameWord(): { arabic: string; latin: string } {
  const length = 3 + Math.floor(random() * 3);
  let arabic = "";
  let latin = "";
  for (let k = 0; k < length; k++) {
    const index = Math.floor(random() * CONSONANTS.length);
    arabic += CONSONANTS[index];
    latin += LATIN[index] + (k < length - 1 ? pick(VOWELS) : "");
  }
  if (random() < 0.3) arabic += "ي";
  return { arabic, latin: latin.charAt(0).toUpperCase() + latin.slice(1) };
}

const PARTICLES: Array<{ arabic: string; latin: string }> = [
  { arabic: "عبد", latin: "Abdel" },
  { arabic: "بن", latin: "bin" },
  { arabic: "أبو", latin: "Abu" },
];

/** The synthetic register: unique keys, 70% one word, 20% particle + word, 10% three words; two spellings each. */
function register(count: number): NameRecord[] {
  const records: NameRecord[] = [];
  const keys = new Set<string>();
  while (records.length < count) {
    const roll = random();
    const words = roll < 0.7 ? [nameWord()] : roll < 0.9 ? [pick(PARTICLES), nameWord()] : [nameWord(), pick(PARTICLES), nameWord()];
    const arabic = words.map((w) => w.arabic).join(" ");
    const key = normalizeNameKey(arabic);
    if (key === "" || keys.has(key)) continue;
    keys.add(key);
    const latin = words.map((w) => w.latin).join(" ");
    const examples = (n: number) => Array.from({ length: 3 }, (_, k) => ({ articleId: `c${records.length}x${n}${k}`, title: `Article ${records.length}-${n}-${k}` }));
    records.push({
      key,
      arabic,
      targetLang: "en",
      source: "register",
      spellings: [
        { spelling: latin, count: 3 + Math.floor(random() * 20), examples: examples(1) },
        { spelling: latin.replace(/ou/g, "u"), count: 1, examples: examples(2).slice(0, 1) },
      ],
    });
  }
  return records;
}

const COMMON = "قال وأضاف إن أن في من على إلى الحكومة الوزير الرئيس اليوم أمس المدينة الاتفاق المفاوضات الوفد الجيش الحرب السلام مصادر الأمم المتحدة مجلس الأمن الدولي الاقتصاد النمو الأسعار المستشفى الطواقم".split(" ");
const CLITICS = ["", "", "", "و", "ل", "ب"];

/** A 3,000-word article: common words with a register name about every 20 words (some after a clitic). */
function article(records: readonly NameRecord[], words: number): { paragraphs: string[]; planted: Set<string> } {
  const paragraphs: string[] = [];
  const planted = new Set<string>();
  let paragraph: string[] = [];
  let written = 0;
  while (written < words) {
    if (random() < 0.05) {
      const record = pick(records);
      planted.add(record.key);
      const parts = record.arabic.split(" ");
      parts[0] = pick(CLITICS) + parts[0];
      paragraph.push(...parts);
      written += parts.length;
    } else {
      paragraph.push(pick(COMMON));
      written++;
    }
    if (paragraph.length >= 60) {
      paragraphs.push(`${paragraph.join(" ")}.`);
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(`${paragraph.join(" ")}.`);
  return { paragraphs, planted };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time of this thread in ms (the machine may be busy: wall time would count the other processes too). */
function time<T>(run: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

function main(): void {
  const write = !process.argv.includes("--no-write");
  const records = register(RECORDS);
  const small = records.slice(0, 10_000);
  const text = article(records, ARTICLE_WORDS);
  const long = article(records, ARTICLE_WORDS * 4);

  const builds: number[] = [];
  let index = new NameIndex([]);
  for (let run = 0; run < 5; run++) {
    const timed = time(() => new NameIndex(records));
    builds.push(timed.ms);
    index = timed.value;
  }
  const smallIndex = new NameIndex(small);
  const lookup = (target: NameIndex, paragraphs: string[]) => {
    target.relevantTo(paragraphs); // warm the word caches, as a running server has them
    const times: number[] = [];
    let found: NameRecord[] = [];
    for (let run = 0; run < 21; run++) {
      const timed = time(() => target.relevantTo(paragraphs));
      times.push(timed.ms);
      found = timed.value;
    }
    return { ms: median(times), found };
  };
  const cold = time(() => new NameIndex(records).relevantTo(article(records, ARTICLE_WORDS).paragraphs));
  const hit = lookup(index, text.paragraphs);
  const hitSmall = lookup(smallIndex, text.paragraphs);
  const hitLong = lookup(index, long.paragraphs);
  const missed = [...text.planted].filter((key) => !hit.found.some((record) => record.key === key)).length;

  const fileText = time(() => writeNameRegister(records));
  const fileBytes = Buffer.byteLength(fileText.value, "utf8");
  const leanText = time(() => writeNameRegister(records, { examples: false, keys: false }));
  const leanBytes = Buffer.byteLength(leanText.value, "utf8");
  const parsed = time(() => readNameRegister(leanText.value, "bench.json"));
  const half = writeNameRegister(records.slice(0, 50_000));
  const halfBytes = Buffer.byteLength(half, "utf8");
  // The check itself: the sample article repeated 20 times (one long article), its names learned as the register.
  const read = (file: string) => readFileSync(fileURLToPath(new URL(`../fixtures/cairo-talks/${file}`, import.meta.url)), "utf8").split("\n").filter((line) => line.trim() !== "");
  const sampleSource = Array.from({ length: 20 }, () => read("ar.txt")).flat();
  const sampleTarget = Array.from({ length: 20 }, () => read("en.txt")).flat();
  const alignment = alignParagraphs(sampleSource, sampleTarget, { sourceLang: "ar", targetLang: "en" });
  const learned = learnNames({ sourceLang: "ar", targetLang: "en", source: sampleSource, target: sampleTarget, alignment });
  const sampleNames: NameRecord[] = learned.map((name) => ({ key: name.key, arabic: name.arabic, targetLang: "en", source: "register", spellings: [{ spelling: name.spelling, count: 3, examples: [] }] }));
  const sampleIndex = new NameIndex([...records, ...sampleNames]);
  const relevant = sampleIndex.relevantTo(sampleSource);
  const checkTime = (check: string) => {
    runQa({ sourceLang: "ar", targetLang: "en", source: sampleSource, target: sampleTarget, alignment, names: relevant, checks: [check] });
    const times: number[] = [];
    for (let run = 0; run < 7; run++) times.push(time(() => runQa({ sourceLang: "ar", targetLang: "en", source: sampleSource, target: sampleTarget, alignment, names: relevant, checks: [check] })).ms);
    return median(times);
  };
  const sampleWords = [...sampleSource, ...sampleTarget].join(" ").split(/\s+/u).length;
  const authorityMs = checkTime("name-authority");
  const consistencyMs = checkTime("name-consistency");
  const memory = process.memoryUsage();

  const lines = [
    `date: ${new Date().toISOString().slice(0, 10)}`,
    `machine: node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores, one used; load average ${os.loadavg()[0]!.toFixed(1)} at the end)`,
    `register: ${records.length.toLocaleString("en-US")} names (70% one word, 20% particle + word, 10% three words), seed ${SEED}`,
    `build NameIndex from ${records.length.toLocaleString("en-US")} records: ${median(builds).toFixed(1)} ms (median of 5, CPU time)`,
    `relevantTo on a ${ARTICLE_WORDS.toLocaleString("en-US")}-word article (${text.paragraphs.length} paragraphs, ${text.planted.size} distinct register names planted, some after و/ل/ب): ${hit.ms.toFixed(2)} ms (median of 21, CPU time), ${hit.found.length} records returned, ${missed} planted names missed`,
    `the same article against a 10,000-name register: ${hitSmall.ms.toFixed(2)} ms; a 12,000-word article against 100,000 names: ${hitLong.ms.toFixed(2)} ms (${(hitLong.ms / hit.ms).toFixed(1)}× the time for 4× the words)`,
    `a new index and its first article (word caches cold): ${cold.ms.toFixed(0)} ms`,
    `register file of ${records.length.toLocaleString("en-US")} names (2 spellings, 4 examples each): ${(fileBytes / (1024 * 1024)).toFixed(1)} MB written in ${fileText.ms.toFixed(0)} ms — over the 20 MB import limit; 50,000 such names: ${(halfBytes / (1024 * 1024)).toFixed(1)} MB`,
    `the same ${records.length.toLocaleString("en-US")} names without examples and keys (\`writeNameRegister(records, { examples: false, keys: false })\`): ${(leanBytes / (1024 * 1024)).toFixed(1)} MB, written in ${leanText.ms.toFixed(0)} ms, read and validated (zod, keys recomputed) in ${parsed.ms.toFixed(0)} ms`,
    `name-authority on the sample article repeated 20 times (${sampleSource.length} + ${sampleTarget.length} paragraphs, ${sampleWords.toLocaleString("en-US")} words; ${relevant.length} register names relevant of ${sampleIndex.size.toLocaleString("en-US")}): ${authorityMs.toFixed(1)} ms (median of 7, CPU time); name-consistency on the same article: ${consistencyMs.toFixed(1)} ms`,
    `peak memory at the end: rss ${Math.round(memory.rss / (1024 * 1024))} MiB, heapUsed ${Math.round(memory.heapUsed / (1024 * 1024))} MiB`,
  ];
  console.log(lines.join("\n"));
  if (parsed.value.length !== records.length) throw new Error(`the register file lost names: ${parsed.value.length} of ${records.length}`);

  if (write) {
    const path = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
    const section = [
      "## Name register",
      "",
      "Generated by `npm run bench:names` (scripts/bench-names.ts): a deterministic synthetic register (seeded PRNG) and",
      "Arabic articles with register names planted in running text. `NameIndex` keeps the records in a map by key and,",
      "for keys of several words, the word counts found after each first word; `relevantTo` does a few map look-ups",
      "per source word (as written and without a leading clitic, alone and with the next words): the register is never",
      "scanned, the time grows with the article; a larger register costs a little more per look-up (a larger map, more",
      "cache misses) and returns more records.",
      "",
      ...lines.map((line) => `- ${line}`),
      "",
    ].join("\n");
    const existing = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\n";
    // Up to the next heading: a "###" subsection after this one (the server-side figures) is kept.
    const pattern = /## Name register\n[\s\S]*?(?=\n##+ |$)/;
    const updated = pattern.test(existing) ? existing.replace(pattern, section.trimEnd() + "\n") : `${existing.trimEnd()}\n\n${section}`;
    writeFileSync(path, updated);
    console.log(`written to ${path}`);
  }
}

main();
