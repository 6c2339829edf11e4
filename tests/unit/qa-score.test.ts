import { describe, expect, it } from "vitest";
import { countWords, DEFAULT_PASS_THRESHOLD, qualityScore, scoreFindings, WORD_BASE } from "../../lib/qa/score";
import type { Severity } from "../../lib/qa/mqm";

const items = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe("scoreFindings", () => {
  it("uses the documented default threshold and word base", () => {
    expect(DEFAULT_PASS_THRESHOLD).toBe(99);
    expect(WORD_BASE).toBe(250);
    expect(scoreFindings([], 100).threshold).toBe(99);
  });

  // quality = 100 − penalty × 100 / max(words, 250), rounded down to one decimal; pass at quality >= threshold.
  const cases: Array<{ severities: Severity[]; words: number; threshold?: number; penalty: number; quality: number; pass: boolean }> = [
    { severities: ["minor"], words: 50, penalty: 1, quality: 99.6, pass: true },
    { severities: ["major"], words: 50, penalty: 5, quality: 98, pass: false },
    { severities: ["major", "major"], words: 1000, penalty: 10, quality: 99, pass: true },
    { severities: ["major", "major", "minor"], words: 1000, penalty: 11, quality: 98.9, pass: false },
    { severities: [], words: 500, penalty: 0, quality: 100, pass: true },
    { severities: ["critical"], words: 5000, penalty: 25, quality: 99.5, pass: true },
    { severities: ["critical", "neutral"], words: 2000, penalty: 25, quality: 98.7, pass: false },
    { severities: ["minor", "minor", "minor"], words: 700, penalty: 3, quality: 99.5, pass: true },
    { severities: ["major", "minor"], words: 458, penalty: 6, quality: 98.6, pass: false },
    { severities: ["major", "minor"], words: 458, threshold: 98.5, penalty: 6, quality: 98.6, pass: true },
    { severities: ["major"], words: 300, threshold: 98.4, penalty: 5, quality: 98.3, pass: false },
    { severities: ["minor"], words: 250, penalty: 1, quality: 99.6, pass: true },
    { severities: ["minor"], words: 0, penalty: 1, quality: 99.6, pass: true },
    { severities: [], words: 0, penalty: 0, quality: 100, pass: true },
    { severities: ["critical", "critical", "critical", "critical", "critical"], words: 100, penalty: 125, quality: 50, pass: false },
    { severities: Array<Severity>(20).fill("critical"), words: 100, threshold: 0, penalty: 500, quality: 0, pass: true },
  ];
  it.each(cases)("$severities over $words words", ({ severities, words, threshold, penalty, quality, pass }) => {
    const score = scoreFindings(items(...severities), words, threshold);
    expect(score).toEqual({ quality, threshold: threshold ?? 99, pass, penalty, sourceWords: words, wordBase: 250 });
  });

  it("never rounds a failing score up into a pass", () => {
    // 100 − 26 × 100 / 2600 = 99.0 exactly passes; 100 − 27 × 100 / 2600 = 98.96… is shown and judged as 98.9.
    expect(qualityScore(26, 2600)).toBe(99);
    expect(qualityScore(27, 2600)).toBe(98.9);
    expect(scoreFindings(items(...Array<Severity>(27).fill("minor")), 2600).pass).toBe(false);
  });
});

describe("countWords", () => {
  const cases: Array<[string, string, number]> = [
    ["قالت مصادر للجزيرة اليوم الثلاثاء إن اللقاء لم يسفر عن اختراق.", "ar", 11],
    ["Talks in Cairo end without a breakthrough.", "en", 7],
    ["It ended on 5/3/2024 at 2:17 pm — really!", "en", 8],
    ["الثلاثاء 5/3/2024 02:17 م (بتوقيت القدس)", "ar", 6],
    ["加沙停火谈判结束", "zh", 4],
    ["", "en", 0],
    ["  ... — !!", "en", 0],
  ];
  it.each(cases)("%s (%s) → %d", (text, lang, expected) => {
    expect(countWords(text, lang)).toBe(expected);
  });

  it("sums an array of paragraphs", () => {
    expect(countWords(["وصل الوفد", "إلى القاهرة اليوم"], "ar")).toBe(5);
  });
});
