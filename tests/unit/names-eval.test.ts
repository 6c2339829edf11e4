import { readdirSync, readFileSync } from "node:fs";
import { alignParagraphs } from "../../lib/align/align";
import { describe, expect, it } from "vitest";
import { learnNames } from "../../lib/names/learn";
import { houseSpelling, type NameRecord } from "../../lib/names/types";
import { runQa } from "../../lib/qa/run";

interface Variant {
  class: string;
  paragraph: number;
  from: string;
  to: string;
  text: string;
  suggestion: string;
}

interface EvalArticle {
  id: string;
  lang: string;
  source: string[];
  target: string[];
  variants?: Variant[];
}

const load = (file: string): EvalArticle[] => (JSON.parse(readFileSync(new URL(`../fixtures/qa-names/${file}`, import.meta.url), "utf8")) as { articles: EvalArticle[] }).articles;

/**
 * The invented articles of the name-consistency evaluation, read as a newsroom's archive: the register is learned
 * from each clean article (its spellings counted as 3 approved articles, so each is an authority), then the check runs
 * on the clean article (every finding is a false alarm) and on each planted variant (a hit is a finding in that
 * paragraph with the fixture's text and suggestion, or whose suggestion put in place of its span gives back the clean
 * paragraph: "Al-Soudani" → "Al-Sudani" where "Soudani" was planted is the same fix on a wider span).
 */
function evaluate(articles: readonly EvalArticle[]): { falseAlarms: string[]; recall: Record<string, [number, number]> } {
  const falseAlarms: string[] = [];
  const recall: Record<string, [number, number]> = {};
  for (const article of articles) {
    const alignment = article.source.map((_, k) => ({ source: [k], target: [k] }));
    const names: NameRecord[] = learnNames({ sourceLang: "ar", targetLang: article.lang, source: article.source, target: article.target, alignment }).map((name) => ({
      key: name.key,
      arabic: name.arabic,
      targetLang: article.lang,
      source: "register",
      spellings: [{ spelling: name.spelling, count: 3, examples: [] }],
    }));
    const run = (target: string[]) => runQa({ sourceLang: "ar", targetLang: article.lang, source: article.source, target, alignment, names, checks: ["name-authority"] }).findings;
    for (const finding of run(article.target)) falseAlarms.push(`${article.id} ${finding.paragraph} ${finding.text} → ${finding.suggestion}`);
    for (const variant of article.variants ?? []) {
      const target = [...article.target];
      target[variant.paragraph] = target[variant.paragraph]!.replace(variant.from, variant.to);
      const text = target[variant.paragraph]!;
      const hit = run(target).some(
        (f) =>
          f.paragraph === variant.paragraph &&
          ((f.text === variant.text && f.suggestion === variant.suggestion) || text.slice(0, f.start) + f.suggestion + text.slice(f.end) === article.target[variant.paragraph]),
      );
      const counts = (recall[variant.class] ??= [0, 0]);
      counts[1]++;
      if (hit) counts[0]++;
    }
  }
  return { falseAlarms, recall };
}

describe("name authority on the invented name-variant articles (register learned from the clean versions)", () => {
  it("development set: no finding on the 24 clean articles; planted variants found per class", () => {
    const { falseAlarms, recall } = evaluate(load("variant-classes.json"));
    expect(falseAlarms).toEqual([]);
    expect(recall).toEqual({ article: [12, 12], compound: [8, 8], vowel: [11, 12], possessive: [1, 1], french: [11, 11] });
  });

  it("held-out set: no finding on the 6 clean articles; planted variants found per class", () => {
    const { falseAlarms, recall } = evaluate(load("variant-classes-holdout.json"));
    expect(falseAlarms).toEqual([]);
    expect(recall).toEqual({ compound: [0, 1], article: [5, 5], vowel: [4, 4], french: [3, 3] });
  });
});

describe("name authority with one register learned from many approved articles", () => {
  it("gives no finding on the clean articles it was learned from (house styles agree where the register has an authority)", () => {
    const articles: EvalArticle[] = [...load("variant-classes.json"), ...load("variant-classes-holdout.json")];
    for (const lang of ["en", "fr"]) {
      const dir = new URL(`../fixtures/qa-eval/${lang}/`, import.meta.url);
      for (const file of readdirSync(dir)) {
        const article = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as EvalArticle & { kind: string };
        if (article.kind === "clean") articles.push({ id: article.id, lang, source: article.source, target: article.target });
      }
    }
    const alignmentOf = (article: EvalArticle) =>
      article.source.length === article.target.length
        ? article.source.map((_, k) => ({ source: [k], target: [k] }))
        : alignParagraphs(article.source, article.target, { sourceLang: "ar", targetLang: article.lang });
    // Learning on approval, one article after the other: each spelling counted once per article.
    const register = new Map<string, NameRecord>();
    for (const article of articles) {
      for (const name of learnNames({ sourceLang: "ar", targetLang: article.lang, source: article.source, target: article.target, alignment: alignmentOf(article) })) {
        const id = `${name.key}|${article.lang}`;
        const record = register.get(id) ?? { key: name.key, arabic: name.arabic, targetLang: article.lang, source: "register" as const, spellings: [] };
        const spelling = record.spellings.find((s) => s.spelling === name.spelling);
        if (spelling) spelling.count++;
        else record.spellings.push({ spelling: name.spelling, count: 1, examples: [] });
        register.set(id, record);
      }
    }
    const names = [...register.values()];
    // 45 articles, 278 names, 20 with an authority when written (the evaluation sets may grow: at least these).
    expect(articles.length).toBeGreaterThanOrEqual(45);
    expect(names.length).toBeGreaterThanOrEqual(278);
    expect(names.filter((record) => houseSpelling(record) !== undefined).length).toBeGreaterThanOrEqual(20);
    const findings = articles.flatMap((article) =>
      runQa({ sourceLang: "ar", targetLang: article.lang, source: article.source, target: article.target, alignment: alignmentOf(article), names, checks: ["name-authority"] }).findings.map(
        (f) => `${article.id} ${f.paragraph} ${f.text} → ${f.suggestion}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
