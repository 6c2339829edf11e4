import { describe, expect, it } from "vitest";
import { untranslatedCheck } from "../../lib/qa/checks/untranslated";
import { makeContext, runOnPair, spanIsExact } from "../fixtures/qa/context";

describe("untranslated check", () => {
  const good: Array<{ source: string; target: string; targetLang?: string; sourceLang?: string }> = [
    { source: "وصل الوفد إلى القاهرة", target: "The delegation arrived in Cairo" },
    { source: "بلغ العدد ١٢٣ شخصا", target: "The number reached ١٢٣ people" },
    { source: "غرد على حسابه", target: "He tweeted #غزة_تنتصر from @الجزيرة" },
    { source: "الرابط", target: "See https://example.org/مقال/غزة for details" },
    { source: "صحة", target: "Health" },
    // Arabic target: its own script is not untranslated.
    { source: "The delegation arrived in Cairo", target: "وصل الوفد إلى القاهرة", sourceLang: "en", targetLang: "ar" },
    { source: "Le délégué est arrivé", target: "رسید نماینده", sourceLang: "fr", targetLang: "fa" },
    // Same-script languages: a name-only paragraph may be identical.
    { source: "Jean Dupont", target: "Jean Dupont", sourceLang: "fr", targetLang: "en" },
    { source: "2024", target: "2024" },
  ];
  it.each(good)("no finding: $target", ({ source, target, sourceLang, targetLang }) => {
    expect(runOnPair(untranslatedCheck, source, target, { sourceLang: sourceLang ?? "ar", targetLang: targetLang ?? "en" })).toEqual([]);
  });

  const bad: Array<{ source: string; target: string; texts: string[]; code: string; severity: string; targetLang?: string; sourceLang?: string }> = [
    { source: "قال المتحدث إن الوضع مستقر", target: "The spokesman said الوضع مستقر today", texts: ["الوضع مستقر"], code: "source-script", severity: "major" },
    { source: "زار الرئيس غزة والضفة", target: "The president visited غزة and the الضفة", texts: ["غزة", "الضفة"], code: "source-script", severity: "major" },
    { source: "النكبة", target: "The Nakba (النكبة) began", texts: ["النكبة"], code: "source-script-gloss", severity: "minor" },
    { source: "وصل الوفد إلى القاهرة", target: "وصل الوفد إلى القاهرة", texts: ["وصل الوفد إلى القاهرة"], code: "identical", severity: "major" },
    { source: "  وصل الوفد  ", target: "وصل الوفد ", texts: ["وصل الوفد"], code: "identical", severity: "major" },
    { source: "La délégation est arrivée au Caire hier", target: "La délégation est arrivée au Caire hier", texts: ["La délégation est arrivée au Caire hier"], code: "identical", severity: "major", sourceLang: "fr", targetLang: "en" },
    { source: "مُحَمَّد", target: "Mohammed (مُحَمَّد) and مُحَمَّدٌ said", texts: ["مُحَمَّد", "مُحَمَّدٌ"], code: "", severity: "" },
    { source: "שלום", target: "He said שלום עליכם twice", texts: ["שלום עליכם"], code: "source-script", severity: "major", sourceLang: "he" },
  ];
  it.each(bad)("flags $texts in: $target", ({ source, target, texts, code, severity, sourceLang, targetLang }) => {
    const context = makeContext([source], [target], { sourceLang: sourceLang ?? "ar", targetLang: targetLang ?? "en" });
    const findings = untranslatedCheck.run(context);
    expect(findings.map((finding) => finding.text)).toEqual(texts);
    for (const finding of findings) {
      expect(spanIsExact(finding, context)).toBe(true);
      if (code) expect(finding.messageKey).toBe(`qa:untranslated.${code}`);
      if (severity) expect(finding.severity).toBe(severity);
      expect(finding.side).toBe("target");
    }
  });

  it("checks each target paragraph of a merged group against its own sources", () => {
    const context = makeContext(["الأول", "الثاني"], ["First and الثاني"], { alignment: [{ source: [0, 1], target: [0] }] });
    expect(untranslatedCheck.run(context).map((finding) => [finding.paragraph, finding.text])).toEqual([[0, "الثاني"]]);
  });
});
