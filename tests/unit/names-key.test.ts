import { describe, expect, it } from "vitest";
import { NameIndex } from "../../lib/names/index";
import { latinNameKey, normalizeNameKey } from "../../lib/names/key";
import { houseSpelling, type NameRecord } from "../../lib/names/types";

describe("normalizeNameKey", () => {
  it.each([
    ["plain name", "نعيم", "نعيم"],
    ["diacritics and tatweel", "نَعِيـــم", "نعيم"],
    ["hamza and alef forms", "أسامة", "اسامه"],
    ["alef madda", "آمنة", "امنه"],
    ["ta marbuta", "هنية", "هنيه"],
    ["alef maqsura", "مصطفى", "مصطفي"],
    ["the article", "السيسي", "سيسي"],
    ["the article with a conjunction", "والسيسي", "سيسي"],
    ["li + the article", "للسيسي", "سيسي"],
    ["the article kept when fewer than 3 letters remain", "الله", "الله"],
    ["a bare clitic letter is part of the name", "بسام", "بسام"],
    ["several words, spaces collapsed, invisible characters dropped", "  عبد   الفتاح\u200f السيسي ", "عبد فتاح سيسي"],
    ["joined Abd al- split", "عبدالفتاح", "عبد فتاح"],
    ["joined and split Abd al- give one key", "عبد الرحمن", "عبد رحمن"],
    ["particles", "أبو مازن", "ابو مازن"],
    ["no Arabic letters", "Naim", ""],
  ])("%s: %s → %s", (_label, arabic, key) => {
    expect(normalizeNameKey(arabic)).toBe(key);
  });
});

describe("latinNameKey", () => {
  it.each([
    ["al-Sisi", "sisi"],
    ["El Sisi", "sisi"],
    ["el-Sisi's", "sisi"],
    ["Abdel Fattah", "abdelfattah"],
    ["Abdel-Fattah", "abdelfattah"],
    ["Abdelfattah", "abdelfattah"],
    ["Saïed", "saied"],
    ["Kaïs Saïed", "kaissaied"],
    ["Al", "al"],
    ["Alan", "alan"],
  ])("%s → %s", (latin, key) => {
    expect(latinNameKey(latin)).toBe(key);
  });
});

const spell = (spelling: string, count: number, distinct?: boolean) => ({ spelling, count, examples: [], ...(distinct ? { distinct } : {}) });
const named = (spellings: NameRecord["spellings"], house?: string): NameRecord => ({ key: "نعيم", arabic: "نعيم", targetLang: "en", source: "register", spellings, ...(house ? { house } : {}) });

describe("houseSpelling", () => {
  it.each([
    ["an editor's choice wins, even unused", named([spell("Naeem", 9)], "Naim"), { spelling: "Naim", confirmed: true }],
    ["learned: 3 of 4 uses (75%) in 2+ articles", named([spell("Naim", 3), spell("Naeem", 1)]), { spelling: "Naim", confirmed: false }],
    ["not learned: 2 of 3 (67%)", named([spell("Naim", 2), spell("Naeem", 1)]), undefined],
    ["not learned: one article", named([spell("Naim", 1)]), undefined],
    ["learned: 2 articles, no other spelling", named([spell("Naim", 2)]), { spelling: "Naim", confirmed: false }],
    ["a distinct spelling is not counted", named([spell("Naim", 3), spell("Naeem", 5, true)]), { spelling: "Naim", confirmed: false }],
    ["a distinct spelling is never the house spelling", named([spell("Naeem", 5, true)]), undefined],
    ["no spellings", named([]), undefined],
  ])("%s", (_label, record, expected) => {
    expect(houseSpelling(record)).toEqual(expected);
  });
});

const entry = (arabic: string, spelling: string): NameRecord => ({ key: normalizeNameKey(arabic), arabic, targetLang: "en", source: "register", spellings: [spell(spelling, 3)] });

describe("NameIndex", () => {
  const index = new NameIndex([
    entry("نعيم", "Naim"),
    entry("السيسي", "al-Sisi"),
    entry("عبد الفتاح", "Abdel Fattah"),
    entry("بن سلمان", "bin Salman"),
    entry("محمد بن سلمان", "Mohammed bin Salman"),
    entry("وليد", "Walid"),
    entry("بسام", "Bassam"),
    entry("سام", "Sam"),
    entry("أبو مازن", "Abu Mazen"),
  ]);
  const found = (paragraphs: string[]) => index.relevantTo(paragraphs).map((record) => record.arabic);

  it.each([
    ["a name as written", ["قال نعيم إن الحركة مستعدة."], ["نعيم"]],
    ["after a clitic", ["وفي تصريح لنعيم"], ["نعيم"]],
    ["with the article and a conjunction", ["والسيسي قال"], ["السيسي"]],
    ["a multi-word name, spaced or joined", ["استقبل عبد الفتاح الوفد", "وقال عبدالفتاح"], ["عبد الفتاح"]],
    ["multi-word names of two and three words at one place", ["التقى محمد بن سلمان الوزير"], ["محمد بن سلمان", "بن سلمان"]],
    ["a particle name after a clitic (وبن سلمان)", ["ووصل وبن سلمان"], ["بن سلمان"]],
    ["a name starting with a clitic letter is that name (no ليد in the register)", ["وقال وليد"], ["وليد"]],
    ["a word that may be a clitic and a name gives both candidates (the check pairs by the translation)", ["وقال بسام"], ["بسام", "سام"]],
    ["the clitic-stripped form looks the shorter name up", ["وسام"], ["سام"]],
    ["in order of first occurrence, once each", ["قال أبو مازن", "وقال نعيم", "وقال أبو مازن"], ["أبو مازن", "نعيم"]],
    ["nothing in a paragraph without register names", ["قالت الحكومة إن الوضع مستقر."], []],
    ["a multi-word name cut at the paragraph end is not found", ["وقال عبد"], []],
  ])("%s", (_label, paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });

  it("counts its records and gives them by key", () => {
    expect(index.size).toBe(9);
    expect(index.get("ابو مازن").map((record) => record.arabic)).toEqual(["أبو مازن"]);
    expect(index.get("no such key")).toEqual([]);
  });
});
