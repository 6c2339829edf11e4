import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alignParagraphs, linkScores, validateAlignment } from "../../lib/align/align";
import { loadArticles, perturbations, TOPICS, type AlignCase } from "../fixtures/align/perturb";

const articles = loadArticles();
const cases: Array<AlignCase & { targetLang: string }> = articles.flatMap((article) =>
  perturbations(article).map((c) => ({ ...c, targetLang: article.targetLang })),
);

function score(selected: typeof cases) {
  let gold = 0;
  let correct = 0;
  let predicted = 0;
  for (const c of selected) {
    const groups = alignParagraphs(c.source, c.target, { sourceLang: "ar", targetLang: c.targetLang });
    validateAlignment(groups, c.source.length, c.target.length);
    const s = linkScores(c.gold, groups);
    gold += s.goldLinks;
    correct += s.correct;
    predicted += s.predictedLinks;
  }
  return { recall: correct / gold, precision: correct / predicted };
}

describe("aligner robustness on perturbed invented articles", () => {
  it("has enough material: several topics, 10-25 paragraphs each, French too", () => {
    expect(new Set(articles.map((a) => a.topic)).size).toBe(TOPICS.length);
    expect(TOPICS.length).toBeGreaterThanOrEqual(4);
    for (const a of articles) {
      expect(a.source.length).toBeGreaterThanOrEqual(10);
      expect(a.source.length).toBeLessThanOrEqual(25);
    }
    expect(articles.some((a) => a.targetLang === "fr")).toBe(true);
    expect(cases.length).toBeGreaterThan(500);
  });

  it("gold alignments of the perturbations are valid", () => {
    for (const c of cases) validateAlignment(c.gold, c.source.length, c.target.length);
  });

  it("recovers >= 98% of gold links over all perturbations", () => {
    const { recall, precision } = score(cases);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });

  const kinds = ["merge target", "merge source", "split target", "drop target", "drop source", "chrome", "identity"];
  it.each(kinds)("recovers >= 95%% of gold links for '%s' perturbations", (kind) => {
    const selected = cases.filter((c) => c.name.includes(kind));
    expect(selected.length).toBeGreaterThan(0);
    expect(score(selected).recall).toBeGreaterThanOrEqual(kind === "identity" ? 1 : 0.95);
  });

  it("French targets: >= 98% of gold links", () => {
    const french = cases.filter((c) => c.targetLang === "fr");
    expect(french.length).toBeGreaterThan(50);
    expect(score(french).recall).toBeGreaterThanOrEqual(0.98);
  });

  it("turns a repeated headline and page chrome at the end into additions", () => {
    for (const c of cases.filter((c) => c.name.endsWith("chrome + headline at end"))) {
      const groups = alignParagraphs(c.source, c.target, { sourceLang: "ar", targetLang: c.targetLang });
      const m = c.target.length;
      expect(groups.slice(-2), c.name).toEqual([
        { source: [], target: [m - 2] },
        { source: [], target: [m - 1] },
      ]);
    }
  });

  it("always returns a valid cover for random paragraph lists (property)", () => {
    const paragraph = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(...articles.flatMap((a) => [...a.source, ...a.target])),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), fc.array(paragraph, { maxLength: 40 }), (source, target) => {
        const groups = alignParagraphs(source, target, { sourceLang: "ar", targetLang: "en" });
        validateAlignment(groups, source.length, target.length);
      }),
      { numRuns: 150 },
    );
  });
});
