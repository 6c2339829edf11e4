/**
 * Evaluation of sentence omissions and additions inside aligned paragraphs on the invented articles of
 * tests/fixtures/qa-sentences (10 Arabic → English, 10 Arabic → French): every plain sentence is planted once as
 * dropped from the translation and once as added to it; the clean articles are full of traps (merged and split
 * sentences, attribution fragments, paragraphs split in two). Figures are in docs/qa-checks.md.
 */
import { describe, expect, it } from "vitest";
import { runQa } from "../../lib/qa/run";
import { buildArticle, INVENTED_ARTICLES, plantedCases } from "../fixtures/qa-sentences";
import { loadCairoTalks } from "../fixtures/qa/context";

const ACCURACY_CHECKS = ["omission", "addition"];

describe("sentences inside paragraphs: invented articles", () => {
  it("has 20 articles, 10 per target language, and 210 planted cases", () => {
    expect(INVENTED_ARTICLES.filter((article) => article.targetLang === "en")).toHaveLength(10);
    expect(INVENTED_ARTICLES.filter((article) => article.targetLang === "fr")).toHaveLength(10);
    expect(plantedCases()).toHaveLength(210);
  });

  it("clean articles: no major omission or addition finding, no sentence finding, every split paragraph aligned 1-2", () => {
    const major: string[] = [];
    const sentence: string[] = [];
    let splitsAligned = 0;
    for (const article of INVENTED_ARTICLES) {
      const built = buildArticle(article);
      const result = runQa({ sourceLang: "ar", targetLang: article.targetLang, source: built.source, target: built.target, checks: ACCURACY_CHECKS });
      for (const finding of result.findings) {
        if (finding.severity !== "minor") major.push(`${article.topic}: ${finding.messageKey} ${finding.text}`);
        if (finding.messageKey.endsWith(".sentence")) sentence.push(`${article.topic}: ${finding.text}`);
      }
      for (const paragraph of built.splitParagraphs) {
        const group = result.alignment.find((candidate) => candidate.source.includes(paragraph));
        if (group?.source.length === 1 && group.target.length === 2) splitsAligned++;
      }
    }
    expect(major).toEqual([]);
    expect(sentence).toEqual([]);
    expect(splitsAligned).toBe(10);
  });

  it("planted dropped or added sentences: at least 55% found with the exact sentence (measured 116 / 210), none on the wrong side", () => {
    let found = 0;
    const wrongSide: string[] = [];
    for (const planted of plantedCases()) {
      const built = buildArticle(planted.article, { paragraph: planted.paragraph, unit: planted.unit, side: planted.side });
      const result = runQa({ sourceLang: "ar", targetLang: planted.article.targetLang, source: built.source, target: built.target, checks: ACCURACY_CHECKS });
      const check = planted.side === "target" ? "omission" : "addition";
      if (result.findings.some((finding) => finding.check === check && finding.text === planted.expected)) found++;
      for (const finding of result.findings) {
        if (!finding.messageKey.endsWith(".sentence")) continue;
        if ((finding.check === "omission") !== (finding.side === "source")) wrongSide.push(finding.text);
      }
    }
    expect(found / plantedCases().length).toBeGreaterThanOrEqual(0.55);
    expect(wrongSide).toEqual([]);
  });
});

describe("sentences inside paragraphs: the sample article", () => {
  it("keeps exactly the sample's omission and addition findings (chrome and repeated headline)", () => {
    const { source, target } = loadCairoTalks();
    const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, checks: ACCURACY_CHECKS });
    expect(result.findings.map((finding) => [finding.messageKey, finding.severity, finding.paragraph, finding.text])).toEqual([
      ["qa:addition.chrome", "minor", 17, "Share your opinion"],
      ["qa:addition.headline-repeat", "minor", 18, "Talks in Cairo for a ceasefire in Gaza end without a breakthrough"],
    ]);
  });
});
