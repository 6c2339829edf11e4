import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runQa } from "../../lib/qa/run";
import { hasLexicon, lexiconConceptIds, type LexiconLanguage } from "../../lib/text/lexicon/concepts";

function shared(ar: string, target: string, lang: LexiconLanguage): number {
  const targetIds = lexiconConceptIds(target, lang);
  return lexiconConceptIds(ar, "ar").filter((id) => targetIds.includes(id)).length;
}

describe("lexiconConceptIds", () => {
  it.each([
    ["clitics and the article are removed (والحكومة, للحكومة, بالوزارة)", "والحكومة للحكومة بالوزارة", "the government and the ministry", "en", 2],
    ["a future verb with its prefix (سيعلن) and an imperfect (يؤكد)", "سيعلن الوزير ويؤكد", "the minister will announce and confirm", "en", 3],
    ["French with elision and accents", "أعلنت الحكومة ارتفاع الأسعار في المدن", "Le gouvernement a annoncé la hausse des prix dans les villes", "fr", 5],
    ["a sentence and its translation share most listed words", "وقضت المحكمة بسجن المتهم خمس سنوات بتهمة الفساد", "The court sentenced the defendant to five years in prison for corruption", "en", 5],
    ["two unrelated sentences share none", "وقضت المحكمة بسجن المتهم خمس سنوات بتهمة الفساد", "Heavy rain flooded several villages in the north", "en", 0],
  ] as const)("%s", (_name, ar, target, lang, expected) => expect(shared(ar, target, lang)).toBe(expected));

  it("takes the longest listed stem: دينار is the dinar, not debt (دين)", () => {
    expect(shared("مليون دينار", "a million dinars", "en")).toBe(2);
    expect(shared("دينار", "debt", "en")).toBe(0);
  });

  it("an exact-only stem does not match longer words: French cour, not cours", () => {
    expect(shared("المحكمة", "la cour", "fr")).toBe(1);
    expect(shared("المحكمة", "au cours de la semaine", "fr")).toBe(0);
  });

  it("reads only its own script and returns each concept once", () => {
    expect(lexiconConceptIds("government Government gouvernement", "ar")).toEqual([]);
    expect(lexiconConceptIds("الحكومة والحكومة", "en")).toEqual([]);
    expect(lexiconConceptIds("الحكومة والحكومة", "ar")).toHaveLength(1);
  });

  it("knows Arabic, English and French", () => {
    expect(["ar", "en", "fr", "es", "de"].map((lang) => hasLexicon(lang))).toEqual([true, true, true, false, false]);
  });
});

const ar = {
  budget: "ناقش مجلس الوزراء يوم الأحد مشروع الموازنة العامة للعام المقبل.",
  deficit: "ويتوقع المشروع عجزا بنسبة 4% من الناتج المحلي.",
  unions: "ورفضت النقابات خطة الحكومة لتجميد الأجور في القطاع العام.",
  strike: "ودعت إلى إضراب عام في جميع المدن يوم الخميس المقبل.",
  police: "وأعلنت الشرطة اعتقال ثلاثة أشخاص بعد اشتباكات قرب البرلمان.",
};
const en = {
  budget: "The cabinet on Sunday discussed the draft general budget for next year.",
  deficit: "The draft forecasts a deficit of 4% of gross domestic product.",
  unions: "The unions rejected the government's plan to freeze wages in the public sector.",
  strike: "They called for a general strike in all cities next Thursday.",
  police: "Police announced the arrest of three people after clashes near parliament.",
};
const sentenceFindings = (source: string[], target: string[]) =>
  runQa({ sourceLang: "ar", targetLang: "en", source, target, checks: ["omission", "addition"] }).findings.map((finding) => [finding.messageKey, finding.paragraph, finding.text]);

describe("sentence gaps around paragraph breaks", () => {
  it("a dropped first sentence is reported as such, not as a whole paragraph omitted and another added", () => {
    const source = [`${ar.budget} ${ar.deficit}`, `${ar.unions} ${ar.strike}`, ar.police];
    const target = [`${en.budget} ${en.deficit}`, en.strike, en.police];
    expect(sentenceFindings(source, target)).toEqual([["qa:omission.sentence", 1, ar.unions]]);
  });

  it("a sentence moved across a paragraph break by the translator is not reported", () => {
    const source = [`${ar.budget} ${ar.deficit}`, `${ar.unions} ${ar.strike}`, ar.police];
    const target = [`${en.budget} ${en.deficit} ${en.unions}`, en.strike, en.police];
    expect(sentenceFindings(source, target)).toEqual([]);
  });

  it("two sentences swapped inside a paragraph are not reported", () => {
    const source = [`${ar.budget} ${ar.deficit} ${ar.unions}`, ar.police];
    const target = [`${en.budget} ${en.unions} ${en.deficit}`, en.police];
    expect(sentenceFindings(source, target)).toEqual([]);
  });

  it("an added sentence in the middle of a paragraph is reported with its span", () => {
    const source = [`${ar.budget} ${ar.unions}`, ar.police];
    const target = [`${en.budget} ${en.strike} ${en.unions}`, en.police];
    expect(sentenceFindings(source, target)).toEqual([["qa:addition.sentence", 0, en.strike]]);
  });

  it("a wholly untranslated paragraph keeps its paragraph finding: sharing a word with the group's translation does not explain it", () => {
    const cabinet = "وقالت الحكومة إن الموازنة تهدف إلى خفض العجز وتحسين الخدمات العامة في المدن.";
    const cabinetEn = "The government said the budget aims to cut the deficit and improve public services in cities.";
    expect(sentenceFindings([ar.budget, ar.unions, cabinet, ar.police], [en.budget, cabinetEn, en.police])).toEqual([["qa:omission.in-merged-group", 1, ar.unions]]);
  });

  it("a quotation the translator splits off its sentence, with a new attribution, is not an addition (clean evaluation article)", () => {
    const article = JSON.parse(readFileSync("tests/fixtures/qa-eval/en/courts-tunisia-conspiracy.json", "utf8")) as { source: string[]; target: string[] };
    expect(article.target[3]).toContain("The trial, he said, “lacked the most basic conditions of justice”.");
    expect(sentenceFindings(article.source, article.target)).toEqual([]);
  });

  it("a 40,000-word paragraph on each side completes quickly, with no sentence finding", () => {
    const source = [Array.from({ length: 4_000 }, () => ar.unions).join(" ")];
    const target = [Array.from({ length: 3_000 }, () => en.unions).join(" ")];
    const started = performance.now();
    const findings = sentenceFindings(source, target);
    expect(findings.filter(([key]) => String(key).endsWith(".sentence"))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
