/** Shared helpers for QA checks: finding construction, group lookups, spans and term matching. */
import type { AlignmentGroup } from "../align/types";
import { arabicStemVariants, normalizeArabic } from "../text/arabic";
import { hasInvisible, INVISIBLE_CHARACTERS, stripInvisible } from "../text/invisible";
import { beyondLatin1, LETTER, MARK, NUMBER, runEnd } from "../text/char-class";
import { BoundedCache, memoizeString } from "../text/memo";
import { hasArabicScript } from "../text/scripts";
import type { Finding, QaCheck, QaContext, Side } from "./types";
import type { Severity } from "./mqm";

/** Primary language subtag, lower-cased ("en-GB" → "en"). */
export function primaryLanguage(lang: string): string {
  return (lang.trim().toLowerCase().split(/[-_]/)[0] ?? "").trim();
}

const ARABIC_SCRIPT_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ku", "ks", "pnb", "bal"]);

/** True when the language is normally written in Arabic script. */
export function writesArabicScript(lang: string): boolean {
  return ARABIC_SCRIPT_LANGUAGES.has(primaryLanguage(lang));
}

/** Fields a check fills per finding; the rest comes from the check itself. */
export interface FindingDraft {
  side: Side;
  paragraph: number;
  start: number;
  end: number;
  /** Paragraph text the offsets refer to (used to fill `text`). */
  paragraphText: string;
  /** Code after the check id in the message key: "qa:<check>.<code>". */
  code: string;
  message: string;
  severity?: Severity;
  suggestion?: string;
  params?: Record<string, string | number>;
}

/** Builds a Finding for `check` with an exact `text` slice and the "qa:<check>.<code>" message key. */
export function makeFinding(check: QaCheck, draft: FindingDraft): Finding {
  const finding: Finding = {
    check: check.id,
    category: check.category,
    severity: draft.severity ?? check.defaultSeverity,
    side: draft.side,
    paragraph: draft.paragraph,
    start: draft.start,
    end: draft.end,
    text: draft.paragraphText.slice(draft.start, draft.end),
    message: draft.message,
    messageKey: `qa:${check.id}.${draft.code}`,
  };
  if (check.subcategory !== undefined) finding.subcategory = check.subcategory;
  if (draft.suggestion !== undefined) finding.suggestion = draft.suggestion;
  if (draft.params !== undefined) finding.params = draft.params;
  return finding;
}

/** Offsets of `text` without leading and trailing whitespace; null when nothing is left. */
export function trimmedSpan(text: string): { start: number; end: number } | null {
  const match = /\S[\s\S]*\S|\S/u.exec(text);
  if (!match) return null;
  return { start: match.index, end: match.index + match[0].length };
}

/** Alignment groups to compare; without an alignment, paragraphs are paired by index when the counts agree. */
export function comparableGroups(context: QaContext): AlignmentGroup[] {
  if (context.alignment.length > 0) return context.alignment.map((g) => ({ source: [...g.source], target: [...g.target] }));
  if (context.source.length !== context.target.length) return [];
  return context.source.map((_, k) => ({ source: [k], target: [k] }));
}

/** For each paragraph index of `side`, the alignment group that contains it. */
export function groupIndexBy(alignment: readonly AlignmentGroup[], side: Side): Map<number, number> {
  const map = new Map<number, number>();
  alignment.forEach((group, index) => {
    for (const paragraph of group[side]) map.set(paragraph, index);
  });
  return map;
}

/** Paragraphs of one side of a group joined with "\n", with the offset where each paragraph starts. */
export interface JoinedGroup {
  text: string;
  paragraphs: number[];
  offsets: number[];
}

/** Joins the paragraphs of a group side so a check can search across them, keeping a way back. */
export function joinGroup(paragraphs: readonly number[], texts: readonly string[]): JoinedGroup {
  const offsets: number[] = [];
  let text = "";
  for (const [k, paragraph] of paragraphs.entries()) {
    if (k > 0) text += "\n";
    offsets.push(text.length);
    text += texts[paragraph] ?? "";
  }
  return { text, paragraphs: [...paragraphs], offsets };
}

/** Maps a span of a joined group back to (paragraph, start, end); null when it crosses a paragraph break. */
export function locateInGroup(group: JoinedGroup, start: number, end: number): { paragraph: number; start: number; end: number } | null {
  for (let k = group.offsets.length - 1; k >= 0; k--) {
    const offset = group.offsets[k]!;
    if (start >= offset) {
      const nextOffset = k + 1 < group.offsets.length ? group.offsets[k + 1]! - 1 : group.text.length;
      if (end > nextOffset) return null;
      return { paragraph: group.paragraphs[k]!, start: start - offset, end: end - offset };
    }
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when `ch` is a letter, combining mark or digit (what counts as "inside a word"). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && WORD_CHAR.test(ch);
}

/** A token of a term-matching tokenization: a maximal run of letters, marks and digits. */
export interface TermToken {
  start: number;
  end: number;
  /** Comparison key (lower-cased; Arabic normalized). */
  key: string;
  /** Key and its Arabic clitic-stripped variants (just the key for other scripts). */
  stems: string[];
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;
/** Same tokens, but invisible format characters between two word characters stay inside the token ("Na\u200Beem"). */
const TOKEN_WITH_INVISIBLE_RE = new RegExp(`[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[${INVISIBLE_CHARACTERS}]+(?=[\\p{L}\\p{M}\\p{N}]))*`, "gu");

/** Comparison key of a word: NFC, lower case, and Arabic letter-variant folding. */
export function wordKey(word: string): string {
  return cachedWordKey(word);
}

const cachedWordKey = memoizeString((word: string): string => {
  const lower = word.normalize("NFC").toLowerCase();
  return hasArabicScript(lower) ? normalizeArabic(lower) : lower;
});

/** Key and stems of one token text, computed once per distinct word (the stems array is shared: read only). */
const tokenAnalysis = memoizeString((word: string): { key: string; stems: string[] } => {
  const key = wordKey(word);
  return { key, stems: hasArabicScript(key) ? arabicStemVariants(key) : [key] };
});

/**
 * Tokenizes `text` for term matching, with comparison keys and clitic-stripped stems. Invisible characters inside
 * a word (zero-width space, joiners, soft hyphen, bidi marks) do not split it and are left out of its key; the
 * offsets still cover them.
 */
export function termTokens(text: string): TermToken[] {
  const tokens: TermToken[] = [];
  if (hasInvisible(text)) {
    for (const match of text.matchAll(TOKEN_WITH_INVISIBLE_RE)) {
      const { key, stems } = tokenAnalysis(stripInvisible(match[0]));
      tokens.push({ start: match.index, end: match.index + match[0].length, key, stems });
    }
    return tokens;
  }
  if (!beyondLatin1(text)) {
    for (const match of text.matchAll(TOKEN_RE)) {
      const { key, stems } = tokenAnalysis(match[0]);
      tokens.push({ start: match.index, end: match.index + match[0].length, key, stems });
    }
    return tokens;
  }
  // The matches of TOKEN_RE, found with the character-class table (lib/text/char-class).
  const length = text.length;
  let start = 0;
  while (start < length) {
    const end = runEnd(text, start, LETTER | MARK | NUMBER);
    if (end === start) {
      start++;
      continue;
    }
    const { key, stems } = tokenAnalysis(text.slice(start, end));
    tokens.push({ start, end, key, stems });
    start = end;
  }
  return tokens;
}

/** Separator class between two tokens: whitespace runs compare equal, hyphens compare equal, others literally. */
function separatorKey(separator: string): string {
  return stripInvisible(separator).replace(/\s+/gu, " ").replace(/[-‐‑‒–—]/gu, "-");
}

/** A compiled term: its tokens and the separators between them. */
export interface CompiledTerm {
  keys: string[];
  separators: string[];
  /** Per word: the exact spelling when it must match case-sensitively (acronyms such as "US"), else null. */
  exact: Array<string | null>;
  /** The final period of an abbreviation ("U.N.", "Gen."), part of an occurrence unless it ends the sentence. */
  finalPeriod?: boolean;
}

/** Prepares a term (one or more words) for `findTerm`. */
export function compileTerm(term: string): CompiledTerm | null {
  const tokens = termTokens(term);
  if (tokens.length === 0) return null;
  const separators: string[] = [];
  for (let k = 1; k < tokens.length; k++) separators.push(separatorKey(term.slice(tokens[k - 1]!.end, tokens[k]!.start)));
  // An all-capitals word ("US", "UN") is an acronym: matching it case-insensitively would hit "us", "un".
  const exact = tokens.map((token) => {
    const raw = stripInvisible(term.slice(token.start, token.end));
    return raw.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}/u.test(raw) ? raw : null;
  });
  const compiled: CompiledTerm = { keys: tokens.map((token) => token.key), separators, exact };
  if (term.slice(tokens[tokens.length - 1]!.end).trim() === ".") compiled.finalPeriod = true;
  return compiled;
}

/** After `end`: a period that belongs to the abbreviation, not a full stop (text and a lower-case word or punctuation follow). */
function abbreviationPeriodAt(text: string, end: number): boolean {
  return text[end] === "." && end + 1 < text.length && !/^\s+[\p{Lu}"“«(]/u.test(text.slice(end + 1, end + 4));
}

const firstFormsCache = new WeakMap<CompiledTerm, Set<string>>();

/** Keys or stems a token must have to start an occurrence of the term. */
function firstFormsOf(term: CompiledTerm): Set<string> {
  let forms = firstFormsCache.get(term);
  if (forms === undefined) {
    const firstKey = term.keys[0]!;
    forms = new Set([firstKey]);
    // A term written with the article (الحكومة) also matches its clitic forms (وللحكومة → حكومة).
    if (hasArabicScript(firstKey) && firstKey.startsWith("ال") && firstKey.length >= 4) forms.add(firstKey.slice(2));
    firstFormsCache.set(term, forms);
  }
  return forms;
}

/**
 * A code unit that is not a "plain key" character, whose term key is itself (lower-cased, Arabic-folded) one for
 * one: printable ASCII, line feed, no-break space, bare Arabic letters and Arabic-Indic digits, Arabic comma,
 * semicolon and question mark, curly quotes, en and em dashes. No u flag: it reads code units, as charCodeAt does.
 */
const NOT_PLAIN_KEY_CHAR = /[^\x20-\x7e\n\u00a0\u0621-\u063a\u0641-\u064a\u0660-\u0669\u060c\u061b\u061f\u2018\u2019\u201c\u201d\u2013\u2014]/;

/**
 * The comparison keys of a whole text, one character per text character, so that the key of every token of
 * `termTokens` (and each of its stems) is a substring of it; null when the text has characters for which that
 * does not hold (combining marks, other scripts, case mappings that change length).
 */
export function termKeyText(text: string): string | null {
  if (NOT_PLAIN_KEY_CHAR.test(text)) return null;
  const keys = normalizeArabic(text.toLowerCase());
  return keys.length === text.length ? keys : null;
}

/** False only when the term cannot occur in the text whose `termKeyText` is `keys` (null: cannot tell). */
export function termMayOccur(keys: string | null, term: CompiledTerm): boolean {
  if (keys === null) return true;
  for (const form of firstFormsOf(term)) if (keys.includes(form)) return true;
  return false;
}

/**
 * Occurrences of a term at word boundaries: case-insensitive, Arabic-normalized, and tolerant of Arabic
 * proclitics (و ف ب ل ك, ال) on the first word. "World Food Program" does not match inside "World Food Programme".
 */
export function findTerm(text: string, term: CompiledTerm, tokens: readonly TermToken[] = termTokens(text)): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const n = term.keys.length;
  const firstKey = term.keys[0]!;
  const firstForms = firstFormsOf(term);
  for (let i = 0; i + n <= tokens.length; i++) {
    const first = tokens[i]!;
    if (first.key !== firstKey && !first.stems.some((stem) => firstForms.has(stem))) continue;
    if (term.exact[0] !== null && stripInvisible(text.slice(first.start, first.end)) !== term.exact[0]) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const token = tokens[i + k]!;
      const previous = tokens[i + k - 1]!;
      if (token.key !== term.keys[k]) ok = false;
      else if (term.exact[k] !== null && stripInvisible(text.slice(token.start, token.end)) !== term.exact[k]) ok = false;
      else if (separatorKey(text.slice(previous.end, token.start)) !== term.separators[k - 1]) ok = false;
    }
    if (!ok) continue;
    const end = tokens[i + n - 1]!.end;
    found.push({ start: first.start, end: term.finalPeriod === true && abbreviationPeriodAt(text, end) ? end + 1 : end });
  }
  return found;
}

// Per BMP code unit: 0 = not classified yet, 1 = letter (\p{L}), 2 = not a letter. Filled lazily.
const bmpLetterClass = new Uint8Array(0x10000);
const BMP_LETTER = /\p{L}/u;

function isBmpLetter(code: number): boolean {
  let kind = bmpLetterClass[code]!;
  if (kind === 0) {
    // Lone surrogates are never letters; pairs are handled by the caller.
    kind = code < 0xd800 || code > 0xdfff ? (BMP_LETTER.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    bmpLetterClass[code] = kind;
  }
  return kind === 1;
}

const ASTRAL_LETTER = /^\p{L}/u;
// The same paragraphs are measured by several checks (omission, length-ratio) in one run.
const letterCounts = new BoundedCache<number>(8_000);

/** Number of letters (any script) in `text`. */
export function letterCount(text: string): number {
  const hit = letterCounts.get(text);
  if (hit !== undefined) return hit;
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < text.length) {
      const next = text.charCodeAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (ASTRAL_LETTER.test(text.slice(k, k + 2))) count++;
        k++;
      }
      continue;
    }
    if (isBmpLetter(code)) count++;
  }
  return letterCounts.set(text, count);
}

/** Letters on each side of an alignment group and their ratio (target / source). */
export interface GroupLength {
  group: AlignmentGroup;
  sourceLetters: number;
  targetLetters: number;
  ratio: number;
}

/** Letter counts of every group that has both sides. */
export function groupLengths(context: QaContext): GroupLength[] {
  return context.alignment
    .filter((group) => group.source.length > 0 && group.target.length > 0)
    .map((group) => {
      const sourceLetters = group.source.reduce((sum, s) => sum + letterCount(context.source[s] ?? ""), 0);
      const targetLetters = group.target.reduce((sum, t) => sum + letterCount(context.target[t] ?? ""), 0);
      return { group, sourceLetters, targetLetters, ratio: targetLetters / Math.max(sourceLetters, 1) };
    });
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The article's own target/source letter ratio: the median over groups with at least `minLetters` source
 * letters; null when fewer than `minGroups` such groups exist (too little evidence).
 */
export function documentLengthRatio(lengths: readonly GroupLength[], minLetters: number, minGroups: number, oneToOneOnly = false): number | null {
  const usable = lengths.filter((item) => item.sourceLetters >= minLetters && (!oneToOneOnly || (item.group.source.length === 1 && item.group.target.length === 1)));
  if (usable.length < minGroups) return null;
  const typical = median(usable.map((item) => item.ratio));
  return typical > 0 ? typical : null;
}

/** Text of a paragraph on one side ("" when the index is out of range). */
export function paragraphText(context: QaContext, side: Side, paragraph: number): string {
  return (side === "source" ? context.source : context.target)[paragraph] ?? "";
}

/** Message key (namespace "qa") of the finding a check gives when an input exceeds one of its documented caps. */
export const TOO_LONG_TO_CHECK_KEY = "qa:engine.too-long-to-check";

/** Longest span a "too long to check" finding highlights (the start of the part that was not checked). */
const TOO_LONG_SPAN = 100;

/**
 * A finding saying that `check` could not examine this paragraph (or the group that starts with it) because it
 * exceeds one of the check's documented caps: the reviewer is told, instead of a silent "no finding".
 */
export function tooLongToCheck(check: QaCheck, side: Side, paragraph: number, paragraphText: string): Finding {
  const span = trimmedSpan(paragraphText) ?? { start: 0, end: 0 };
  let end = Math.min(span.end, span.start + TOO_LONG_SPAN);
  // Never cut a surrogate pair in two.
  const last = paragraphText.charCodeAt(end - 1);
  if (end > span.start && end < span.end && last >= 0xd800 && last <= 0xdbff) end--;
  const finding: Finding = {
    check: check.id,
    category: check.category,
    severity: "minor",
    side,
    paragraph,
    start: span.start,
    end,
    text: paragraphText.slice(span.start, end),
    message: `Too long for the "${check.name}" check to examine (${paragraphText.length} characters in this part of the article); review it by hand.`,
    messageKey: TOO_LONG_TO_CHECK_KEY,
    params: { check: check.id, length: paragraphText.length },
  };
  if (check.subcategory !== undefined) finding.subcategory = check.subcategory;
  return finding;
}
