import { describe, expect, it } from "vitest";
import { fts5Query, searchDocument, searchTerms, searchWords, tsQuery } from "../../lib/server/search/search-text";

describe("searchWords", () => {
  it.each([
    // Arabic: hamza and alef forms, ta marbuta, alef maqsura, tatweel, diacritics
    ["أحمد", ["احمد"]],
    ["إسماعيل", ["اسماعيل"]],
    ["آمال", ["امال"]],
    ["مدرسة", ["مدرسه"]],
    ["مستشفى", ["مستشفي"]],
    ["مستشـــفى", ["مستشفي"]],
    ["مُسْتَشْفَى", ["مستشفي"]],
    ["مسؤول", ["مسوول"]],
    ["رئيس", ["رييس"]],
    // presentation forms and Arabic-Indic digits
    ["ﻻ", ["لا"]],
    ["عام ٢٠٢٤", ["عام", "2024"]],
    // Latin: case and accents; punctuation separates words
    ["Hôpital d'Alexandrie", ["hopital", "d", "alexandrie"]],
    ["ÉGYPTE, Égypte!", ["egypte", "egypte"]],
    ["ﬁnance", ["finance"]],
    ["covid-19", ["covid", "19"]],
    ["  ...  ", []],
  ])("%s → %j", (text, expected) => {
    expect(searchWords(text)).toEqual(expected);
  });
});

describe("searchDocument", () => {
  it("adds the stem after an Arabic word with a clitic or the article", () => {
    expect(searchDocument("وقال الرئيس للحكومة")).toBe("وقال قال الرييس رييس للحكومه حكومه");
  });
  it("keeps Latin words as they are (folded)", () => {
    expect(searchDocument("Le Président a déclaré")).toBe("le president a declare");
  });
});

describe("searchTerms", () => {
  it("one term per distinct word, Arabic words with clitics also as their stem", () => {
    expect(searchTerms("والرئيس مصر مصر Hôpital")).toEqual([["والرييس", "رييس"], ["مصر"], ["hopital"]]);
  });
  it("at most 8 terms; none for a query without letters or digits", () => {
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms("?! -- ...")).toEqual([]);
  });
  it("as FTS5 and tsquery expressions (prefix match per word, every term required)", () => {
    const terms = [["والرييس", "رييس"], ["hopital"]];
    expect(fts5Query(terms)).toBe('("والرييس"* OR "رييس"*) AND "hopital"*');
    expect(tsQuery(terms)).toBe("(والرييس:* | رييس:*) & hopital:*");
  });
});
