import { loadArticles } from "./tests/fixtures/align/perturb";
import { alignParagraphsDetailed } from "./lib/align/align";
const arts = loadArticles().filter(a=>a.targetLang==="en");
const src: string[] = [], tgt: string[] = [];
let k = 0;
while (src.length < 1000) { const a = arts[k++ % arts.length]!; src.push(...a.source); tgt.push(...a.target); }
src.length = 1000; tgt.length = 1000;
for (let r=0;r<3;r++){ const t=performance.now(); const d = alignParagraphsDetailed(src,tgt,{sourceLang:"ar",targetLang:"en"}); console.log((performance.now()-t).toFixed(0),"ms band",d.band, d.groups.length);}
