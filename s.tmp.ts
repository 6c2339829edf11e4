import { readFileSync } from "node:fs";
import { alignParagraphsDetailed, alignmentGroupCosts, DEFAULT_ALIGN_PARAMETERS } from "./lib/align/align";
const ar = readFileSync("fixtures/cairo-talks/ar.txt","utf8").split("\n").filter(Boolean);
const en = readFileSync("fixtures/cairo-talks/en.txt","utf8").split("\n").filter(Boolean);
const p = {...DEFAULT_ALIGN_PARAMETERS, ...JSON.parse(process.argv[2] ?? "{}")};
const d = alignParagraphsDetailed(ar, en, {sourceLang:"ar", targetLang:"en"}, p);
const c = alignmentGroupCosts(ar, en, d.groups, d, p);
console.log(d.ratio, d.sigma, d.groups.map((g,k)=>`[${g.source}]>[${g.target}]=${c[k]!.toFixed(2)}`).join(" "));
