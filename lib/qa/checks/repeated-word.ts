import { normalizeArabic } from "../../text/arabic";
import { hasArabicScript } from "../../text/scripts";
import { words, type WordToken } from "../../text/words";
import type { Finding, QaCheck, QaContext } from "../types";
import { makeFinding, primaryLanguage } from "../util";

// Grammatical repeats that are correct: "had had", "that that"; French reflexives "nous nous", "vous vous";
// German relative pronouns "die die", "der der", "das das"; Arabic "من من" (from whom), emphatic "جدا جدا".
const ALLOWED: Record<string, ReadonlySet<string>> = {
  en: new Set(["had", "that", "is", "do", "bye", "no", "yes", "very", "so", "ha", "blah", "knock", "tut", "bang", "boo"]),
  fr: new Set(["nous", "vous", "si", "non", "oui", "très", "ha", "bla"]),
  es: new Set(["no", "sí", "si", "muy", "ja", "bla"]),
  it: new Set(["no", "sì", "molto", "piano", "ah", "ha", "bla"]),
  de: new Set(["die", "der", "das", "sie", "ja", "nein", "sehr", "ha", "bla"]),
  ar: new Set(["من", "ما", "جدا", "رويدا", "شيئا", "حينا", "لا", "نعم", "كلا"].map((w) => normalizeArabic(w))),
  fa: new Set(["که", "کم", "خیلی", "نه"]),
  ur: new Set(["نہیں", "بہت", "کم"]),
};

// Turkish and Persian reduplicate content words productively ("yavaş yavaş", "güzel güzel"): there only
// function words are checked.
const FUNCTION_WORDS_ONLY: Record<string, ReadonlySet<string>> = {
  tr: new Set(["ve", "bir", "bu", "şu", "o", "da", "de", "ile", "için", "gibi", "ama", "veya", "ki", "en", "daha"]),
};

const GLUE = new Set(["-", "‐", "'", "’"]);

const SENTENCE_BREAK_FREE = /^[ \u00a0\u202f\u2009]+$/u;

function keyOf(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  return hasArabicScript(lower) ? normalizeArabic(lower) : lower;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when two adjacent words are a repeat to report (same word, only spaces between, not an allowed repeat). */
function isRepeat(text: string, first: WordToken, second: WordToken, allowed: ReadonlySet<string> | undefined, onlyThese: ReadonlySet<string> | undefined): boolean {
  if (!SENTENCE_BREAK_FREE.test(text.slice(first.end, second.start))) return false;
  if (!/\p{L}/u.test(first.text)) return false;
  const key = keyOf(first.text);
  if (key !== keyOf(second.text)) return false;
  if (allowed?.has(key)) return false;
  if (onlyThese && !onlyThese.has(key)) return false;
  // "Bora Bora", "Sirhan Sirhan": two capitalized words are usually a name.
  if (isCapitalized(first.text) && isCapitalized(second.text)) return false;
  // Words glued to the previous or next word by a hyphen or apostrophe are compounds ("so-so").
  // (One character each side: a regular expression over the text before the word would read the paragraph again.)
  if (GLUE.has(text[first.start - 1] ?? "") || GLUE.has(text[second.end] ?? "")) return false;
  return true;
}

/**
 * "Simple" text: printable ASCII but "_", Arabic letters without harakat or tatweel, curly quotes and dashes, with
 * plain spaces as the only whitespace. There a word never contains a space, word segmentation on one side of a
 * space does not depend on the other side, and the comparison key of a word is its slice of
 * normalizeArabic(text.toLowerCase()) (one key character per text character).
 */
function isSimpleText(text: string): boolean {
  return !NOT_SIMPLE.test(text);
}

/** A code unit outside simple text (no u flag: code units, so any surrogate is outside too). */
const NOT_SIMPLE = /[^\x20-\x5e\x60-\x7e\u0621-\u063a\u0641-\u064a\u2018\u2019\u201c\u201d\u2013\u2014]/;

/** ASCII letter or digit, or Arabic letter (the letters and digits of simple text). */
function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a)
  );
}

/**
 * Spaces (start, end) between two chunks of simple text where a word at the end of the left chunk may equal a word
 * at the start of the right one: some suffix of the left chunk has the same key as the prefix of the right chunk
 * of the same length. Every repeated word of the paragraph sits at one of these gaps.
 */
function candidateGaps(text: string, keys: string): Array<{ left: number; start: number; end: number; right: number }> {
  const gaps: Array<{ left: number; start: number; end: number; right: number }> = [];
  let chunkStart = 0;
  let k = 0;
  while (k < text.length) {
    if (text.charCodeAt(k) !== 0x20) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && text.charCodeAt(k) === 0x20) k++;
    const end = k;
    let right = end;
    while (right < text.length && text.charCodeAt(right) !== 0x20) right++;
    const leftLength = start - chunkStart;
    const rightLength = right - end;
    // Letters and digits are never split inside a word, so a word ending at the gap holds at least the whole run
    // of letters and digits before it, and one starting there at least the run after it.
    let leftRun = 0;
    while (leftRun < leftLength && isLetterOrDigit(text.charCodeAt(start - 1 - leftRun))) leftRun++;
    let rightRun = 0;
    while (rightRun < rightLength && isLetterOrDigit(text.charCodeAt(end + rightRun))) rightRun++;
    for (let length = Math.max(1, leftRun, rightRun); length <= leftLength && length <= rightLength; length++) {
      if (keys.charCodeAt(start - length) !== keys.charCodeAt(end)) continue;
      if (keys.slice(start - length, start) === keys.slice(end, end + length)) {
        gaps.push({ left: chunkStart, start, end, right });
        break;
      }
    }
    chunkStart = end;
  }
  return gaps;
}

/** Paragraph characters per candidate gap below which the whole paragraph is segmented at once. */
const DENSE_GAP_CHARS = 64;

/** The same word twice in a row ("the the", "في في") in the target, not across punctuation. */
export const repeatedWordCheck: QaCheck = {
  id: "repeated-word",
  scope: "row",
  name: "Repeated word",
  description: "The same word written twice in a row in the translation (\"the the\", \"في في\"), ignoring legitimate repeats such as \"had had\".",
  category: "linguistic",
  subcategory: "grammar",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const lang = primaryLanguage(context.targetLang);
    const allowed = ALLOWED[lang];
    const onlyThese = FUNCTION_WORDS_ONLY[lang];
    const findings: Finding[] = [];
    const report = (text: string, paragraph: number, first: WordToken, second: WordToken): void => {
      findings.push(
        makeFinding(repeatedWordCheck, {
          side: "target",
          paragraph,
          start: first.start,
          end: second.end,
          paragraphText: text,
          code: "repeated",
          message: `The word "${first.text}" is repeated.`,
          suggestion: first.text,
          params: { word: first.text },
        }),
      );
    };
    context.target.forEach((text, paragraph) => {
      const keys = isSimpleText(text) ? normalizeArabic(text.toLowerCase()) : null;
      const gaps = keys !== null && keys.length === text.length ? candidateGaps(text, keys) : null;
      // Segmenting a chunk costs a fixed overhead: when candidates are dense ("the the the…"), one pass over the
      // whole paragraph is cheaper than one per gap.
      if (gaps !== null && gaps.length * DENSE_GAP_CHARS <= text.length) {
        // Word segmentation (Intl.Segmenter) is the cost of this check: segment only the two chunks around the
        // spaces where a repeat is possible. "the the the" gives one finding per pair, not overlapping ones.
        let lastSecondStart = -1;
        for (const gap of gaps) {
          const tokens = words(text.slice(gap.left, gap.right), context.targetLang);
          let first: WordToken | undefined;
          let second: WordToken | undefined;
          for (const token of tokens) {
            const start = token.start + gap.left;
            const end = token.end + gap.left;
            if (end <= gap.start) first = { text: token.text, start, end };
            else if (start >= gap.end && second === undefined) second = { text: token.text, start, end };
          }
          if (first === undefined || second === undefined || first.start === lastSecondStart) continue;
          if (!isRepeat(text, first, second, allowed, onlyThese)) continue;
          report(text, paragraph, first, second);
          lastSecondStart = second.start;
        }
        return;
      }
      const tokens = words(text, context.targetLang);
      for (let k = 1; k < tokens.length; k++) {
        const first = tokens[k - 1]!;
        const second = tokens[k]!;
        if (!isRepeat(text, first, second, allowed, onlyThese)) continue;
        report(text, paragraph, first, second);
        k++; // "the the the" yields one finding per pair, not overlapping ones
      }
    });
    return findings;
  },
};
