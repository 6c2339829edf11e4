/**
 * Concept ids of the words of a text, through the Arabic → English / French word list of ./ar-en-fr.ts: an Arabic
 * sentence and its translation share many concept ids, two unrelated sentences few. Matching is by the longest
 * listed stem that begins the word (Arabic clitics و ف ب ل ك س and the article removed first), with a few letters
 * of ending allowed; a stem written with a final "=" matches only the whole word. Linear in the text; words are
 * memoized.
 */
import { normalizeArabic } from "../arabic";
import { memoizeString } from "../memo";
import { AR_EN_FR } from "./ar-en-fr";

/** Languages with a column in the word list. */
export type LexiconLanguage = "ar" | "en" | "fr";

const COLUMNS: Readonly<Record<LexiconLanguage, number>> = { ar: 0, en: 1, fr: 2 };

/** Shortest stem kept (shorter ones match too many words). */
const MIN_STEM = 3;

interface StemTable {
  /** stem → concept ids; exact-only stems are stored with a trailing "=". */
  stems: Map<string, number[]>;
  longest: number;
}

const tables = new Map<LexiconLanguage, StemTable>();

function arabicKey(word: string): string {
  return normalizeArabic(word);
}

function latinKey(word: string): string {
  return word.toLowerCase();
}

function table(lang: LexiconLanguage): StemTable {
  let built = tables.get(lang);
  if (built) return built;
  const stems = new Map<string, number[]>();
  let longest = 0;
  const lines = AR_EN_FR.split("\n").filter((line) => line.includes("|"));
  lines.forEach((line, concept) => {
    const column = line.split("|")[COLUMNS[lang]] ?? "";
    for (const raw of column.split(/\s+/u)) {
      if (raw === "") continue;
      const exact = raw.endsWith("=");
      let stem = exact ? raw.slice(0, -1) : raw;
      if (lang === "ar") {
        stem = arabicKey(stem);
        // The table may write the article (المغرب); words are looked up without it.
        if (stem.startsWith("ال") && stem.length - 2 >= MIN_STEM) stem = stem.slice(2);
      } else stem = latinKey(stem);
      if (stem.length < MIN_STEM) continue;
      const key = exact ? `${stem}=` : stem;
      const ids = stems.get(key) ?? [];
      if (!ids.includes(concept)) ids.push(concept);
      stems.set(key, ids);
      longest = Math.max(longest, stem.length);
    }
  });
  built = { stems, longest };
  tables.set(lang, built);
  return built;
}

/** Letters a word may have after its stem: short stems allow less (a plural or a pronoun suffix). */
function allowedEnding(stemLength: number, arabic: boolean): number {
  if (stemLength <= 3) return 2;
  if (stemLength === 4 || arabic) return 3;
  return 5;
}

const NO_CONCEPTS: readonly number[] = [];

/** The longest listed stem beginning `word`, as concept ids and its length (0 when none). */
function longestStem(word: string, lookup: StemTable, arabic: boolean): { ids: readonly number[]; length: number } {
  const exact = lookup.stems.get(`${word}=`);
  if (exact) return { ids: exact, length: word.length };
  for (let k = Math.min(word.length, lookup.longest); k >= MIN_STEM; k--) {
    if (word.length - k > allowedEnding(k, arabic)) break;
    const ids = lookup.stems.get(word.slice(0, k));
    if (ids) return { ids, length: k };
  }
  return { ids: NO_CONCEPTS, length: 0 };
}

const ARABIC_CONJUNCTION = /^[وف]/u;
const ARABIC_PARTICLE = /^[بلكس]/u;

/** The word and its forms without leading clitics (والحكومة → والحكومه, الحكومه, حكومه...). */
function arabicCandidates(word: string): string[] {
  const candidates = [word];
  const add = (form: string) => {
    if (form.length >= MIN_STEM && !candidates.includes(form)) candidates.push(form);
  };
  const withoutConjunction = ARABIC_CONJUNCTION.test(word) ? word.slice(1) : word;
  add(withoutConjunction);
  for (const base of [word, withoutConjunction]) {
    const withoutParticle = ARABIC_PARTICLE.test(base) ? base.slice(1) : base;
    add(withoutParticle);
    // "لل" is ل + ال with the alif dropped (للحكومة).
    if (base.startsWith("لل")) add(base.slice(2));
    for (const form of [base, withoutParticle]) if (form.startsWith("ال")) add(form.slice(2));
  }
  return candidates;
}

const arabicConcepts = memoizeString((word: string): readonly number[] => {
  const lookup = table("ar");
  let best: { ids: readonly number[]; length: number } = { ids: NO_CONCEPTS, length: 0 };
  for (const candidate of arabicCandidates(arabicKey(word))) {
    const found = longestStem(candidate, lookup, true);
    if (found.length > best.length) best = found;
  }
  return best.ids;
}, 50_000);

const latinConcepts: Record<"en" | "fr", (word: string) => readonly number[]> = {
  en: memoizeString((word: string) => longestStem(latinKey(word), table("en"), false).ids, 50_000),
  fr: memoizeString((word: string) => longestStem(latinKey(word), table("fr"), false).ids, 50_000),
};

const WORD = /[\p{L}\p{M}]+/gu;

/** True when the language has a column in the word list. */
export function hasLexicon(lang: string): lang is LexiconLanguage {
  return lang === "ar" || lang === "en" || lang === "fr";
}

/**
 * Distinct concept ids of the listed words of `text` in `lang` (Arabic words only for "ar", Latin-script words only
 * for "en"/"fr"), in order of first appearance.
 */
export function lexiconConceptIds(text: string, lang: LexiconLanguage): number[] {
  const found: number[] = [];
  const lookup = lang === "ar" ? arabicConcepts : latinConcepts[lang];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const code = word.charCodeAt(0);
    const arabic = code >= 0x0600 && code <= 0x06ff;
    if (arabic !== (lang === "ar")) continue;
    for (const id of lookup(word)) if (!found.includes(id)) found.push(id);
  }
  return found;
}
