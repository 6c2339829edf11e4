import { loadArticles, perturbations } from "./tests/fixtures/align/perturb";
import { alignParagraphs, linkScores, validateAlignment } from "./lib/align/align";
const fmt = (gs: {source:number[];target:number[]}[]) => gs.map(g=>`[${g.source}]>[${g.target}]`).join(" ");
let gold=0, correct=0, pred=0, cases=0, exact=0;
const fails: string[] = [];
const t0 = performance.now();
for (const a of loadArticles()) for (const c of perturbations(a)) {
  const g = alignParagraphs(c.source, c.target, {sourceLang:"ar", targetLang:a.targetLang});
  validateAlignment(g, c.source.length, c.target.length);
  validateAlignment(c.gold, c.source.length, c.target.length);
  const s = linkScores(c.gold, g); gold+=s.goldLinks; correct+=s.correct; pred+=s.predictedLinks; cases++;
  if (s.correct===s.goldLinks && s.predictedLinks===s.goldLinks) exact++; else fails.push(`${c.name}\n  gold ${fmt(c.gold)}\n  got  ${fmt(g)}`);
}
console.log(`cases ${cases} exact ${exact} recall ${(correct/gold).toFixed(4)} precision ${(correct/pred).toFixed(4)} ms ${(performance.now()-t0).toFixed(0)}`);
console.log(fails.slice(0, Number(process.argv[2] ?? 15)).join("\n"));
console.log(fails.map(f=>f.split("\n")[0]).join("\n"));
