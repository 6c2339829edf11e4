import { describe, expect, it } from "vitest";
import { countWords, DEFAULT_PASS_THRESHOLD, scoreFindings } from "../../lib/qa/score";
import type { Severity } from "../../lib/qa/mqm";

const items = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe("scoreFindings", () => {
  it("uses the documented default threshold", () => {
    expect(DEFAULT_PASS_THRESHOLD).toBe(10);
    expect(scoreFindings([], 100).threshold).toBe(10);
  });

  const cases: Array<{ severities: Severity[]; words: number; threshold?: number; penalty: number; per1000: number; pass: boolean }> = [
    { severities: [], words: 500, penalty: 0, per1000: 0, pass: true },
    { severities: ["minor"], words: 1000, penalty: 1, per1000: 1, pass: true },
    { severities: ["major", "major"], words: 1000, penalty: 10, per1000: 10, pass: true },
    { severities: ["major", "major", "minor"], words: 1000, penalty: 11, per1000: 11, pass: false },
    { severities: ["critical"], words: 5000, penalty: 25, per1000: 5, pass: true },
    { severities: ["critical", "neutral"], words: 2000, penalty: 25, per1000: 12.5, pass: false },
    { severities: ["minor", "minor", "minor"], words: 700, penalty: 3, per1000: 4.29, pass: true },
    { severities: ["major"], words: 300, threshold: 20, penalty: 5, per1000: 16.67, pass: true },
    { severities: ["minor"], words: 0, penalty: 1, per1000: 1000, pass: false },
    { severities: [], words: 0, penalty: 0, per1000: 0, pass: true },
  ];
  it.each(cases)("$severities over $words words", ({ severities, words, threshold, penalty, per1000, pass }) => {
    const score = scoreFindings(items(...severities), words, threshold);
    expect(score).toEqual({ penalty, sourceWords: words, penaltyPer1000Words: per1000, threshold: threshold ?? 10, pass });
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
