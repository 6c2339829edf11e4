import { describe, expect, it } from "vitest";
import { learnNames } from "../../lib/names/learn";

type Row = [label: string, lang: string, source: string[], target: string[], expected: Array<[key: string, arabic: string, spelling: string]>];

// class → approved article → the names it teaches [key, arabic, spelling]; paragraphs aligned one to one.
const CLASSES: Record<string, Row[]> = {
  "names and their spellings": [
    ["politics: article form and a compound", "en",
      ["استقبل عبد الفتاح السيسي الوفد.", "وقال السيسي إن مصر مستعدة."],
      ["Abdel Fattah al-Sisi received the delegation.", "Egypt was ready, al-Sisi said."],
      [["عبد فتاح", "عبد الفتاح", "Abdel Fattah"], ["سيسي", "السيسي", "al-Sisi"]]],
    ["sport, French: dj and a surname", "fr",
      ["قال جمال بلماضي إن اللاعبين جاهزون.", "وأشاد بلماضي بالجمهور."],
      ["Djamel Belmadi a affirmé que les joueurs étaient prêts.", "Belmadi a salué le public."],
      [["جمال", "جمال", "Djamel"], ["بلماضي", "بلماضي", "Belmadi"]]],
    ["a particle name: bin, and the first name before it", "en",
      ["التقى محمد بن سلمان الوزير."],
      ["Mohammed bin Salman met the secretary."],
      [["محمد", "محمد", "Mohammed"], ["بن سلمان", "بن سلمان", "bin Salman"]]],
    ["the name after a clitic (لنعيم) is filed under the name, the possessive left out", "en",
      ["قال نعيم إن الحركة تدرس المقترح.", "وأشارت تصريحات لنعيم إلى الوسطاء."],
      ["Naim said the movement was studying the proposal.", "Naim's remarks pointed to the mediators."],
      [["نعيم", "نعيم", "Naim"]]],
    ["one spelling per name: the article's majority", "en",
      ["قال نعيم إن الحركة تدرس المقترح.", "وأضاف نعيم أن الموقف لم يتغير.", "وقال نعيم إن الوسطاء يعملون."],
      ["Naim said the movement was studying the proposal.", "Naeem added that the position had not changed.", "Naim said the mediators were at work."],
      [["نعيم", "نعيم", "Naim"]]],
    ["the name standing alone decides, not the full name that adds the article", "en",
      ["قال قائد الجيش عبد الفتاح البرهان إن الحرب مستمرة.", "وقال البرهان إن الجيش يتقدم."],
      ["Army chief Abdel Fattah al-Burhan said the war would go on.", "Burhan said the army was advancing."],
      [["عبد فتاح", "عبد الفتاح", "Abdel Fattah"], ["برهان", "البرهان", "Burhan"]]],
    ["a sentence-initial capital counts as the mid-sentence writing", "en",
      ["وقال السيسي إن مصر مستعدة.", "وأضاف السيسي أن القاهرة تدعم الحل.", "وأكد السيسي الموقف."],
      ["Al-Sisi said Egypt was ready.", "Cairo supported a solution, al-Sisi added.", "Al-Sisi confirmed the position."],
      [["سيسي", "السيسي", "al-Sisi"]]],
  ],
  "not learned": [
    ["titles (Sheikh, President) and a place name stay apart from the name", "en",
      ["قال الشيخ تميم إن قطر مستعدة.", "وقال الرئيس تبون إن الجزائر مستعدة."],
      ["Sheikh Tamim said Qatar was ready.", "President Tebboune said Algeria was ready."],
      [["تميم", "تميم", "Tamim"], ["قطر", "قطر", "Qatar"], ["تبون", "تبون", "Tebboune"]]],
    ["a capitalized common word opening a sentence (Said the verb)", "en",
      ["وقال سعيد إن الوقود سينفد."],
      ["Said to be scarce, fuel would run out, the paramedic said."],
      []],
    ["a name the source does not write in that paragraph", "en",
      ["وقال إن الحركة مستعدة."],
      ["Naim said the movement was ready."],
      []],
    ["two different people whose names look alike: each its own name", "en",
      ["وقال حسن إن الاجتماع انتهى.", "وقال حسان إن الوفد غادر."],
      ["Hassan said the meeting was over.", "Hasan said the delegation had left."],
      [["حسن", "حسن", "Hassan"], ["حسان", "حسان", "Hasan"]]],
    ["writings of one Arabic name that are not variants of one another (Mohammed, Mahmoud)", "en",
      ["قال محمد إن الحكومة مستعدة.", "وأضاف محمد أن الإصلاح مستمر."],
      ["Mohammed said the government was ready.", "Mahmoud added that reform was continuing."],
      []],
    ["the plural movement beside the name is not a writing of it (Houthis, Houthi)", "en",
      ["وقال الحوثي إن الهجمات ستستمر.", "وقال الحوثي إن الحوثي لن يتراجع."],
      ["Houthi said the attacks would go on.", "The Houthis said Houthi would not back down."],
      [["حوثي", "الحوثي", "Houthi"]]],
  ],
};

describe.each(Object.entries(CLASSES))("learnNames: %s", (_, rows) => {
  it.each(rows)("%s", (_label, lang, source, target, expected) => {
    const alignment = source.map((_, k) => ({ source: [k], target: [k] }));
    const learned = learnNames({ sourceLang: "ar", targetLang: lang, source, target, alignment });
    expect(learned.map((name) => [name.key, name.arabic, name.spelling])).toEqual(expected);
  });
});

describe("learnNames languages", () => {
  it("learns nothing when the translation is in Arabic script or the source is not Arabic", () => {
    const source = ["قال نعيم إن الحركة تدرس المقترح."];
    const alignment = [{ source: [0], target: [0] }];
    expect(learnNames({ sourceLang: "ar", targetLang: "fa", source, target: ["نعیم گفت"], alignment })).toEqual([]);
    expect(learnNames({ sourceLang: "en", targetLang: "fr", source: ["Naim said"], target: ["Naim a dit"], alignment })).toEqual([]);
  });

  it("learns from a paragraph aligned two to one, and not from a translation paragraph with no source", () => {
    const learned = learnNames({
      sourceLang: "ar",
      targetLang: "en",
      source: ["قال نعيم إن الحركة تدرس المقترح.", "وأضاف أن الموقف لم يتغير."],
      target: ["Naim said the movement was studying the proposal and that its position had not changed.", "Read also: Haniyeh in Cairo"],
      alignment: [{ source: [0, 1], target: [0] }, { source: [], target: [1] }],
    });
    expect(learned.map((name) => [name.key, name.spelling])).toEqual([["نعيم", "Naim"]]);
  });
});
