import { describe, expect, it } from "vitest";
import { countLetters, detectScriptSwap, dominantScript, letterScriptOf } from "../../lib/text/script-swap";

const ARABIC = "قالت مصادر مطلعة إن المحادثات في القاهرة انتهت من دون اتفاق على وقف إطلاق النار.";
const ENGLISH = "Sources said the talks in Cairo ended without an agreement on a ceasefire.";
const FRENCH = "Des sources ont indiqué que les négociations au Caire se sont achevées sans accord sur un cessez-le-feu.";
// An Arabic paragraph that quotes English names and an agency name: still an Arabic source.
const ARABIC_WITH_ENGLISH_NAMES =
  "وقال المتحدث باسم «Human Rights Watch» إن تقرير «Reuters» عن لقاء Antony Blinken وJake Sullivan في القاهرة دقيق.";
// A news paragraph with one English agency name: mostly Arabic.
const ARABIC_WITH_ONE_NAME = "ونقلت وكالة «Reuters» عن مسؤول مصري قوله إن الوفدين سيعودان إلى القاهرة الأسبوع المقبل.";
// An English paragraph quoting an Arabic slogan: still an English translation.
const ENGLISH_WITH_ARABIC_QUOTE = "Protesters chanted «الشعب يريد» outside the ministry on Tuesday, witnesses said.";

describe("letterScriptOf", () => {
  it.each([
    ["ar", "arabic"],
    ["fa", "arabic"],
    ["ur", "arabic"],
    ["en", "latin"],
    ["en-GB", "latin"],
    ["fr", "latin"],
    ["he", null],
    ["", null],
  ])("%s → %s", (lang, expected) => expect(letterScriptOf(lang)).toBe(expected));
});

describe("countLetters", () => {
  it.each([
    ["abc دهو", { arabic: 3, latin: 3 }],
    ["Égypte à l'ouest", { arabic: 0, latin: 13 }],
    ["٢٠٢٦ 2026 — «»", { arabic: 0, latin: 0 }],
    ["مُحَمَّد", { arabic: 4, latin: 0 }],
  ])("%s", (text, expected) => expect(countLetters(text)).toEqual(expected));
});

describe("dominantScript", () => {
  it.each([
    [ARABIC, "arabic"],
    [ENGLISH, "latin"],
    [FRENCH, "latin"],
    [ARABIC_WITH_ONE_NAME, "arabic"],
    // More Latin letters than Arabic ones: neither script dominates, so the text can never count as reversed.
    [ARABIC_WITH_ENGLISH_NAMES, null],
    [ENGLISH_WITH_ARABIC_QUOTE, "latin"],
    ["OK 2026", null],
    ["Gaza غزة Gaza غزة Gaza غزة", null],
  ])("%s → %s", (text, expected) => expect(dominantScript(text)).toBe(expected));
});

describe("detectScriptSwap", () => {
  it.each([
    // Arabic → English
    { name: "right way round", sourceText: ARABIC, targetText: ENGLISH, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "English as source, Arabic as translation", sourceText: ENGLISH, targetText: ARABIC, sourceLang: "ar", targetLang: "en", swapped: true },
    // Arabic → French
    { name: "French as source, Arabic as translation", sourceText: FRENCH, targetText: ARABIC, sourceLang: "ar", targetLang: "fr", swapped: true },
    { name: "Arabic → French right way round", sourceText: ARABIC, targetText: FRENCH, sourceLang: "ar", targetLang: "fr", swapped: false },
    // English → Arabic articles exist too: then an Arabic "source" is the swap.
    { name: "English → Arabic article entered reversed", sourceText: ARABIC, targetText: ENGLISH, sourceLang: "en", targetLang: "ar", swapped: true },
    // Mixed text is not a swap.
    { name: "Arabic source quoting English names", sourceText: ARABIC_WITH_ENGLISH_NAMES, targetText: ENGLISH, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "name-heavy Arabic source, Arabic pasted as translation too", sourceText: ARABIC_WITH_ENGLISH_NAMES, targetText: ARABIC, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "Arabic source with an agency name", sourceText: ARABIC_WITH_ONE_NAME, targetText: ENGLISH, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "English translation quoting Arabic", sourceText: ARABIC, targetText: ENGLISH_WITH_ARABIC_QUOTE, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "only one side in the other script (both English)", sourceText: ENGLISH, targetText: ENGLISH, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "only one side in the other script (both Arabic)", sourceText: ARABIC, targetText: ARABIC, sourceLang: "ar", targetLang: "en", swapped: false },
    { name: "too short to tell", sourceText: "Gaza", targetText: "غزة", sourceLang: "ar", targetLang: "en", swapped: false },
    // Same-script pairs are never compared.
    { name: "English → French with French as source", sourceText: FRENCH, targetText: ENGLISH, sourceLang: "en", targetLang: "fr", swapped: false },
    { name: "Hebrew is not compared", sourceText: ENGLISH, targetText: ARABIC, sourceLang: "he", targetLang: "ar", swapped: false },
  ])("$name → swapped: $swapped", ({ sourceText, targetText, sourceLang, targetLang, swapped }) => {
    expect(detectScriptSwap({ sourceText, targetText, sourceLang, targetLang }).swapped).toBe(swapped);
  });

  it("says what it found on each side", () => {
    expect(detectScriptSwap({ sourceText: ENGLISH, targetText: ARABIC, sourceLang: "ar", targetLang: "en" })).toEqual({
      swapped: true,
      sourceExpected: "arabic",
      sourceFound: "latin",
      targetExpected: "latin",
      targetFound: "arabic",
    });
  });
});
