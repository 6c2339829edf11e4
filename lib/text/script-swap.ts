/**
 * Swapped inputs: the translation pasted (or uploaded) as the source and the source as the translation. Detected by
 * writing system, the one signal that is certain without a language model: an Arabic → English article whose
 * "source" is mostly Latin letters and whose "translation" is mostly Arabic letters was entered the wrong way round.
 * Only Arabic-script and Latin-script languages are compared; any other pair is never reported.
 */
import { isArabicLetter } from "./scripts";

/** The writing systems the swap check tells apart. */
export type TLetterScript = "arabic" | "latin";

/** Letters counted in a text (digits, punctuation, spaces and marks are not letters). */
export interface TLetterCounts {
  arabic: number;
  latin: number;
}

/** The share of letters a script needs for a text to be "mostly" in it. */
export const DOMINANT_SHARE = 0.6;
/** Fewer letters than this on a side say nothing about its script (a number, a dateline, "OK"). */
export const MIN_LETTERS = 8;

const ARABIC_SCRIPT_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb", "sd", "ug"]);
const LATIN_SCRIPT_LANGUAGES = new Set(["en", "fr", "es", "de", "it", "tr", "pt", "nl", "id", "ms", "sw", "so", "ha"]);
const LATIN_LETTER = /^(?=\p{L})\p{Script=Latin}/u;

/** The script a language (BCP 47 primary subtag) is written in, when it is one the check compares. */
export function letterScriptOf(lang: string): TLetterScript | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (ARABIC_SCRIPT_LANGUAGES.has(primary)) return "arabic";
  if (LATIN_SCRIPT_LANGUAGES.has(primary)) return "latin";
  return null;
}

/** Counts Arabic-script and Latin-script letters. */
export function countLetters(text: string): TLetterCounts {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
    else if (code < 0xc0) continue;
    else if (isArabicLetter(ch)) arabic += 1;
    else if (LATIN_LETTER.test(ch)) latin += 1;
  }
  return { arabic, latin };
}

/** The script most of a text's letters are in (at least DOMINANT_SHARE of them), or null when mixed or too short. */
export function dominantScript(text: string): TLetterScript | null {
  const { arabic, latin } = countLetters(text);
  const total = arabic + latin;
  if (total < MIN_LETTERS) return null;
  if (arabic >= total * DOMINANT_SHARE) return "arabic";
  if (latin >= total * DOMINANT_SHARE) return "latin";
  return null;
}

/** What the swap check found: each side's expected and actual script. */
export interface TScriptSwap {
  swapped: boolean;
  sourceExpected: TLetterScript | null;
  sourceFound: TLetterScript | null;
  targetExpected: TLetterScript | null;
  targetFound: TLetterScript | null;
}

/**
 * True (`swapped`) when the two languages use different scripts (Arabic vs Latin), the source text is mostly in
 * the translation language's script AND the translation text is mostly in the source language's script. Both sides
 * must be reversed: an Arabic source quoting English names, or an English translation quoting Arabic, is not.
 */
export function detectScriptSwap(input: { sourceText: string; targetText: string; sourceLang: string; targetLang: string }): TScriptSwap {
  const sourceExpected = letterScriptOf(input.sourceLang);
  const targetExpected = letterScriptOf(input.targetLang);
  if (!sourceExpected || !targetExpected || sourceExpected === targetExpected) {
    return { swapped: false, sourceExpected, sourceFound: null, targetExpected, targetFound: null };
  }
  const sourceFound = dominantScript(input.sourceText);
  const targetFound = dominantScript(input.targetText);
  const swapped = sourceFound === targetExpected && targetFound === sourceExpected;
  return { swapped, sourceExpected, sourceFound, targetExpected, targetFound };
}
