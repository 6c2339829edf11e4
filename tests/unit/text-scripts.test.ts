import { describe, expect, it } from "vitest";
import { hasArabicScript, isArabicLetter, isRtlLanguage, scriptOf } from "../../lib/text/scripts";

describe("isArabicLetter", () => {
  it.each([
    ["ب", true],
    ["ة", true],
    ["ى", true],
    ["ٱ", true],
    ["پ", true],
    ["ی", true],
    ["\u064e", false], // fatha
    ["٣", false],
    ["،", false],
    ["a", false],
    ["", false],
  ])("%s -> %s", (ch, expected) => expect(isArabicLetter(ch)).toBe(expected));
});

describe("hasArabicScript", () => {
  it.each([
    ["قالت مصادر للجزيرة", true],
    ["Reuters قال", true],
    ["Reuters said 2024", false],
    ["٢٠٢٤", false],
    ["", false],
  ])("%s -> %s", (text, expected) => expect(hasArabicScript(text)).toBe(expected));
});

describe("isRtlLanguage", () => {
  it.each([
    ["ar", true],
    ["ar-EG", true],
    ["AR", true],
    ["he", true],
    ["fa_IR", true],
    ["ur", true],
    ["ps", true],
    ["yi", true],
    ["dv", true],
    ["ckb", true],
    ["en", false],
    ["fr-FR", false],
    ["tr", false],
  ])("%s -> %s", (lang, expected) => expect(isRtlLanguage(lang)).toBe(expected));
});

describe("scriptOf", () => {
  it.each([
    ["ع", "arabic"],
    ["\u0650", "arabic"],
    ["é", "latin"],
    ["Z", "latin"],
    ["ש", "hebrew"],
    ["Ж", "cyrillic"],
    ["7", "digit"],
    ["٧", "digit"],
    [" ", "space"],
    ["،", "punctuation"],
    ["!", "punctuation"],
  ])("%s -> %s", (ch, expected) => expect(scriptOf(ch)).toBe(expected));
});
