import { loadArticles, perturbations } from "./tests/fixtures/align/perturb";
import { alignParagraphsDetailed, alignmentGroupCosts } from "./lib/align/align";
const want = process.argv[2]!;
for (const a of loadArticles()) for (const c of perturbations(a)) {
  if (c.name !== want) continue;
  const d = alignParagraphsDetailed(c.source, c.target, {sourceLang:"ar", targetLang:a.targetLang});
  console.log("ratio", d.ratio.toFixed(3), "sigma", d.sigma.toFixed(3));
  const gc = alignmentGroupCosts(c.source, c.target, c.gold, d);
  const pc = alignmentGroupCosts(c.source, c.target, d.groups, d);
  const f = (g:any)=>`[${g.source}]>[${g.target}]`;
  console.log("gold", c.gold.map((g,k)=>`${f(g)}=${gc[k]!.toFixed(2)}`).join(" "), gc.reduce((a,b)=>a+b).toFixed(2));
  console.log("pred", d.groups.map((g,k)=>`${f(g)}=${pc[k]!.toFixed(2)}`).join(" "), pc.reduce((a,b)=>a+b).toFixed(2));
}
