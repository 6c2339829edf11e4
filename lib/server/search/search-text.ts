import { normalizeArabic, stripArabicPrefixes } from "../../text/arabic";

/**
 * Text as the full-text index stores it and queries are matched against (pure: no database). Both sides go through
 * the same function, so a query matches whatever spelling variant the text used:
 * - Arabic: hamza and alef forms (أ إ آ ٱ → ا, ؤ → و, ئ → ي), ta marbuta (ة → ه), alef maqsura (ى → ي), tatweel and
 *   diacritics removed (lib/text/arabic.ts normalizeArabic); presentation forms (ﻻ) and Arabic-Indic digits (٢٠٢٤)
 *   folded to letters and ASCII digits;
 * - Latin and other scripts: lower case, accents removed (é → e, ß stays), compatibility forms folded (ﬁ → fi).
 * Words are runs of letters and digits; everything else separates them.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ARABIC_LETTER = /[\u0600-\u06ff]/;

function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String.fromCharCode(48 + ((digit.charCodeAt(0) - 0x0660) % 0x90)));
}

/** The words of a text, normalized for search (in order, repeats kept). */
export function searchWords(text: string): string[] {
  const folded = foldDigits(normalizeArabic(text.normalize("NFKD")).replace(MARKS, "").toLowerCase());
  return folded.match(WORD) ?? [];
}

/**
 * The document text stored in the index: every normalized word, and after an Arabic word with a clitic or the
 * article (والرئيس, للحكومة) its stem too (رئيس, حكومه), so a search for الرئيس or رئيس finds والرئيس.
 */
export function searchDocument(text: string): string {
  const out: string[] = [];
  for (const word of searchWords(text)) {
    out.push(word);
    if (ARABIC_LETTER.test(word)) {
      const stem = stripArabicPrefixes(word);
      if (stem !== word) out.push(stem);
    }
  }
  return out.join(" ");
}

/**
 * A search query as terms: each term is a list of alternatives (an Arabic word with a clitic also as its stem),
 * every term must match, each alternative matches words that start with it. At most `maxTerms` terms (the rest of
 * a pasted paragraph is ignored). Empty when the query has no letters or digits.
 */
export function searchTerms(query: string, maxTerms = 8): string[][] {
  const terms: string[][] = [];
  const seen = new Set<string>();
  for (const word of searchWords(query)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const alternatives = [word];
    if (ARABIC_LETTER.test(word)) {
      const stem = stripArabicPrefixes(word);
      if (stem !== word) alternatives.push(stem);
    }
    terms.push(alternatives);
    if (terms.length >= maxTerms) break;
  }
  return terms;
}

/** The terms as an SQLite FTS5 MATCH expression: `("a"* OR "b"*) "c"*` (implicit AND between terms). */
export function fts5Query(terms: readonly string[][]): string {
  return terms.map((alternatives) => {
    const parts = alternatives.map((word) => `"${word}"*`);
    return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`;
  }).join(" AND ");
}

/** The terms as a PostgreSQL tsquery ('simple' configuration): `(a:* | b:*) & c:*`. */
export function tsQuery(terms: readonly string[][]): string {
  return terms.map((alternatives) => {
    const parts = alternatives.map((word) => `${word}:*`);
    return parts.length === 1 ? parts[0] : `(${parts.join(" | ")})`;
  }).join(" & ");
}
