import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dateMismatchCheck } from "../../lib/qa/checks/date-mismatch";
import type { QaContext } from "../../lib/qa/types";

interface PairCase {
  lang: string;
  source: string;
  target: string;
  from?: string;
  to?: string;
}

const data = JSON.parse(readFileSync(new URL("../fixtures/qa-numbers/dates-eval.json", import.meta.url), "utf8")) as { cases: PairCase[]; cleanOnly: PairCase[] };

function context(source: string[], target: string[], targetLang = "en"): QaContext {
  return { sourceLang: "ar", targetLang, source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary: [] };
}
const run = (source: string, target: string, lang = "en") => dateMismatchCheck.run(context([source], [target], lang));

describe("date-mismatch: table", () => {
  const good: Array<[string, string, string]> = [
    ["اليوم الثلاثاء", "on Tuesday", "en"],
    ["يوم الأحد", "on Sunday", "en"],
    ["في 24 نوفمبر/تشرين الثاني", "on November 24", "en"],
    ["في 10 كانون الثاني", "on January 10", "en"],
    ["في 5/3/2024", "on 5 March 2024", "en"],
    ["قبل حلول شهر رمضان", "before Ramadan", "en"],
    ["قال أمس", "said on Monday", "en"],
    ["الثلاثاء 5/3/2024", "Tue 05 Mar 2024", "en"],
    ["قالت الرئاسة الثلاثاء", "La présidence a déclaré mardi", "fr"],
  ];
  it.each(good)("clean: %s ↔ %s", (source, target, lang) => {
    expect(run(source, target, lang)).toEqual([]);
  });

  const bad: Array<[string, string, string, string, string, string]> = [
    ["اليوم الثلاثاء", "on Thursday", "en", "Thursday", "Tuesday", "qa:date-mismatch.weekday"],
    ["يوم الأحد", "on Saturday", "en", "Saturday", "Sunday", "qa:date-mismatch.weekday"],
    ["في 24 نوفمبر/تشرين الثاني", "on December 24", "en", "December", "November", "qa:date-mismatch.month"],
    ["في 10 كانون الثاني", "on December 10", "en", "December", "January", "qa:date-mismatch.month"],
    ["في 15 شباط", "on 15 Mar", "en", "Mar", "Feb", "qa:date-mismatch.month"],
    ["قالت الرئاسة الثلاثاء", "La présidence a déclaré jeudi", "fr", "jeudi", "mardi", "qa:date-mismatch.weekday"],
  ];
  it.each(bad)("mismatch: %s ↔ %s", (source, target, lang, span, suggestion, key) => {
    const findings = run(source, target, lang);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ side: "target", text: span, suggestion, messageKey: key, severity: "major" });
    expect(target.slice(findings[0]!.start, findings[0]!.end)).toBe(span);
  });
});

describe("date-mismatch: invented evaluation set", () => {
  it("has at least 30 injected pairs", () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(30);
  });

  it("gives no finding on clean pairs", () => {
    const noisy = [...data.cases, ...data.cleanOnly].filter((c) => run(c.source, c.target, c.lang).length > 0);
    expect(noisy.map((c) => c.target)).toEqual([]);
  });

  it("finds at least 90% of the injected errors, at the injected span", () => {
    let found = 0;
    for (const c of data.cases) {
      const at = c.target.indexOf(c.from!);
      expect(at).toBeGreaterThanOrEqual(0);
      const target = c.target.slice(0, at) + c.to! + c.target.slice(at + c.from!.length);
      if (run(c.source, target, c.lang).some((f) => f.start === at && f.end === at + c.to!.length)) found++;
    }
    expect(found / data.cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("date-mismatch: sample article and robustness", () => {
  it("finds nothing on cairo-talks", () => {
    const read = (name: string): string[] => readFileSync(new URL(`../../fixtures/cairo-talks/${name}`, import.meta.url), "utf8").replace(/\n$/, "").split("\n");
    const ar = read("ar.txt");
    const en = read("en.txt");
    const alignment = [
      ...Array.from({ length: 11 }, (_, k) => ({ source: [k], target: [k] })),
      { source: [11, 12], target: [11] },
      ...Array.from({ length: 5 }, (_, k) => ({ source: [13 + k], target: [12 + k] })),
    ];
    expect(dateMismatchCheck.run({ sourceLang: "ar", targetLang: "en", source: ar, target: en, alignment, glossary: [] })).toEqual([]);
  });

  it("never throws on odd input", () => {
    const odd = ["", "الأحد الأحد", "Mon Tue 99/99/9999", "\ud800May 5", "كانون", "تشرين الأول/"];
    for (const s of odd) for (const t of odd) {
      const findings = run(s, t);
      for (const f of findings) expect(t.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
