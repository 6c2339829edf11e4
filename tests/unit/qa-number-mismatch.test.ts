import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { numberMismatchCheck } from "../../lib/qa/checks/number-mismatch";
import type { QaContext } from "../../lib/qa/types";

interface PairCase {
  topic?: string;
  lang: string;
  source: string;
  target: string;
  from?: string;
  to?: string;
}

const data = JSON.parse(readFileSync(new URL("../fixtures/qa-numbers/numbers-eval.json", import.meta.url), "utf8")) as { cases: PairCase[]; cleanOnly: PairCase[] };

function context(source: string[], target: string[], targetLang = "en"): QaContext {
  return { sourceLang: "ar", targetLang, source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary: [] };
}

const run = (source: string, target: string, lang = "en") => numberMismatchCheck.run(context([source], [target], lang));

describe("number-mismatch: table", () => {
  const good: Array<[string, string, string]> = [
    ["وصل 500 أسير", "500 prisoners arrived", "en"],
    ["وصل ٥٠٠ أسير", "500 prisoners arrived", "en"],
    ["الساعة 02:17 م", "at 2:17 pm", "en"],
    ["الساعة 14:17", "at 2:17 pm", "en"],
    ["بلغت الخسائر 3 ملايين دولار", "Losses reached $3 million", "en"],
    ["بلغت الخسائر 1.5 مليار دولار", "Losses reached 1.5 billion dollars", "en"],
    ["قتل ثلاثة جنود", "Three soldiers were killed", "en"],
    ["قتل 3 جنود", "Three soldiers were killed", "en"],
    ["نسبة 50 في المئة", "a rate of 50%", "en"],
    ["هدنة مدتها 40 يوما", "a 40-day truce", "en"],
    ["في 5/3/2024", "on 5 March 2024", "en"],
    ["خلال يومين", "within 2 days", "en"],
    ["بلغ العجز 4.5 مليار دولار", "Le déficit a atteint 4,5 milliards de dollars", "fr"],
    ["استقبل 1500 مريض", "Il a accueilli 1 500 patients", "fr"],
    ["تغلق مراكز الاقتراع في الساعة الخامسة مساء", "Les bureaux de vote ferment à 17 heures", "fr"],
    ["تغلق مراكز الاقتراع في الساعة 17", "Les bureaux de vote ferment à 17 h", "fr"],
    ["تغلق مراكز الاقتراع في الساعة 17:00", "Les bureaux de vote ferment à 17 h", "fr"],
    ["يبدأ الاجتماع في الساعة 09:00", "The meeting starts at 9 am", "en"],
  ];
  it.each(good)("clean: %s ↔ %s", (source, target, lang) => {
    expect(run(source, target, lang)).toEqual([]);
  });

  const bad: Array<[string, string, string, string, string | undefined]> = [
    ["وصل 500 أسير", "600 prisoners arrived", "en", "600", "500"],
    ["وصل ٥٠٠ أسير", "50 prisoners arrived", "en", "50", "500"],
    ["بلغت الخسائر 3 ملايين دولار", "Losses reached $3 billion", "en", "3 billion", "3 million"],
    ["الساعة 02:17 م", "at 3:17 pm", "en", "3", "2"],
    ["قتل ثلاثة جنود", "Four soldiers were killed", "en", "Four", undefined],
    ["نسبة 50 في المئة", "a rate of 15%", "en", "15%", "50%"],
    ["بلغ العجز 4.5 مليار دولار", "Le déficit a atteint 5,4 milliards de dollars", "fr", "5,4 milliards", "4,5 milliards"],
    ["تغلق مراكز الاقتراع في الساعة 17", "Les bureaux de vote ferment à 18 heures", "fr", "18", "17"],
    ["يبدأ الاجتماع في الساعة 09:30", "The meeting starts at 9:45 am", "en", "45", "30"],
  ];
  it.each(bad)("mismatch: %s ↔ %s", (source, target, lang, span, suggestion) => {
    const findings = run(source, target, lang);
    const finding = findings.find((f) => f.side === "target");
    expect(finding?.text).toBe(span);
    expect(finding?.severity).toBe("major");
    expect(finding?.messageKey.startsWith("qa:number-mismatch.")).toBe(true);
    if (suggestion !== undefined) expect(finding?.suggestion).toBe(suggestion);
    expect(target.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it("reports a source number missing from the translation on the source side", () => {
    const findings = run("أصيب 12 شخصا في 3 حوادث", "12 people were injured in accidents");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ side: "source", text: "3", messageKey: "qa:number-mismatch.missing" });
  });

  it("compares whole alignment groups (two source paragraphs, one target)", () => {
    const ctx: QaContext = { ...context(["قتل 5", "وأصيب 7"], ["5 killed and 7 wounded"]), alignment: [{ source: [0, 1], target: [0] }] };
    expect(numberMismatchCheck.run(ctx)).toEqual([]);
    const wrong = { ...ctx, target: ["5 killed and 9 wounded"] };
    expect(numberMismatchCheck.run(wrong).map((f) => [f.side, f.text])).toEqual([["target", "9"]]);
  });
});

describe("number-mismatch: invented evaluation set", () => {
  it("has at least 30 injected and 30 clean pairs", () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(30);
    expect(data.cases.length + data.cleanOnly.length).toBeGreaterThanOrEqual(30);
  });

  it("gives no major finding on clean pairs", () => {
    const noisy = [...data.cases, ...data.cleanOnly].filter((c) => run(c.source, c.target, c.lang).some((f) => f.severity === "major"));
    expect(noisy.map((c) => c.target)).toEqual([]);
  });

  it("finds at least 90% of the injected errors, at the injected span", () => {
    let found = 0;
    for (const c of data.cases) {
      const at = c.target.indexOf(c.from!);
      expect(at).toBeGreaterThanOrEqual(0);
      const target = c.target.slice(0, at) + c.to! + c.target.slice(at + c.from!.length);
      const findings = run(c.source, target, c.lang);
      if (findings.some((f) => f.side === "target" && f.start >= at && f.end <= at + c.to!.length)) found++;
    }
    expect(found / data.cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("number-mismatch: sample article", () => {
  it("finds nothing on the correctly translated numbers of cairo-talks", () => {
    const read = (name: string): string[] => readFileSync(new URL(`../../fixtures/cairo-talks/${name}`, import.meta.url), "utf8").replace(/\n$/, "").split("\n");
    const ar = read("ar.txt");
    const en = read("en.txt");
    const alignment = [
      ...Array.from({ length: 11 }, (_, k) => ({ source: [k], target: [k] })),
      { source: [11, 12], target: [11] },
      ...Array.from({ length: 5 }, (_, k) => ({ source: [13 + k], target: [12 + k] })),
    ];
    const findings = numberMismatchCheck.run({ sourceLang: "ar", targetLang: "en", source: ar, target: en, alignment, glossary: [] });
    expect(findings.filter((f) => f.severity === "major")).toEqual([]);
  });
});

describe("number-mismatch: robustness", () => {
  it("never throws and keeps spans inside paragraphs on odd input", () => {
    const odd = ["", "٫٬،", "1,,2..3", "\u202f1\u202f200\u202f", "%٪ 99:99 24:00 pm", "\ud800 12 \udfff", "٣".repeat(400), "مليون مليار ألف آلاف"];
    for (const s of odd) {
      for (const t of odd) {
        const ctx = context([s], [t]);
        const findings = numberMismatchCheck.run({ ...ctx, alignment: [{ source: [0, 5], target: [0, 7] }] });
        for (const f of findings) {
          const text = (f.side === "source" ? ctx.source : ctx.target)[f.paragraph]!;
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }
    }
  });
});
