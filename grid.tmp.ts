import { readFileSync } from "node:fs";
import { loadArticles, perturbations } from "./tests/fixtures/align/perturb";
import { alignParagraphsDetailed, linkScores, DEFAULT_ALIGN_PARAMETERS } from "./lib/align/align";
const ar = readFileSync("fixtures/cairo-talks/ar.txt","utf8").split("\n").filter(Boolean);
const en = readFileSync("fixtures/cairo-talks/en.txt","utf8").split("\n").filter(Boolean);
const expected = "[0]>[0] [1]>[1] [2]>[2] [3]>[3] [4]>[4] [5]>[5] [6]>[6] [7]>[7] [8]>[8] [9]>[9] [10]>[10] [11,12]>[11] [13]>[12] [14]>[13] [15]>[14] [16]>[15] [17]>[16] []>[17] []>[18]";
const cases = loadArticles().flatMap(a => perturbations(a).map(c => ({...c, lang: a.targetLang})));
const grid: Record<string, number[]> = JSON.parse(process.argv[2]!);
const keys = Object.keys(grid);
function* combos(k = 0, acc: Record<string, number> = {}): Generator<Record<string, number>> {
  if (k === keys.length) { yield {...acc}; return; }
  for (const v of grid[keys[k]!]!) { acc[keys[k]!] = v; yield* combos(k+1, acc); }
}
for (const combo of combos()) {
  const p = {...DEFAULT_ALIGN_PARAMETERS, ...combo};
  let gold=0, correct=0, exact=0;
  for (const c of cases) {
    const s = linkScores(c.gold, alignParagraphsDetailed(c.source, c.target, {sourceLang:"ar", targetLang:c.lang}, p).groups);
    gold += s.goldLinks; correct += s.correct; if (s.correct===s.goldLinks && s.predictedLinks===s.goldLinks) exact++;
  }
  const sample = alignParagraphsDetailed(ar, en, {sourceLang:"ar", targetLang:"en"}, p).groups.map(g=>`[${g.source}]>[${g.target}]`).join(" ") === expected;
  console.log(JSON.stringify(combo), (correct/gold).toFixed(4), exact, cases.length, sample ? "sample-ok" : "SAMPLE-FAIL");
}
