import { describe, expect, it } from "vitest";
import { evaluate, holdoutArticles, variantArticles } from "./qa-names-eval-helpers";

describe("name-consistency evaluation on invented articles (tests/fixtures/qa-names)", () => {
  it("has at least 10 articles per target language, every variant class, and clean trap articles", () => {
    expect(variantArticles.filter((a) => a.lang === "en").length).toBeGreaterThanOrEqual(10);
    expect(variantArticles.filter((a) => a.lang === "fr").length).toBeGreaterThanOrEqual(10);
    expect([...new Set(variantArticles.flatMap((a) => a.variants.map((v) => v.class)))].sort()).toEqual([
      "article", "compound", "french", "possessive", "vowel",
    ]);
    expect(variantArticles.filter((a) => a.variants.length === 0).length).toBeGreaterThanOrEqual(6);
    expect([...new Set(variantArticles.flatMap((a) => a.traps))].sort()).toEqual([
      "article-house-style", "city-country", "honorific", "nisba", "possessive", "said-verb", "sentence-initial-article", "shared-surname",
    ]);
  });

  it("finds at least 95% of the planted variants with the house spelling, no major finding on the clean articles", () => {
    const { byClass, cleanMajor } = evaluate(variantArticles);
    let planted = 0;
    let found = 0;
    for (const row of Object.values(byClass)) {
      planted += row.planted;
      found += row.found;
    }
    expect(planted).toBe(44);
    expect(found / planted).toBeGreaterThanOrEqual(0.95);
    expect(cleanMajor).toEqual([]);
    for (const [name, row] of Object.entries(byClass)) expect([name, row.falsePositives]).toEqual([name, 0]);
  });

  it("on the articles written after the change: at least 90% found, no major finding on the clean articles", () => {
    const { byClass, cleanMajor } = evaluate(holdoutArticles);
    let planted = 0;
    let found = 0;
    for (const row of Object.values(byClass)) {
      planted += row.planted;
      found += row.found;
    }
    expect(planted).toBe(13);
    expect(found / planted).toBeGreaterThanOrEqual(0.9);
    expect(cleanMajor).toEqual([]);
  });
});
