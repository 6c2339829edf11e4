/**
 * Translation-invariant anchors used by the aligner: numbers by value (Western, Arabic-Indic and
 * Persian digits), Latin-script tokens (acronyms, URLs, names), name skeletons and quotation marks.
 */
import { beyondLatin1, bmpHas, classLengthAt, LETTER, MARK, NUMBER, PUNCTUATION, runEnd, SPACE, SYMBOL } from "../text/char-class";
import { memoizeString } from "../text/memo";
import { arabicSkeletonKeys, latinSkeletonKey } from "../text/transliteration";

const DIGIT_CLASS = "0-9\u0660-\u0669\u06f0-\u06f9";
// A digit run, optionally with grouping/decimal separators between digits (1,500 / 2.5 / ١٬٠٠٠ / ٣٫٥ / 1 000).
const NUMBER_PATTERN = new RegExp(`[${DIGIT_CLASS}]+(?:[.,\u066b\u066c\u00a0\u202f][${DIGIT_CLASS}]+)*`, "g");

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** True when the token is ASCII digits only (most numbers: "2024", "15"). */
function plainDigits(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Canonical value string of one matched number token, or null when it is not a number. */
function canonicalNumber(token: string): string | null {
  // ASCII digits alone: no separator to read, only leading zeros to drop ("05" → "5").
  if (plainDigits(token)) return String(Number(token));
  let raw = asciiDigits(token).replace(/\u066c|\u00a0|\u202f/g, ",").replace(/\u066b/g, ".");
  const hasComma = raw.includes(",");
  const hasDot = raw.includes(".");
  if (hasComma && hasDot) {
    // The last separator is the decimal one (1,234.5 or 1.234,5).
    const decimal = raw.lastIndexOf(",") > raw.lastIndexOf(".") ? "," : ".";
    const grouping = decimal === "," ? "." : ",";
    raw = raw.split(grouping).join("").replace(decimal, ".");
  } else if (hasComma || hasDot) {
    const separator = hasComma ? "," : ".";
    const groups = raw.split(separator);
    const thousands = groups.length > 2 || (groups.slice(1).every((g) => g.length === 3) && hasComma);
    raw = thousands ? groups.join("") : groups.length === 2 ? `${groups[0]}.${groups[1]}` : groups.join("");
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return String(value);
}

/** Numbers in `text` as canonical value strings ("05" → "5", "١٬٠٠٠" → "1000", "٣٫٥" → "3.5"). */
export function extractAnchorNumbers(text: string): string[] {
  const result: string[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = canonicalNumber(match[0]);
    if (value !== null) result.push(value);
  }
  return result;
}

/** The double quotation marks of any style: " “ ” « » „ ‟ ❝ ❞ 〝 〞. */
const QUOTE_MARK_CODES = new Set([0x22, 0x201c, 0x201d, 0xab, 0xbb, 0x201e, 0x201f, 0x275d, 0x275e, 0x301d, 0x301e]);

/** Number of double quotation marks of any style in `text`. */
export function countQuoteMarks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // every mark is 0x22, 0xab, 0xbb or above 0x2000: one comparison skips most characters
    if ((code === 0x22 || code === 0xab || code === 0xbb || code > 0x2000) && QUOTE_MARK_CODES.has(code)) count++;
  }
  return count;
}

const WORD_PATTERN = /https?:\/\/\S+|[@#][\p{L}\p{N}_]+|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/**
 * End of the word that starts at `index`, or `index` when none does: the matches of
 * /https?:\/\/\S+|[@#][\p{L}\p{N}_]+|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\/gu (a URL, a handle or hashtag, letters
 * and marks joined by hyphens and apostrophes), alternatives tried in that order, found by table lookup.
 */
export function wordEndAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 0x68 && text.startsWith("http", index)) {
    const prefix = text.startsWith("s://", index + 4) ? 8 : text.startsWith("://", index + 4) ? 7 : 0;
    if (prefix > 0 && index + prefix < text.length && !bmpHas(text.charCodeAt(index + prefix), SPACE)) {
      let end = index + prefix + 1;
      while (end < text.length && !bmpHas(text.charCodeAt(end), SPACE)) end++;
      return end;
    }
  }
  if (code === 0x40 || code === 0x23) {
    const end = runEnd(text, index + 1, LETTER | NUMBER, 0x5f);
    if (end > index + 1) return end;
    return index;
  }
  let end = runEnd(text, index, LETTER | MARK);
  if (end === index) return index;
  for (;;) {
    const joiner = text.charCodeAt(end);
    if (joiner !== 0x2d && joiner !== 0x27 && joiner !== 0x2019) return end;
    const next = runEnd(text, end + 1, LETTER | MARK);
    if (next === end + 1) return end;
    end = next;
  }
}

/** Normalized text, used by the aligner to spot repeated paragraphs (a headline repeated as page chrome). */
export function fingerprintOf(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, " ").trim();
}

const SEPARATOR = SPACE | PUNCTUATION | SYMBOL;

/** One step of the 32-bit FNV-1a hash over UTF-16 code units; σ, ς and Σ hash alike (lower case has two sigmas). */
function mixUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ (unit === 0x3c2 ? 0x3c3 : unit), 0x01000193) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;

/** The hash fingerprintSummary computes, taken over a fingerprint itself (tests compare the two). */
export function fingerprintHash(fingerprint: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < fingerprint.length; k++) hash = mixUnit(hash, fingerprint.charCodeAt(k));
  return hash;
}

/** Lower case of one non-ASCII, non-Arabic code point, remembered. */
const lowerCache = new Map<number, string>();
function lowerOf(codePoint: number): string {
  let lower = lowerCache.get(codePoint);
  if (lower === undefined) {
    lower = String.fromCodePoint(codePoint).toLowerCase();
    if (lowerCache.size > 4096) lowerCache.clear();
    lowerCache.set(codePoint, lower);
  }
  return lower;
}

/**
 * fingerprintHash(fingerprintOf(text)) without building the fingerprint: texts with equal fingerprints have equal
 * summaries, so only texts whose summaries collide need their fingerprints compared. Lower case is taken per code
 * point (the same as the whole text's, but for the final sigma, which the hash does not tell from σ).
 */
export function fingerprintSummary(text: string): number {
  let hash = FNV_OFFSET;
  let kept = false;
  let inGap = false;
  for (let k = 0; k < text.length; ) {
    const code = text.charCodeAt(k);
    let codePoint = code;
    let units = 1;
    let separator: boolean;
    if (code >= 0xd800 && code <= 0xdfff) {
      // a pair is one code point (two units); a lone surrogate is kept as it is
      const next = text.charCodeAt(k + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        units = 2;
        codePoint = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      }
      separator = classLengthAt(text, k, SEPARATOR) > 0;
    } else separator = bmpHas(code, SEPARATOR);
    k += units;
    if (separator) {
      if (kept) inGap = true;
      continue;
    }
    if (inGap) {
      hash = mixUnit(hash, 0x20);
      inGap = false;
    }
    kept = true;
    if (code < 0x80) hash = mixUnit(hash, code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
    else if ((code >= 0x600 && code <= 0x6ff) || (units === 1 && code >= 0xd800 && code <= 0xdfff)) hash = mixUnit(hash, code);
    else {
      const lower = lowerOf(codePoint);
      for (let u = 0; u < lower.length; u++) hash = mixUnit(hash, lower.charCodeAt(u));
    }
  }
  return hash;
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

// Capitalized function words that start sentences; they are not names.
const LATIN_STOP = new Set(
  (
    "the a an in on at for but and or he she it they we i you this that these those his her their its as by with " +
    "from to of after before while when meanwhile however earlier later also there mr mrs ms dr according " +
    "le la les l des un une il elle ils elles dans pour par sur selon mais et depuis en au aux du de ce cette " +
    "el los las y con por para según"
  ).split(" "),
);

/** Per-paragraph features the aligner compares in O(small) per cell. */
export interface ParagraphFeatures {
  /** Non-whitespace character count. */
  length: number;
  numbers: string[];
  /** Lowercased Latin-script anchor tokens (acronyms, URLs, capitalized words; any Latin word in Arabic text). */
  latin: Set<string>;
  /** Name skeleton keys, one entry per distinct word (Arabic words expand to several keys). */
  nameWords: string[][];
  /** Union of all name keys. */
  nameKeys: Set<string>;
  quotes: number;
}

/** What one distinct word contributes to the features (computed once per word, shared: read only). */
type WordAnchor =
  | { kind: "none" }
  | { kind: "arabic"; keys: string[] }
  | { kind: "handle"; lower: string }
  | { kind: "latin"; lower: string; acronym: boolean; name: boolean; nameWord: string[] | null };

const NO_ANCHOR: WordAnchor = { kind: "none" };

const wordAnchor = memoizeString((word: string): WordAnchor => {
  const first = word[0]!;
  if (ARABIC_LETTER.test(first)) {
    const keys = arabicSkeletonKeys(word, 12).filter((key) => key.length >= 2);
    return keys.length > 0 ? { kind: "arabic", keys } : NO_ANCHOR;
  }
  if (first === "@" || first === "#" || word.startsWith("http")) return { kind: "handle", lower: word.toLowerCase() };
  if (!LATIN_LETTER.test(first)) return NO_ANCHOR;
  const lower = word.toLowerCase();
  const capitalized = first !== lower[0];
  const acronym = word.length >= 2 && word === word.toUpperCase();
  const name = capitalized && !LATIN_STOP.has(lower);
  let nameWord: string[] | null = null;
  if (name) {
    const key = latinSkeletonKey(word);
    if (key.length >= 2) nameWord = [key];
  }
  return { kind: "latin", lower, acronym, name, nameWord };
}, 200_000);

/** Extracts the aligner's features from one paragraph. */
export function paragraphFeatures(text: string): ParagraphFeatures {
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) length++;
  }
  const latin = new Set<string>();
  const nameWords: string[][] = [];
  const nameKeys = new Set<string>();
  const arabicText = ARABIC_LETTER.test(text);
  const seen = new Set<string>();
  // Latin-1 text: the regular expression (faster there); beyond: the table scan of wordEndAt (same words).
  const latin1 = !beyondLatin1(text);
  for (let from = 0; from < text.length; ) {
    let word: string;
    if (latin1) {
      WORD_PATTERN.lastIndex = from;
      const match = WORD_PATTERN.exec(text);
      if (match === null) break;
      word = match[0];
      from = match.index + word.length;
    } else {
      const end = wordEndAt(text, from);
      if (end === from) {
        from++;
        continue;
      }
      word = text.slice(from, end);
      from = end;
    }
    // In a text without Arabic, a word starting with a lower-case ASCII letter is no anchor (not capitalized, not an
    // acronym, not a handle or URL): most words of a translation, skipped without a cache lookup.
    if (!arabicText) {
      const first = word.charCodeAt(0);
      if (first >= 0x61 && first <= 0x7a && first !== 0x68) continue;
      if (first === 0x68 && !word.startsWith("http")) continue;
    }
    if (seen.has(word)) continue;
    seen.add(word);
    const anchor = wordAnchor(word);
    switch (anchor.kind) {
      case "arabic":
        nameWords.push(anchor.keys);
        for (const key of anchor.keys) nameKeys.add(key);
        break;
      case "handle":
        latin.add(anchor.lower);
        break;
      case "latin":
        if (arabicText || anchor.acronym || anchor.name) latin.add(anchor.lower);
        if (anchor.nameWord !== null) {
          nameWords.push(anchor.nameWord);
          nameKeys.add(anchor.nameWord[0]!);
        }
        break;
    }
  }
  return {
    length,
    numbers: extractAnchorNumbers(text),
    latin,
    nameWords,
    nameKeys,
    quotes: countQuoteMarks(text),
  };
}
