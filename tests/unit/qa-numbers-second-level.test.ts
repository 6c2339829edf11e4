import { describe, expect, it } from "vitest";
import { dateMismatchCheck } from "../../lib/qa/checks/date-mismatch";
import { numberMismatchCheck } from "../../lib/qa/checks/number-mismatch";
import type { QaContext } from "../../lib/qa/types";
import { extractDates } from "../../lib/text/dates";
import { extractNumbers } from "../../lib/text/numbers";
import { evaluate, loadSecondLevelArticles } from "../fixtures/qa-numbers/evaluate";

// Second-level number and date checks: percentage points, Arabic compound and fraction words, ordinals, set
// phrases, French/Spanish number formats, Levantine/Maghrebi/Hijri months, and wrong days or years inside dates.

type Mention = [text: string, value: number, strength: "hard" | "weak", unit: "" | "%" | "percentage" | "bare"];

const mentions = (text: string, lang: string): Mention[] =>
  extractNumbers(text, lang).map((m) => [m.text, m.value, m.weak ? "weak" : "hard", m.percent ? "%" : (m.points ?? "")]);

describe("extractNumbers: second level, per class", () => {
  const rows: Array<[klass: string, text: string, lang: string, expected: Mention[]]> = [
    // percentage points
    ["points", "رفع الفائدة ثلاث نقاط مئوية", "ar", [["ثلاث نقاط مئوية", 3, "hard", "percentage"]]],
    ["points", "نقطتين مئويتين", "ar", [["نقطتين مئويتين", 2, "hard", "percentage"]]],
    ["points", "بنصف نقطة مئوية", "ar", [["بنصف نقطة مئوية", 0.5, "hard", "percentage"]]],
    ["points", "by 3 percentage points", "en", [["3 percentage points", 3, "hard", "percentage"]]],
    ["points", "de 3 points de pourcentage", "fr", [["3 points de pourcentage", 3, "hard", "percentage"]]],
    ["points", "bajó dos puntos porcentuales", "es", [["dos puntos porcentuales", 2, "hard", "percentage"]]],
    ["points", "برصيد 21 نقطة", "ar", [["21", 21, "hard", "bare"]]],
    ["points", "avec 21 points", "fr", [["21", 21, "hard", "bare"]]],
    ["points", "a rate of 3%", "en", [["3%", 3, "hard", "%"]]],
    // Arabic compound, dual and fraction words
    ["arabic", "مليونان و250 ألفا", "ar", [["مليونان و250 ألفا", 2250000, "hard", ""]]],
    ["arabic", "مليونين و250 ألف سائح", "ar", [["مليونين و250 ألف", 2250000, "hard", ""]]],
    ["arabic", "ألفان", "ar", [["ألفان", 2000, "hard", ""]]],
    ["arabic", "ألفان وخمسمئة عامل", "ar", [["ألفان وخمسمئة", 2500, "hard", ""]]],
    ["arabic", "مليون ونصف طفل", "ar", [["مليون ونصف", 1500000, "hard", ""]]],
    ["arabic", "ثلاثة ملايين ونصف", "ar", [["ثلاثة ملايين ونصف", 3500000, "hard", ""]]],
    ["arabic", "نصف مليون", "ar", [["نصف مليون", 500000, "hard", ""]]],
    ["arabic", "ربع مليون", "ar", [["ربع مليون", 250000, "hard", ""]]],
    ["arabic", "13 ألفا و500 مكتب", "ar", [["13 ألفا و500", 13500, "hard", ""]]],
    ["arabic", "ثمانية ملايين و800 ألف", "ar", [["ثمانية ملايين و800 ألف", 8800000, "hard", ""]]],
    ["arabic", "مليارا و200 مليون دولار", "ar", [["مليارا و200 مليون", 1200000000, "hard", ""]]],
    ["arabic", "خمسة عشر ألف عامل", "ar", [["خمسة عشر ألف", 15000, "hard", ""]]],
    ["arabic", "نصف الناخبين", "ar", [["نصف", 0.5, "weak", ""]]],
    // a noun between: two quantities, not one
    ["arabic", "قتل 20 ألف مدني و300 جندي", "ar", [["20 ألف", 20000, "hard", ""], ["300", 300, "hard", ""]]],
    ["arabic", "بلغ ٣٫٥ مليار و١٬٢٠٠", "ar", [["٣٫٥ مليار", 3500000000, "hard", ""], ["١٬٢٠٠", 1200, "hard", ""]]],
    // ordinals
    ["ordinals", "المستشفى الحادي عشر", "ar", [["الحادي عشر", 11, "hard", ""]]],
    ["ordinals", "للمرة الحادية عشرة", "ar", [["الحادية عشرة", 11, "hard", ""]]],
    ["ordinals", "اليوم الخامس والعشرين", "ar", [["الخامس والعشرين", 25, "hard", ""]]],
    ["ordinals", "في كانون الثاني", "ar", []],
    ["ordinals", "the eleventh", "en", [["eleventh", 11, "hard", ""]]],
    ["ordinals", "the twenty-first century", "en", [["twenty-first", 21, "hard", ""]]],
    ["ordinals", "the third", "en", [["third", 3, "weak", ""]]],
    ["ordinals", "la onzième place", "fr", [["onzième", 11, "hard", ""]]],
    ["ordinals", "la vingt-deuxième édition", "fr", [["vingt-deuxième", 22, "hard", ""]]],
    ["ordinals", "le trente et unième", "fr", [["trente et unième", 31, "hard", ""]]],
    ["ordinals", "por undécima vez", "es", [["undécima", 11, "hard", ""]]],
    // set phrases are not quantities
    ["idioms", "ouvertes 24 heures sur 24 et 7 jours sur 7", "fr", [["24", 24, "weak", ""], ["24", 24, "weak", ""], ["7", 7, "weak", ""], ["7", 7, "weak", ""]]],
    ["idioms", "round the clock, 24/7", "en", [["24", 24, "weak", ""], ["7", 7, "weak", ""]]],
    ["idioms", "seven days a week", "en", [["seven", 7, "weak", ""]]],
    ["idioms", "las 24 horas del día", "es", [["24", 24, "weak", ""]]],
    ["idioms", "24 ساعة في اليوم", "ar", [["24", 24, "weak", ""]]],
    ["idioms", "en 48 heures", "fr", [["48", 48, "hard", ""]]],
    ["idioms", "in 24 hours", "en", [["24", 24, "hard", ""]]],
    // French and Spanish formats
    ["formats", "340\u00a0000 personnes", "fr", [["340\u00a0000", 340000, "hard", ""]]],
    ["formats", "340\u202f000 personnes", "fr", [["340\u202f000", 340000, "hard", ""]]],
    ["formats", "soit 4,5\u202f%", "fr", [["4,5\u202f%", 4.5, "hard", "%"]]],
    ["formats", "1,7 million d'euros", "fr", [["1,7 million", 1700000, "hard", ""]]],
    ["formats", "340.000 personas", "es", [["340.000", 340000, "hard", ""]]],
    ["formats", "1,4 billones de dólares", "es", [["1,4 billones", 1400000000000, "hard", ""]]],
    ["formats", "Dos millones doscientas cincuenta mil personas", "es", [["Dos millones doscientas cincuenta mil", 2250000, "hard", ""]]],
    ["formats", "mil doscientos", "es", [["mil doscientos", 1200, "hard", ""]]],
    ["formats", "half a million", "en", [["half a million", 500000, "hard", ""]]],
  ];
  it.each(rows)("%s: %s (%s)", (_klass, text, lang, expected) => {
    expect(mentions(text, lang)).toEqual(expected);
  });
});

describe("extractDates: second level", () => {
  const rows: Array<[text: string, lang: string, expected: Array<[kind: string, text: string, value: number, calendar: string]>]> = [
    ["في 1 ذو القعدة 1445 هـ", "ar", [["day", "1", 1, "hijri"], ["month", "ذو القعدة", 11, "hijri"], ["year", "1445", 1445, "hijri"]]],
    [
      "15 رمضان 1445 الموافق 25 مارس 2024",
      "ar",
      [["day", "15", 15, "hijri"], ["month", "رمضان", 9, "hijri"], ["year", "1445", 1445, "hijri"], ["day", "25", 25, "gregorian"], ["month", "مارس", 3, "gregorian"], ["year", "2024", 2024, "gregorian"]],
    ],
    ["سنة 1445 للهجرة", "ar", [["year", "1445", 1445, "hijri"]]],
    ["el pasado julio", "es", [["month", "julio", 7, "gregorian"]]],
    ["في جويلية الماضي وأوت", "ar", [["month", "جويلية", 7, "gregorian"], ["month", "وأوت", 8, "gregorian"]]],
    ["في 12 أيار 2024", "ar", [["day", "12", 12, "gregorian"], ["month", "أيار", 5, "gregorian"], ["year", "2024", 2024, "gregorian"]]],
    ["el 25 de mayo de 2024", "es", [["day", "25", 25, "gregorian"], ["month", "mayo", 5, "gregorian"], ["year", "2024", 2024, "gregorian"]]],
    ["ذو الخبرة", "ar", []],
  ];
  it.each(rows)("%s (%s)", (text, lang, expected) => {
    expect(extractDates(text, lang).map((d) => [d.kind, d.text, d.value, d.calendar])).toEqual(expected);
  });

  it("marks a year right after a month or day as part of a date, a bare year not", () => {
    const years = (text: string, lang: string) => extractDates(text, lang).filter((d) => d.kind === "year").map((d) => [d.text, d.inDate === true]);
    expect(years("on May 12, 2023 and in 1939", "en")).toEqual([["2023", true], ["1939", false]]);
    expect(years("el 25 de mayo de 2024", "es")).toEqual([["2024", true]]);
    expect(years("في 5/3/2024", "ar")).toEqual([["2024", true]]);
  });
});

function context(source: string, target: string, targetLang: string): QaContext {
  return { sourceLang: "ar", targetLang, source: [source], target: [target], alignment: [{ source: [0], target: [0] }], glossary: [] };
}

/** Major findings of both checks as [check, code, side, text]. */
function majors(source: string, target: string, targetLang: string): Array<[string, string, string, string]> {
  const ctx = context(source, target, targetLang);
  return [...numberMismatchCheck.run(ctx), ...dateMismatchCheck.run(ctx)]
    .filter((f) => f.severity === "major")
    .map((f) => [f.check, f.messageKey.split(".").pop()!, f.side, f.text]);
}

describe("number-mismatch and date-mismatch: second level, per class", () => {
  const rows: Array<[klass: string, source: string, target: string, lang: string, expected: Array<[string, string, string, string]>]> = [
    ["points", "رفع الفائدة ثلاث نقاط مئوية", "raised the rate by 3%", "en", [["number-mismatch", "percent-points", "target", "3%"]]],
    ["points", "رفع الفائدة ثلاث نقاط مئوية", "raised the rate by 3 percentage points", "en", []],
    ["points", "رفع الفائدة ثلاث نقاط مئوية", "raised the rate by three points", "en", []],
    ["points", "بتراجع 3 في المئة", "en recul de 3 points de pourcentage", "fr", [["number-mismatch", "percent-points", "target", "3 points de pourcentage"]]],
    ["points", "بنصف نقطة مئوية", "de 0,5 point de pourcentage", "fr", []],
    ["points", "بنصف نقطة مئوية", "de 0,5 %", "fr", [["number-mismatch", "percent-points", "target", "0,5 %"]]],
    ["points", "وتراجعت البطالة بمقدار نقطتين مئويتين", "El desempleo bajó dos puntos porcentuales.", "es", []],
    ["points", "برصيد 21 نقطة", "with 21 points", "en", []],
    ["arabic", "بلغ عدد السياح مليونين و250 ألف سائح", "Arrivals reached 2.25 million", "en", []],
    ["arabic", "بلغ عدد السياح مليونين و250 ألف سائح", "Arrivals reached 2.5 million", "en", [["number-mismatch", "different", "target", "2.5 million"]]],
    ["arabic", "تطعيم مليون ونصف طفل", "1.5 million children were vaccinated", "en", []],
    ["arabic", "نحو ألفين و400 منزل", "environ 2\u202f400 habitations", "fr", []],
    ["arabic", "ويعمل في القطاع نحو أربعمئة ألف شخص", "Le secteur emploie 500\u202f000 personnes", "fr", [["number-mismatch", "different", "target", "500\u202f000"]]],
    ["arabic", "وتلقى مليونان و250 ألف شخص الجرعة", "Dos millones doscientas cincuenta mil personas", "es", []],
    ["arabic", "نصف الناخبين", "50% of voters", "en", []],
    ["ordinals", "المستشفى الحادي عشر", "the 11th hospital", "en", []],
    ["ordinals", "المستشفى الحادي عشر", "the twelfth hospital", "en", [["number-mismatch", "different", "target", "twelfth"]]],
    ["ordinals", "الدورة الحادية عشرة", "la onzième édition", "fr", []],
    ["ordinals", "الدورة 11", "la douzième édition", "fr", [["number-mismatch", "different", "target", "douzième"]]],
    ["ordinals", "المركز 4", "in third place", "en", [["number-mismatch", "different", "target", "third"]]],
    ["ordinals", "أصيب 3 أشخاص", "people were hurt in the second attack", "en", [["number-mismatch", "missing", "source", "3"]]],
    ["idioms", "تعمل الصيدليات على مدار الساعة طيلة أيام الأسبوع", "ouvertes 24 heures sur 24 et 7 jours sur 7", "fr", []],
    ["idioms", "ستعمل المكاتب على مدار الساعة", "the offices will work round the clock, 24/7", "en", []],
    ["idioms", "تعمل المراكز 24 ساعة في اليوم", "the centres work round the clock", "en", []],
    ["idioms", "قد تستمر يوما أو يومين", "pourrait durer un ou deux jours", "fr", []],
    ["formats", "340 ألف شخص، أي 4.5 في المئة", "340\u00a0000 personnes, soit 4,5\u202f%", "fr", []],
    ["formats", "340 ألف شخص", "340.000 personas", "es", []],
    ["formats", "1.4 تريليون دولار", "1,4 billones de dólares", "es", []],
    ["formats", "2300 إصابة", "3 200 cas", "fr", [["number-mismatch", "different", "target", "3 200"]]],
    ["hijri", "يوم الاثنين 15 رمضان 1445 هـ الموافق 25 مارس 2024", "on Monday, March 25, 2024", "en", []],
    ["hijri", "في 1 ذو القعدة 1445 هـ الموافق 9 مايو 2024", "le 9 mai 2024", "fr", []],
    ["hijri", "يوم 15 رمضان 1445 الموافق 25 مارس 2024", "on Ramadan 15, 1445 (March 25, 2024)", "en", []],
    ["months", "وكان تموز الماضي الأشد حرارة", "Last June was the hottest", "en", [["date-mismatch", "month", "target", "June"]]],
    ["months", "في جويلية الماضي", "en juillet dernier", "fr", []],
    ["months", "في كانون الثاني 2024", "in January 2024", "en", []],
    ["months", "سجلت دمشق 41 درجة في آب الماضي", "Damasco registró 41 grados el pasado julio", "es", [["date-mismatch", "month", "target", "julio"]]],
    ["date-detail", "في 12 أيار 2024", "on May 12, 2023", "en", [["date-mismatch", "year", "target", "2023"]]],
    ["date-detail", "يوم 14 جوان 2024", "le 17 juin 2024", "fr", [["date-mismatch", "day", "target", "17"]]],
    ["date-detail", "في 12 أيار 2024", "on May 12, 2024", "en", []],
    ["date-detail", "يوم الخامس من مايو 2024", "on May 5, 2024", "en", []],
    ["date-detail", "منذ 2019", "since 2017", "en", [["number-mismatch", "different", "target", "2017"]]],
    ["date-detail", "في مايو 2024", "in May 2025", "en", [["date-mismatch", "year", "target", "2025"]]],
    ["date-detail", "el 25 de mayo de 2024", "el 25 de mayo de 2024", "es", []],
  ];
  it.each(rows)("%s: %s → %s", (_klass, source, target, lang, expected) => {
    expect(majors(source, target, lang)).toEqual(expected);
  });

  it("a wrong year inside a date is one date-mismatch finding, not also a number-mismatch", () => {
    const ctx = context("وأقيمت المباراة في 12 أيار 2024", "The match was played on May 12, 2023", "en");
    expect(numberMismatchCheck.run(ctx)).toEqual([]);
    const dates = dateMismatchCheck.run(ctx);
    expect(dates.map((f) => [f.messageKey, f.text, f.suggestion, f.severity])).toEqual([["qa:date-mismatch.year", "2023", "2024", "major"]]);
  });
});

describe("second-level scanners stay linear on hostile input", () => {
  const pieces: Array<[piece: string, lang: string]> = [
    ["مليونان و250 ألفا و", "ar"],
    ["ثلاث نقاط مئوية ", "ar"],
    ["الحادي عشر ", "ar"],
    ["نصف مليون ونصف ", "ar"],
    ["15 رمضان 1445 هـ الموافق 25 مارس 2024 ", "ar"],
    ["24 heures sur 24 ", "fr"],
    ["twenty-first ", "en"],
  ];
  const time = (text: string, lang: string): number => {
    const runs: number[] = [];
    // The fastest of 3 runs: another process taking the CPU only ever makes a run slower.
    for (let k = 0; k < 3; k++) {
      const start = performance.now();
      extractNumbers(text, lang);
      extractDates(text, lang);
      runs.push(performance.now() - start);
    }
    return Math.min(...runs);
  };
  it.each(pieces)("%s: 4× the input costs less than 10× the time (quadratic work would cost 16×)", (piece, lang) => {
    time(piece.repeat(500), lang);
    // Inputs large enough (tens of milliseconds) that timer resolution and scheduling do not decide the ratio.
    const small = time(piece.repeat(3000), lang);
    const large = time(piece.repeat(12000), lang);
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});

describe("number and date checks: second-level invented articles", () => {
  const articles = loadSecondLevelArticles();

  it("has at least 10 articles per English and French target, 3 Spanish, planted and clean", () => {
    const count = (lang: string, kind: string) => articles.filter((a) => a.targetLang === lang && a.kind === kind).length;
    expect(count("en", "planted") + count("en", "clean")).toBeGreaterThanOrEqual(10);
    expect(count("fr", "planted") + count("fr", "clean")).toBeGreaterThanOrEqual(10);
    expect(count("es", "planted") + count("es", "clean")).toBeGreaterThanOrEqual(3);
    expect(count("en", "clean") + count("fr", "clean") + count("es", "clean")).toBeGreaterThanOrEqual(8);
    expect(articles.reduce((n, a) => n + a.expected.length, 0)).toBeGreaterThanOrEqual(20);
  });

  it("finds at least 95% of the planted errors at their exact span, with no major finding on clean articles", () => {
    const result = evaluate(articles);
    expect(result.cleanAlarms).toEqual([]);
    expect(result.found / result.expected).toBeGreaterThanOrEqual(0.95);
  });

  it("raises at most one unexpected major finding on the planted articles", () => {
    expect(evaluate(articles).plantedAlarms.length).toBeLessThanOrEqual(1);
  });
});
