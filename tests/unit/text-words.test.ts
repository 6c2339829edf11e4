import { describe, expect, it } from "vitest";
import { countWords, words } from "../../lib/text/words";

describe("words", () => {
  it.each([
    ["en", "Talks in Cairo end.", ["Talks", "in", "Cairo", "end"]],
    ["ar", "انتهاء محادثات القاهرة دون اختراق.", ["انتهاء", "محادثات", "القاهرة", "دون", "اختراق"]],
    ["ar", "قال نعيم: «لا اتفاق»، ثم غادر", ["قال", "نعيم", "لا", "اتفاق", "ثم", "غادر"]],
    ["fr", "L'OMS a averti lundi", ["L'OMS", "a", "averti", "lundi"]],
    ["en", "a 40-day truce on 24 November", ["a", "40", "day", "truce", "on", "24", "November"]],
    ["ar", "", []],
    ["en", " ... ", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(words(text, lang).map((w) => w.text)).toEqual(expected);
  });

  it.each([
    ["ar", "وقال المصدر -الذي طلب عدم الكشف عن هويته- في تصريحات"],
    ["en", "Naim added that Israeli Prime Minister Benjamin, \"Netanyahu does not want\""],
    ["ar", "قَالَ مُحَمَّدٌ إِنَّ الوَفْدَ وَصَلَ"],
  ])("offsets index into the text (%s)", (lang, text) => {
    const tokens = words(text, lang);
    expect(tokens.length).toBeGreaterThan(3);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("keeps harakat inside the Arabic word", () => {
    expect(words("مُحَمَّدٌ", "ar").map((w) => w.text)).toEqual(["مُحَمَّدٌ"]);
  });

  it("does not break on an invalid language tag", () => {
    expect(words("hello world", "not a tag!").map((w) => w.text)).toEqual(["hello", "world"]);
  });

  it("counts words", () => {
    expect(countWords("قالت مصادر للجزيرة اليوم", "ar")).toBe(4);
    expect(countWords("Sources told Al Jazeera on Tuesday", "en")).toBe(6);
  });
});
