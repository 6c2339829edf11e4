import { loadArticles } from "./tests/fixtures/align/perturb";
import { paragraphFeatures } from "./lib/align/anchors";
import { alignParagraphs } from "./lib/align/align";
const arts = loadArticles().filter(a=>a.targetLang==="en");
const src: string[] = [], tgt: string[] = [];
let k = 0;
while (src.length < 1000) { const a = arts[k++ % arts.length]!; src.push(...a.source.map(s=>s+" "+k)); tgt.push(...a.target.map(s=>s+" "+k)); }
src.length = 1000; tgt.length = 1000;
for (let r=0;r<8;r++){
let t=performance.now(); for (const s of src) paragraphFeatures(s); for (const s of tgt) paragraphFeatures(s); const f=performance.now()-t;
t=performance.now(); alignParagraphs(src,tgt,{sourceLang:"ar",targetLang:"en"}); console.log("features",f.toFixed(0),"align total",(performance.now()-t).toFixed(0));}
