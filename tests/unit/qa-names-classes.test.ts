import { describe, expect, it } from "vitest";
import { nameUnits, transliterationKey } from "../../lib/text/names";
import { runNames } from "./qa-names-eval-helpers";

type Row = [label: string, lang: string, source: string[], target: string[], expected: Array<[number, string, string, string]>];

// class → input → expected findings [paragraph, text, suggestion, severity]; paragraphs aligned one to one.
const CLASSES: Record<string, Row[]> = {
  article: [
    ["el- against the house al-", "en",
      ["وقال السيسي إن مصر مستعدة.", "وأضاف السيسي أن القاهرة تدعم الحل.", "وأكد السيسي أن الحرب يجب أن تتوقف."],
      ["Egypt was ready, al-Sisi said.", "Cairo supported a solution, al-Sisi added.", "The war must stop, el-Sisi stressed."],
      [[2, "el-Sisi", "al-Sisi", "major"]]],
    ["no article among article-written surname mentions", "en",
      ["وقال السيسي إن مصر مستعدة.", "وأضاف السيسي أن القاهرة تدعم الحل.", "وأكد السيسي أن الحرب يجب أن تتوقف."],
      ["Egypt was ready, al-Sisi said.", "Cairo supported a solution, al-Sisi added.", "The war must stop, Sisi stressed."],
      [[2, "Sisi", "al-Sisi", "major"]]],
    ["space instead of hyphen; sentence-initial capital is not a variant", "fr",
      ["وقال السيسي إن مصر مستعدة.", "وأضاف السيسي أن القاهرة تدعم الحل.", "وأكد السيسي أن الحرب يجب أن تتوقف."],
      ["Al-Sissi a affirmé que l'Égypte était prête.", "Selon al-Sissi, Le Caire soutient une solution.", "La guerre doit cesser, a insisté al Sissi."],
      [[2, "al Sissi", "al-Sissi", "major"]]],
    ["full name with the article, later mentions without: house style, no finding", "en",
      ["قال قائد الجيش عبد الفتاح البرهان إن الحرب مستمرة.", "وقال البرهان إن الجيش يتقدم.", "وأضاف البرهان أن الخرطوم ستتحرر."],
      ["Army chief Abdel Fattah al-Burhan said the war would go on.", "Burhan said the army was advancing.", "Burhan added that Khartoum would be freed."],
      []],
  ],
  compound: [
    ["Abdel + name joined", "en",
      ["استقبل عبد الفتاح السيسي الوفد.", "وقال عبد الفتاح السيسي إن مصر مستعدة.", "وأكد عبد الفتاح السيسي دعمه."],
      ["Abdel Fattah al-Sisi received the delegation.", "Abdel Fattah al-Sisi said Egypt was ready.", "Abdelfattah al-Sisi affirmed his support."],
      [[2, "Abdelfattah", "Abdel Fattah", "major"]]],
    ["Abd al- spelled out", "en",
      ["استقبل عبد الفتاح السيسي الوفد.", "وقال عبد الفتاح السيسي إن مصر مستعدة.", "وأكد عبد الفتاح السيسي دعمه."],
      ["Abdel Fattah al-Sisi received the delegation.", "Abd al-Fattah al-Sisi said Egypt was ready.", "Abdel Fattah al-Sisi affirmed his support."],
      [[1, "Abd al-Fattah", "Abdel Fattah", "major"]]],
    ["ben for bin", "en",
      ["التقى محمد بن سلمان الوزير.", "وبحث محمد بن سلمان الملفات.", "وقال بن سلمان إن المملكة تريد التهدئة."],
      ["Mohammed bin Salman met the secretary.", "Mohammed ben Salman discussed the files.", "Bin Salman said the kingdom wanted calm."],
      [[1, "ben Salman", "bin Salman", "major"]]],
    ["Abu for Abou, joined Aboumazen", "fr",
      ["قال أبو مازن إن السلطة مستعدة.", "وأضاف أبو مازن أن الاحتلال يجب أن ينتهي.", "وأكد أبو مازن تمسكه بالأرض.", "وختم أبو مازن كلمته."],
      ["Abou Mazen a affirmé que l'Autorité était prête.", "Abu Mazen a ajouté que l'occupation devait cesser.", "Abou Mazen a réaffirmé son attachement à la terre.", "Aboumazen a conclu son discours."],
      [[1, "Abu Mazen", "Abou Mazen", "major"], [3, "Aboumazen", "Abou Mazen", "major"]]],
  ],
  french: [
    ["dj / j", "fr",
      ["قال جمال بلماضي إن اللاعبين جاهزون.", "وأشاد جمال بلماضي بالجمهور.", "وقال جمال إن اللقب ممكن."],
      ["Djamel Belmadi a affirmé que les joueurs étaient prêts.", "Djamel Belmadi a salué le public.", "Selon Jamal, le titre est possible."],
      [[2, "Jamal", "Djamel", "major"]]],
    ["ch / sh", "fr",
      ["قال شاكر برجاوي إن الحكومة يجب أن تستقيل.", "وأكد شاكر أن اللبنانيين فقدوا الثقة.", "وقال شاكر إن كتلته ستقاطع."],
      ["Chaker Berjaoui a affirmé que le gouvernement devait démissionner.", "Chaker a assuré que les Libanais avaient perdu confiance.", "Shaker a déclaré que son bloc boycotterait."],
      [[2, "Shaker", "Chaker", "major"]]],
    ["ou / u", "fr",
      ["والتقى يوسف الشريف الوزير.", "وقال يوسف إن الإصلاح ضروري.", "وأكد يوسف أن النمو سيتحسن."],
      ["Youssef El Chérif a rencontré le ministre.", "Youssef a jugé la réforme nécessaire.", "Yusuf a assuré que la croissance allait s'améliorer."],
      [[2, "Yusuf", "Youssef", "major"]]],
    ["accent dropped", "fr",
      ["قال قيس سعيد إن القضاء مستقل.", "وأكد سعيد أن التونسيين سيحكمون.", "وقال سعيد إن الدستور واضح."],
      ["Kaïs Saïed a affirmé que la justice était indépendante.", "Saïed a assuré que les Tunisiens jugeraient.", "Saied a déclaré que la Constitution était claire."],
      [[2, "Saied", "Saïed", "major"]]],
    ["accents dropped on a first name", "fr",
      ["قالت هيلين إن الفريق جاهز.", "وأضافت هيلين أن المباراة صعبة.", "وأكدت هيلين ثقتها."],
      ["Hélène a affirmé que l'équipe était prête.", "Hélène a ajouté que le match serait difficile.", "Helene a confirmé sa confiance."],
      [[2, "Helene", "Hélène", "major"]]],
  ],
  vowel: [
    ["Said the name next to said the verb", "en",
      ["وأضاف المسعف سعيد أبو عودة أن المستشفى يعمل.", "وقال سعيد إن الوقود سينفد.", "وأوضح سعيد أن الطواقم تعمل."],
      ["Paramedic Said Abu Auda added that the hospital was working.", "Said said fuel would run out.", "Saeed explained that the crews were working."],
      [[2, "Saeed", "Said", "major"]]],
    ["Mohammed / Muhammad", "en",
      ["التقى محمد مصطفى الوفد.", "وقال محمد مصطفى إن الحكومة مستعدة.", "وأكد محمد مصطفى أن الإصلاح مستمر."],
      ["Mohammed Mustafa met the delegation.", "Mohammed Mustafa said the government was ready.", "Muhammad Mustafa stressed that reform was continuing."],
      [[2, "Muhammad", "Mohammed", "major"]]],
  ],
  possessive: [
    ["variant in a possessive, span without 's", "en",
      ["قال نعيم إن الحركة تدرس المقترح.", "وأضاف نعيم أن الموقف لم يتغير.", "وأشارت تصريحات نعيم إلى الوسطاء."],
      ["Naim said the movement was studying the proposal.", "Naim added that the position had not changed.", "Naeem's remarks pointed to the mediators."],
      [[2, "Naeem", "Naim", "major"]]],
    ["variant after a French elision (d'Abas), span without d'", "fr",
      ["قال عباس إن السلطة مستعدة.", "وأضاف عباس أن الاحتلال يجب أن ينتهي.", "وبحسب عباس فإن الحل قريب."],
      ["Abbas a affirmé que l'Autorité était prête.", "Abbas a ajouté que l'occupation devait cesser.", "Selon les proches d'Abas, la solution est proche."],
      [[2, "Abas", "Abbas", "major"]]],
    ["a hyphenated compound holding the name is not a variant", "en",
      ["قال نعيم إن الحركة تدرس المقترح.", "وأضاف نعيم أن محادثات حماس ونعيم مستمرة.", "وأكد نعيم الموقف."],
      ["Naim said the movement was studying the proposal.", "Naim added that the Hamas-Naim talks were continuing.", "Naim confirmed the position."],
      []],
  ],
  "clean traps": [
    ["people sharing a surname", "en",
      ["قال النائب محمد عباس إن البرلمان سيجتمع.", "ودعا الرئيس محمود عباس إلى وقف النار.", "وأكد محمد عباس أن كتلته ستصوت.", "والتقى محمود عباس وفدا."],
      ["MP Mohammed Abbas said parliament would meet.", "President Mahmoud Abbas called for a ceasefire.", "Mohammed Abbas stressed that his bloc would vote.", "Mahmoud Abbas met a delegation."],
      []],
    ["place and nisba, plural demonyms", "en",
      ["قال الرئيس التونسي إن تونس مستعدة.", "وأكد أن التونسيين والمصريين شعب واحد.", "وقال مسؤول مصري إن مصر تدعم تونس."],
      ["The Tunisian president said Tunisia was ready.", "He stressed that Tunisians and Egyptians were one people.", "An Egyptian official said Egypt supported Tunisia."],
      []],
    ["city and country written the same in Arabic", "fr",
      ["أعلنت تونس أن العاصمة تونس ستستضيف القمة.", "وقال مسؤول تونسي إن التونسيين مستعدون.", "وأكدت تونس جاهزيتها."],
      ["La Tunisie a annoncé que Tunis accueillerait le sommet.", "Un responsable tunisien a affirmé que les Tunisiens étaient prêts.", "La Tunisie s'est dite prête."],
      []],
    ["honorifics and a minister whose surname is one word", "fr",
      ["قال الوزير محمد بنسعيد إن الثقافة أولوية.", "وقال النائب محمد بن سعيد إن الميزانية غير كافية.", "وأضاف الوزير بنسعيد أن المغاربة يقرؤون.", "وقال الشيخ محمد إن المساجد مفتوحة."],
      ["Le ministre Mohamed Bensaid a affirmé que la culture était une priorité.", "Le député Mohamed Ben Said a jugé le budget insuffisant.", "Le ministre Bensaid a ajouté que les Marocains lisaient.", "Le cheikh Mohamed a indiqué que les mosquées étaient ouvertes."],
      []],
    ["different people whose names look alike", "en",
      ["التقى حسن بحسان", "وقال حسن إن", "وقال حسان إن"],
      ["Hassan met Hasan", "Hassan said", "Hasan said"],
      []],
  ],
};

describe.each(Object.entries(CLASSES))("name variants: %s", (_, rows) => {
  it.each(rows)("%s", (_label, lang, source, target, expected) => {
    const findings = runNames(source, target, lang);
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion, f.severity])).toEqual(expected);
  });
});

describe("nameUnits", () => {
  const rows: Array<[string, Array<[string, string, boolean, boolean, boolean]>]> = [
    // text → [surface, key, has article, sentence-initial, in a full name]
    ["Abdel Fattah al-Sisi met Abd al-Fattah", [["Abdel Fattah", "abdfatah", false, true, false], ["al-Sisi", "sisi", true, false, true], ["Abd al-Fattah", "abdfatah", true, false, false]]],
    ["He met Mohammed bin Salman's envoy.", [["Mohammed", "mohamed", false, false, false], ["bin Salman", "bnsalman", false, false, true]]],
    ["Selon l'Égypte et d'Abbas, Aboumazen", [["Égypte", "egypte", false, false, false], ["Abbas", "abas", false, false, false], ["Aboumazen", "abumazen", false, false, false]]],
    ["The President said. Al-Sudani replied", [["Al-Sudani", "sudani", true, true, false]]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(nameUnits(text).map((u) => [u.surface, u.key, u.hasArticle, u.sentenceInitial, u.inFullName])).toEqual(expected);
  });
});

describe("transliterationKey", () => {
  const rows: Array<[string, string]> = [
    ["Djamel", "jamil"], ["Chaker", "shakir"], ["Youssef", "yusif"], ["Saïd", "said"], ["Hélène", "hilini"], ["Naeem", "naim"],
  ];
  it.each(rows)("%s → %s", (word, key) => {
    expect(transliterationKey(word)).toBe(key);
  });
});
