/**
 * Keys of the name register: the Arabic key a name is filed under (normalizeNameKey) and a folded Latin key for
 * searching spellings (latinNameKey).
 */
import { normalizeArabic } from "../text/arabic";
import { stripInvisible } from "../text/invisible";
import { memoizeString } from "../text/memo";

const ARABIC_WORD = /[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+/gu;

// The article with the clitics written before it, longest first (وبال before وال before ال).
const ARTICLE_FORMS = ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];
// Single clitics a name can carry in running text (و and, ف so, ب with, ل for, ك like), and two of them together.
const CLITICS = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];
const MIN_STEM = 3;
// Name words shorter than MIN_STEM that a clitic may still be written before (وبن سلمان).
const SHORT_NAME_WORDS = new Set(["بن"]);

/** Arabic words of a text (letters only; diacritics, tatweel and invisible characters removed, letters folded). */
export function arabicNameWords(text: string): string[] {
  return normalizeArabic(stripInvisible(text)).match(ARABIC_WORD) ?? [];
}

/**
 * Key words of one normalized Arabic word: the article and the clitics attached to it removed when 3+ letters remain
 * (السيسي → سيسي, والسيسي → سيسي, but الله stays), and a joined عبدال… split (عبدالفتاح → عبد فتاح).
 */
export const nameWordKeys = memoizeString((word: string): string[] => {
  if (word.startsWith("عبدال") && word.length - 5 >= MIN_STEM) return ["عبد", word.slice(5)];
  for (const form of ARTICLE_FORMS) {
    if (word.startsWith(form) && word.length - form.length >= MIN_STEM) return [word.slice(form.length)];
  }
  return [word];
});

/**
 * The register key of an Arabic name: hamza and alef forms, ta marbuta, alef maqsura folded, diacritics and tatweel
 * removed, the article (with clitics attached to it) removed from each word, words separated by one space.
 * A bare و/ب/ل/ف/ك is not removed (بسام and سام are two names): call it on a name, not on a word of running text.
 */
export function normalizeNameKey(arabic: string): string {
  return arabicNameWords(arabic).flatMap((word) => nameWordKeys(word)).join(" ");
}

/**
 * Key-word sequences one word of running text may stand for: its own keys, then its keys with a leading clitic
 * removed (لنعيم → نعيم, وبلماضي → بلماضي / لماضي, وبن → بن), each when 3+ letters remain or the rest is بن.
 * `word` is normalized already.
 */
export const nameKeyForms = memoizeString((word: string): string[][] => {
  const forms: string[][] = [nameWordKeys(word)];
  const seen = new Set<string>([forms[0]!.join(" ")]);
  for (const clitic of CLITICS) {
    if (!word.startsWith(clitic)) continue;
    if (word.length - clitic.length < MIN_STEM && !SHORT_NAME_WORDS.has(word.slice(clitic.length))) continue;
    const keys = nameWordKeys(word.slice(clitic.length));
    const joined = keys.join(" ");
    if (seen.has(joined)) continue;
    seen.add(joined);
    forms.push(keys);
  }
  return forms;
});

const ARTICLE_WORD = /^(?:al|el)$/u;

/**
 * Folded Latin spelling for search: lower case, diacritics removed, possessive 's, the article al-/el- (joined by a
 * hyphen or a space) and hyphens, spaces and apostrophes dropped: "al-Sisi", "El Sisi", "Sisi's" → "sisi";
 * "Abdel-Fattah", "Abdel Fattah", "Abdelfattah" → "abdelfattah".
 */
export function latinNameKey(latin: string): string {
  const words = latin
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .split(/[\s\u00a0\-‐‑'’`ʿʾ.]+/u)
    .filter((word) => word !== "");
  const kept = words.filter((word, index) => !(ARTICLE_WORD.test(word) && index < words.length - 1));
  return kept.join("").replace(/[^\p{L}\p{N}]/gu, "");
}
