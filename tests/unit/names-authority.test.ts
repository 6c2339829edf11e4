import { describe, expect, it } from "vitest";
import { normalizeNameKey } from "../../lib/names/key";
import type { NameRecord } from "../../lib/names/types";
import { runQa } from "../../lib/qa/run";
import type { GlossaryEntry } from "../../lib/qa/types";

/** A register name with its spellings as [spelling, approved articles] (examples: "Article 1", "Article 2", …). */
function record(arabic: string, targetLang: string, spellings: Array<[string, number] | [string, number, "distinct"]>, extra: Partial<NameRecord> = {}): NameRecord {
  return {
    key: normalizeNameKey(arabic),
    arabic,
    targetLang,
    source: "register",
    spellings: spellings.map(([spelling, count, distinct]) => ({
      spelling,
      count,
      examples: Array.from({ length: Math.min(count, 3) }, (_, k) => ({ articleId: `${spelling}-${k + 1}`, title: `${spelling} story ${k + 1}` })),
      ...(distinct ? { distinct: true } : {}),
    })),
    ...extra,
  };
}

// The register of these tests: learned house spellings (4 articles of 5, or 6 of 6) unless said otherwise.
const REGISTER: NameRecord[] = [
  record("السيسي", "en", [["al-Sisi", 6]]),
  record("السيسي", "fr", [["al-Sissi", 4], ["Sissi", 1]]),
  record("عبد الرحمن", "en", [["Abdel Rahman", 5]]),
  record("بن سلمان", "en", [["bin Salman", 8]]),
  record("أبو مازن", "fr", [["Abou Mazen", 5]]),
  record("جمال", "fr", [["Djamel", 4], ["Jamal", 1]]),
  record("بلماضي", "fr", [["Belmadi", 7]]),
  record("يوسف", "fr", [["Youssef", 3]]),
  record("شاكر", "fr", [["Chaker", 3]]),
  record("قيس", "fr", [["Kaïs", 5]]),
  record("سعيد", "fr", [["Saïed", 5]]),
  record("سعيد", "en", [["Saeed", 4], ["Said", 1]]),
  record("حسين", "en", [["Hussein", 5], ["Husain", 2, "distinct"]]),
  record("محمد", "en", [["Mohammed", 9]]),
  record("نعيم", "en", [["Naim", 3]]),
  record("بنسعيد", "fr", [["Bensaid", 3]]),
  record("حسن", "en", [["Hassan", 4]]),
  record("عباس", "en", [["Abbas", 2], ["Abas", 2]]),
  record("هنية", "en", [["Haniyeh", 1]]),
  record("البرهان", "en", [["al-Burhan", 2]], { house: "al-Burhan" }),
  record("حميدتي", "en", [["Hemedti", 3]], { source: "glossary", house: "Hemedti" }),
  record("تبون", "fr", [["Tebboune", 5]]),
  record("تبون", "en", [["Tebboune", 5]]),
  record("الحوثي", "en", [["al-Houthi", 4]]),
  record("عباس", "fr", [["Abbas", 6]]),
  record("غزة", "en", [["Gaza", 12]]),
];

type Row = [label: string, lang: string, source: string[], target: string[], expected: Array<[number, string, string, string]>];

// class → input → expected findings [paragraph, text, suggestion, severity]; paragraphs aligned one to one.
const CLASSES: Record<string, Row[]> = {
  "article al-/el-/none": [
    ["politics, el- for the house al-", "en",
      ["وقال السيسي إن مصر مستعدة للوساطة.", "وأضاف السيسي أن القاهرة تدعم الحل."],
      ["Egypt was ready to mediate, el-Sisi said.", "Cairo supported a solution, al-Sisi added."],
      [[0, "el-Sisi", "al-Sisi", "minor"]]],
    ["politics, no article for the house al-", "en",
      ["وأكد السيسي أن الحرب يجب أن تتوقف."],
      ["The war must stop, Sisi stressed."],
      [[0, "Sisi", "al-Sisi", "minor"]]],
    ["politique, al avec une espace et sans article", "fr",
      ["وقال السيسي إن مصر مستعدة.", "وأكد السيسي أن الحرب يجب أن تتوقف."],
      ["L'Égypte est prête, a déclaré al Sissi.", "La guerre doit cesser, a insisté Sissi."],
      [[0, "al Sissi", "al-Sissi", "minor"], [1, "Sissi", "al-Sissi", "minor"]]],
    ["a sentence-initial capital is the house spelling", "en",
      ["وقال السيسي إن مصر مستعدة."],
      ["Al-Sisi said Egypt was ready."],
      []],
  ],
  "compounds joined or split": [
    ["Abdel Rahman joined and hyphenated", "en",
      ["وقال عبد الرحمن إن الوفد وصل.", "وأضاف عبدالرحمن أن المحادثات مستمرة."],
      ["Abdelrahman said the delegation had arrived.", "Talks were continuing, Abdel-Rahman added."],
      [[0, "Abdelrahman", "Abdel Rahman", "minor"], [1, "Abdel-Rahman", "Abdel Rahman", "minor"]]],
    ["ben for bin, also at the start of a sentence", "en",
      ["التقى محمد بن سلمان الوزير.", "وقال بن سلمان إن المملكة تريد التهدئة."],
      ["Mohammed ben Salman met the secretary.", "Ben Salman said the kingdom wanted calm."],
      [[0, "ben Salman", "bin Salman", "minor"], [1, "Ben Salman", "Bin Salman", "minor"]]],
    ["sport, one Arabic word written as two Latin words", "fr",
      ["وأشاد بلماضي بالجمهور."],
      ["Le sélectionneur Djamel Bel Madi a salué le public."],
      [[0, "Bel Madi", "Belmadi", "minor"]]],
    ["Abu for Abou", "fr",
      ["قال أبو مازن إن السلطة مستعدة."],
      ["Abu Mazen a affirmé que l'Autorité était prête."],
      [[0, "Abu Mazen", "Abou Mazen", "minor"]]],
  ],
  "French transliteration": [
    ["sport, j for dj", "fr",
      ["قال جمال بلماضي إن اللاعبين جاهزون."],
      ["Jamel Belmadi a affirmé que les joueurs étaient prêts."],
      [[0, "Jamel", "Djamel", "minor"]]],
    ["economy, u for ou", "fr",
      ["وقال وزير المالية يوسف إن النمو سيتحسن."],
      ["Le ministre des Finances, Yusuf, a assuré que la croissance allait s'améliorer."],
      [[0, "Yusuf", "Youssef", "minor"]]],
    ["sh for ch", "fr",
      ["وقال شاكر إن كتلته ستقاطع الجلسة."],
      ["Shaker a déclaré que son bloc boycotterait la séance."],
      [[0, "Shaker", "Chaker", "minor"]]],
    ["accents dropped", "fr",
      ["قال قيس سعيد إن القضاء مستقل."],
      ["Kais Saied a affirmé que la justice était indépendante."],
      [[0, "Kais", "Kaïs", "minor"], [0, "Saied", "Saïed", "minor"]]],
  ],
  "vowels": [
    ["health, Said for the house Saeed", "en",
      ["وأضاف المسعف سعيد أبو عودة أن المستشفى يعمل."],
      ["Paramedic Said Abu Auda added that the hospital was working."],
      [[0, "Said", "Saeed", "minor"]]],
    ["health, Sayeed for the house Saeed", "en",
      ["وأضاف المسعف سعيد أن المستشفى يعمل."],
      ["Paramedic Sayeed added that the hospital was working."],
      [[0, "Sayeed", "Saeed", "minor"]]],
    ["Muhammad for the house Mohammed", "en",
      ["وقال محمد مصطفى إن الحكومة مستعدة."],
      ["Muhammad Mustafa said the government was ready."],
      [[0, "Muhammad", "Mohammed", "minor"]]],
  ],
  "possessive and hyphen": [
    ["possessive, span without 's", "en",
      ["وأشارت تصريحات نعيم إلى الوسطاء."],
      ["Naeem's remarks pointed to the mediators."],
      [[0, "Naeem", "Naim", "minor"]]],
    ["the name after a clitic in the source (لنعيم)", "en",
      ["وفي تصريح لنعيم قال إن الموقف لم يتغير."],
      ["In a statement, Naeem said the position had not changed."],
      [[0, "Naeem", "Naim", "minor"]]],
    ["culture, French elision: span without d'", "fr",
      ["وبحسب مقربين من عباس فإن الحل قريب."],
      ["Selon les proches d'Abas, la solution est proche."],
      [[0, "Abas", "Abbas", "minor"]]],
    ["a hyphenated compound holding the house spelling is not a variant", "en",
      ["وقال نعيم إن محادثات حماس ونعيم مستمرة."],
      ["Naim said the Hamas-Naim talks were continuing."],
      []],
  ],
  "severity": [
    ["confirmed by an editor: major (capitalized where it opens the sentence)", "en",
      ["وقال البرهان إن الجيش يتقدم."],
      ["Burhan said the army was advancing."],
      [[0, "Burhan", "Al-Burhan", "major"]]],
    ["a glossary name of the register (no entry in this article's glossary): major", "en",
      ["وقال حميدتي إن قواته انسحبت."],
      ["Their commander Hmeidti said his forces had withdrawn."],
      [[0, "Hmeidti", "Hemedti", "major"]]],
  ],
  "not reported": [
    ["a spelling marked as another person", "en",
      ["وقال حسين إن الوفد وصل."],
      ["Husain said the delegation had arrived."],
      []],
    ["people sharing a surname: another Arabic name (بن سعيد, not بنسعيد)", "fr",
      ["وقال النائب محمد بن سعيد إن الميزانية غير كافية."],
      ["Le député Mohamed Ben Said a jugé le budget insuffisant."],
      []],
    ["people whose names look alike: حسان is not حسن", "en",
      ["وقال حسان إن الاجتماع انتهى."],
      ["Hasan said the meeting was over."],
      []],
    ["no authority: the spellings split 2 to 2", "en",
      ["وقال عباس إن السلطة مستعدة."],
      ["Abas said the Authority was ready."],
      []],
    ["no authority: used in one approved article only", "en",
      ["وقال هنية إن الحركة مستعدة."],
      ["Haniya said the movement was ready."],
      []],
    ["the name is not in the aligned source paragraph", "en",
      ["وقال إن الحركة مستعدة.", "وقال نعيم إن الموقف لم يتغير."],
      ["Naeem said the movement was ready.", "Naim said the position had not changed."],
      []],
    ["a title before the name, the name in the house spelling", "fr",
      ["وقال الرئيس تبون إن الجزائر مستعدة."],
      ["Le président Tebboune a affirmé que l'Algérie était prête."],
      []],
    ["a capitalized common word opening a sentence", "en",
      ["وقال سعيد إن الوقود سينفد."],
      ["Said to be scarce, fuel would run out, Saeed said."],
      []],
    ["a full name without the article where the house spelling (the name alone) has it", "en",
      ["وقال قائد الجيش عبد الفتاح البرهان إن الحرب مستمرة."],
      ["Army chief Abdel Fattah Burhan said the war would go on."],
      []],
    ["more mentions than the source writes, one in the house spelling (the movement beside the name)", "en",
      ["قال زعيم الحوثيين عبد الملك الحوثي إن الهجمات ستستمر."],
      ["Houthi leader Abdul Malik al-Houthi said the attacks would continue."],
      []],
    ["a dateline in capitals", "en",
      ["غزة - قال نعيم إن الحركة مستعدة."],
      ["GAZA - Naim said the movement was ready."],
      []],
    ["the house spelling itself", "en",
      ["وقال تبون إن الجزائر مستعدة."],
      ["Tebboune said Algeria was ready."],
      []],
  ],
};

describe.each(Object.entries(CLASSES))("name authority: %s", (_, rows) => {
  it.each(rows)("%s", (_label, lang, source, target, expected) => {
    const alignment = source.map((_, k) => ({ source: [k], target: [k] }));
    const { findings, errors } = runQa({ sourceLang: "ar", targetLang: lang, source, target, alignment, names: REGISTER, checks: ["name-authority"] });
    expect(errors).toEqual([]);
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion, f.severity])).toEqual(expected);
  });
});

describe("name authority findings", () => {
  const source = ["وقال السيسي إن مصر مستعدة للوساطة."];
  const target = ["Egypt was ready to mediate, el-Sisi said."];

  it("carry the evidence in params and say it in the message; the suggestion is the one-click fix", () => {
    const { findings } = runQa({ sourceLang: "ar", targetLang: "en", source, target, names: REGISTER, checks: ["name-authority"] });
    expect(findings).toEqual([
      {
        check: "name-authority",
        category: "terminology",
        subcategory: "inconsistent",
        severity: "minor",
        side: "target",
        paragraph: 0,
        start: 28,
        end: 35,
        text: "el-Sisi",
        suggestion: "al-Sisi",
        message: '"el-Sisi" is spelled "al-Sisi" in 6 approved articles, e.g. al-Sisi story 1; al-Sisi story 2; al-Sisi story 3.',
        messageKey: "qa:name-authority.learned",
        params: { name: "el-Sisi", house: "al-Sisi", count: 6, examples: "al-Sisi story 1; al-Sisi story 2; al-Sisi story 3", arabic: "السيسي" },
      },
    ]);
  });

  it("say who decided when an editor chose the house spelling", () => {
    const { findings } = runQa({ sourceLang: "ar", targetLang: "en", source: ["وقال البرهان إن الجيش يتقدم."], target: ["Burhan said the army was advancing."], names: REGISTER, checks: ["name-authority"] });
    expect(findings.map((f) => [f.messageKey, f.message, f.params])).toEqual([
      ["qa:name-authority.confirmed", '"Burhan": the house spelling of البرهان is "al-Burhan".', { name: "Burhan", house: "al-Burhan", count: 2, examples: "al-Burhan story 1; al-Burhan story 2", arabic: "البرهان" }],
    ]);
  });

  it("leave a name with an entry in the article's glossary to the glossary check", () => {
    const glossary: GlossaryEntry[] = [{ source: "عبد الفتاح السيسي", target: "Abdel Fattah al-Sisi", forbidden: [], type: "person" }];
    const withGlossary = runQa({ sourceLang: "ar", targetLang: "en", source, target, names: REGISTER, glossary, checks: ["name-authority"] });
    expect(withGlossary.findings).toEqual([]);
  });

  it("apply only the register names of the article's target language", () => {
    const french = runQa({ sourceLang: "ar", targetLang: "fr", source, target: ["L'Égypte est prête, a déclaré el-Sisi."], names: REGISTER.filter((r) => r.targetLang === "en"), checks: ["name-authority"] });
    expect(french.findings).toEqual([]);
  });

  it("report a row too large to pair as too long to check, and pair the rows around it", () => {
    const letters = [..."بتثجحخدذرزسشصضطظعغفقكلمنهي"];
    const arabic: string[] = [];
    for (const a of letters) for (const b of letters) arabic.push(`${a}ا${b}و${a}`);
    const latin = Array.from({ length: 2_000 }, (_, k) => `Q${"xyz".repeat(1 + (k % 3))}${k.toString(36)}`);
    const { findings } = runQa({
      sourceLang: "ar",
      targetLang: "en",
      source: [`قال السيسي ${arabic.join(" ")}`, "وأكد السيسي أن الحرب يجب أن تتوقف."],
      target: [`el-Sisi said ${latin.join(" and ")}`, "The war must stop, Sisi stressed."],
      alignment: [{ source: [0], target: [0] }, { source: [1], target: [1] }],
      names: REGISTER,
      checks: ["name-authority"],
    });
    expect(arabic.length).toBe(676);
    expect(findings.map((f) => [f.paragraph, f.messageKey, f.suggestion])).toEqual([
      [0, "qa:engine.too-long-to-check", undefined],
      [1, "qa:name-authority.learned", "al-Sisi"],
    ]);
  });

  it("find nothing without register names, and stay a row-scoped check (a run on one row reports only there)", () => {
    expect(runQa({ sourceLang: "ar", targetLang: "en", source, target, checks: ["name-authority"] }).findings).toEqual([]);
    const two = runQa({
      sourceLang: "ar",
      targetLang: "en",
      source: ["وقال السيسي إن مصر مستعدة.", "وأكد السيسي أن الحرب يجب أن تتوقف."],
      target: ["Egypt was ready, el-Sisi said.", "The war must stop, Sisi stressed."],
      alignment: [{ source: [0], target: [0] }, { source: [1], target: [1] }],
      names: REGISTER,
      checks: ["name-authority"],
      rows: [1],
    });
    expect(two.findings.map((f) => [f.paragraph, f.text])).toEqual([[1, "Sisi"]]);
  });
});
