// Quality bar on the invented evaluation articles (tests/fixtures/qa-eval, scored by tests/fixtures/qa-eval/evaluate.ts;
// `npm run eval:qa` prints the same figures as tables): no major or critical finding on a clean article, and per
// check and language at least as many planted defects found as when the bar was set.
import { describe, expect, it } from "vitest";
import { evaluateArticle, loadEvalArticles, scoreByCheck } from "../fixtures/qa-eval/evaluate";

// Per language: how many clean and planted articles there are, and per check [planted, found at least].
const BAR = {
  en: {
    clean: 7,
    planted: 13,
    checks: {
      "name-consistency": [15, 15],
      "number-mismatch": [14, 14],
      "date-mismatch": [8, 8],
      quotes: [6, 6],
      untranslated: [4, 4],
      omission: [5, 5],
      addition: [10, 10],
      "repeated-word": [2, 2],
      whitespace: [4, 4],
      glossary: [4, 4],
    },
  },
  fr: {
    clean: 8,
    planted: 12,
    checks: {
      "name-consistency": [11, 11],
      "number-mismatch": [9, 9],
      "date-mismatch": [7, 7],
      quotes: [5, 5],
      untranslated: [2, 2],
      omission: [3, 3],
      addition: [13, 13],
      "repeated-word": [2, 2],
      whitespace: [4, 4],
      glossary: [2, 2],
    },
  },
} as const;

describe.each(["en", "fr"] as const)("evaluation articles, Arabic → %s", (lang) => {
  const results = loadEvalArticles(lang).map(evaluateArticle);
  const bar = BAR[lang];

  it("has the articles the bar was set on", () => {
    expect(results.filter((r) => r.article.kind === "clean").length).toBe(bar.clean);
    expect(results.filter((r) => r.article.kind === "planted").length).toBe(bar.planted);
  });

  it("gives no major or critical finding on any clean article", () => {
    const alarms = results
      .filter((r) => r.article.kind === "clean")
      .flatMap((r) =>
        r.findings
          .filter((f) => f.severity === "major" || f.severity === "critical")
          .map((f) => `${r.article.id}: ${f.check} ${f.side} ${f.paragraph} «${f.text}»`),
      );
    expect(alarms).toEqual([]);
  });

  it("gives no engine error (a check that throws, a finding whose span is not its text)", () => {
    expect(results.flatMap((r) => r.errors.map((e) => `${r.article.id}: ${e.check} ${e.message}`))).toEqual([]);
  });

  it.each(Object.entries(bar.checks))("%s: planted defects found at least as often as when the bar was set", (check, [planted, atLeast]) => {
    const score = scoreByCheck(results).find((s) => s.check === check)!;
    const missed = results.flatMap((r) =>
      r.missed.filter((d) => d.check === check).map((d) => `${r.article.id}: ${d.side ?? "target"} ${d.paragraph} «${d.text}»`),
    );
    expect(score.planted).toBe(planted);
    expect(score.found, `missed:\n${missed.join("\n")}`).toBeGreaterThanOrEqual(atLeast);
  });
});
