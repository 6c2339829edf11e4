/**
 * npm run eval:qa [-- --no-write] [-- --verbose]
 * Runs every QA check on the invented evaluation articles (tests/fixtures/qa-eval/<lang>/*.json), prints recall and
 * precision per check and language, and rewrites the section between "<!-- eval:qa -->" and "<!-- /eval:qa -->"
 * of docs/qa-checks.md with the tables.
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  EVAL_LANGS,
  cleanMajorFindings,
  evaluateArticle,
  loadEvalArticles,
  markdownTable,
  type ArticleResult,
} from "../tests/fixtures/qa-eval/evaluate";

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");
const write = !args.has("--no-write");

const sections: string[] = [];
let cleanMajor = 0;
for (const lang of EVAL_LANGS) {
  const results: ArticleResult[] = loadEvalArticles(lang).map(evaluateArticle);
  const table = markdownTable(lang, results);
  sections.push(table);
  console.log(`${table}\n`);
  const alarms = cleanMajorFindings(results);
  cleanMajor += alarms.length;
  for (const alarm of alarms) console.log(`  major on clean article: ${alarm}`);
  for (const result of results) {
    for (const defect of result.missed) {
      console.log(`  missed ${result.article.id}: ${defect.check} (${defect.class}) ${defect.side ?? "target"} ${defect.paragraph} «${defect.text}»`);
    }
    if (verbose) {
      for (const f of result.falseAlarms) {
        console.log(`  false alarm ${result.article.id}: ${f.check} ${f.messageKey} ${f.severity} ${f.side} ${f.paragraph} «${f.text}»${f.suggestion !== undefined ? ` → «${f.suggestion}»` : ""}`);
      }
      for (const f of result.onDefects) {
        console.log(`  on a defect ${result.article.id}: ${f.check} ${f.messageKey} ${f.severity} ${f.side} ${f.paragraph} «${f.text}»`);
      }
    }
  }
  console.log("");
}

if (write) {
  const path = new URL("../docs/qa-checks.md", import.meta.url);
  const doc = readFileSync(path, "utf8");
  const open = "<!-- eval:qa -->";
  const close = "<!-- /eval:qa -->";
  const from = doc.indexOf(open);
  const to = doc.indexOf(close);
  if (from < 0 || to < from) throw new Error(`docs/qa-checks.md has no ${open} … ${close} section`);
  const body = `${open}\n${sections.join("\n\n")}\n${close}`;
  writeFileSync(path, doc.slice(0, from) + body + doc.slice(to + close.length));
  console.log("docs/qa-checks.md: evaluation tables rewritten");
}
process.exitCode = cleanMajor > 0 ? 1 : 0;
