import { skeletonsMatch } from "../../text/transliteration";
import { hasArabicScript } from "../../text/scripts";
import { normalizeArabic } from "../../text/arabic";
import type { Finding, QaCheck, QaContext } from "../types";
import { isWordChar, makeFinding, primaryLanguage, tooLongToCheck, wordKey } from "../util";

// Arabic quotes the name after a naming noun (the rocket «Falcon 9», the bank «HC», the film «Goodbye Julia»);
// translations write such names without quotation marks (capitals, italics), so their absence is not reported.
const NAMING_NOUNS = new Set(
  [
    "قمر", "صاروخ", "مسبار", "مركبة", "سفينة", "طائرة", "بنك", "مصرف", "مجموعة", "شركة", "فيلم", "رواية", "كتاب", "مسلسل",
    "برنامج", "عملية", "حزب", "حركة", "تحالف", "مبادرة", "مشروع", "منصة", "تطبيق", "موقع", "صحيفة", "جريدة", "مجلة", "قناة",
    "وكالة", "مهرجان", "معرض", "مسرحية", "ألبوم", "أغنية", "ديوان", "مؤسسة", "منظمة", "جمعية", "نادي", "فندق", "ملعب", "مطعم",
  ].map((word) => normalizeArabic(word)),
);
const ARABIC_WORD = /[\u0621-\u064a\u0660-\u0669\u066e-\u06d3]+/gu;

/** The quotation opening at `open` names a thing: one of the two words before it is a naming noun (صاروخ «…»). */
function quotesAName(text: string, open: number): boolean {
  const before = [...text.slice(Math.max(0, open - 40), open).matchAll(ARABIC_WORD)].slice(-2);
  return before.some(([word]) => {
    const key = normalizeArabic(word);
    // The word itself, or without a conjunction/preposition and the article (والقمر), or a feminine/plural ending.
    const stems = [key, key.replace(/^(?:[وفبلك]?ال|[وف]?لل|[وف])/u, ""), key.replace(/^[وف]?[بلك]/u, "")];
    return stems.some((stem) => NAMING_NOUNS.has(stem) || NAMING_NOUNS.has(stem.replace(/(?:ه|ة|ات|ي)$/u, "")));
  });
}

/** A matched pair of quotation marks (offsets of the opening and closing characters). */
export interface QuotePair {
  open: number;
  close: number;
  openChar: string;
  closeChar: string;
}

/** A quotation mark that could not be paired. */
export interface QuoteProblem {
  index: number;
  char: string;
  kind: "unclosed" | "unmatched-close" | "mismatched";
  /** For "mismatched": the closing mark that fits the opening one. */
  expected?: string;
}

// Languages where » opens and « closes (»Zitat«), and where „ opens a quote closed by “.
const REVERSED_GUILLEMETS = new Set(["de", "da", "sv", "fi", "cs", "sk", "sl", "hr", "hu", "pl"]);

const CLOSERS_OF: Record<string, string> = {
  '"': '"',
  "“": "”",
  "„": "“”",
  "‘": "’",
  "‚": "‘’",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
  "”": "”",
};

const QUOTE_CHARS = /["“”„‘’‚«»‹›]/gu;
const HAS_QUOTE_CHAR = /["“”„‘’‚«»‹›]/u;

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

function isOpeningContext(prev: string | undefined): boolean {
  return isSpaceOrEdge(prev) || /[([{\-–—/'"“‘«‹„‚:]/u.test(prev!);
}

function isClosingContext(prev: string | undefined, next: string | undefined): boolean {
  return !isSpaceOrEdge(prev) && (isSpaceOrEdge(next) || /[\p{P}\p{S}]/u.test(next!));
}

/** Pairs the quotation marks of one paragraph and lists the marks that do not pair (apostrophes are ignored). */
export function analyzeQuotes(text: string, lang: string): { pairs: QuotePair[]; problems: QuoteProblem[] } {
  // Most paragraphs hold no quotation mark at all.
  if (!HAS_QUOTE_CHAR.test(text)) return { pairs: [], problems: [] };
  const primary = primaryLanguage(lang);
  const reversed = REVERSED_GUILLEMETS.has(primary);
  const swedishStyle = primary === "sv" || primary === "fi";
  const stack: Array<{ index: number; char: string }> = [];
  // Single opening quotes (‘ ‚) on the stack, so "is a single quote open?" is not a scan of the stack.
  let singleOpen = 0;
  const pairs: QuotePair[] = [];
  const problems: QuoteProblem[] = [];

  const closeWith = (index: number, char: string): boolean => {
    const top = stack[stack.length - 1];
    if (top && CLOSERS_OF[top.char]?.includes(char)) {
      pop();
      pairs.push({ open: top.index, close: index, openChar: top.char, closeChar: char });
      return true;
    }
    return false;
  };
  const push = (index: number, char: string): void => {
    stack.push({ index, char });
    if (char === "‘" || char === "‚") singleOpen++;
  };
  function pop(): { index: number; char: string } {
    const top = stack.pop()!;
    if (top.char === "‘" || top.char === "‚") singleOpen--;
    return top;
  }

  for (const match of text.matchAll(QUOTE_CHARS)) {
    const index = match.index;
    const char = match[0];
    const prev = text[index - 1];
    const next = text[index + 1];
    const between = isWordChar(prev) && isWordChar(next);
    switch (char) {
      case '"': {
        if (closeWith(index, char)) break;
        const top = stack[stack.length - 1];
        // French spacing puts a space before a closing mark: « texte " closes the guillemet with the wrong mark.
        const spacedClose = top?.char === "«" && isSpaceOrEdge(prev) && (isSpaceOrEdge(next) || /[\p{P}]/u.test(next!));
        if (top && ((isClosingContext(prev, next) && !isOpeningContext(prev)) || spacedClose)) {
          pop();
          problems.push({ index, char, kind: "mismatched", expected: CLOSERS_OF[top.char]![0] });
          break;
        }
        push(index, char);
        break;
      }
      case "“":
        if (closeWith(index, char)) break;
        push(index, char);
        break;
      case "”":
        if (closeWith(index, char)) break;
        if (swedishStyle) push(index, char);
        else if (stack.length > 0 && isClosingContext(prev, next)) {
          const top = pop();
          problems.push({ index, char, kind: "mismatched", expected: CLOSERS_OF[top.char]![0] });
        } else problems.push({ index, char, kind: "unmatched-close" });
        break;
      case "„":
        push(index, char);
        break;
      case "‘":
        if (between || /\p{N}/u.test(next ?? "")) break; // don‘t, ‘90s
        if (closeWith(index, char)) break;
        push(index, char);
        break;
      case "’":
        // An apostrophe unless a single quote is open and this is not inside a word.
        if (!between && singleOpen > 0) closeWith(index, char);
        break;
      case "‚":
        if (isOpeningContext(prev) && isWordChar(next)) push(index, char);
        break;
      case "«":
      case "‹":
        if (closeWith(index, char)) break;
        push(index, char);
        break;
      case "»":
      case "›":
        if (closeWith(index, char)) break;
        if (reversed) push(index, char);
        else problems.push({ index, char, kind: "unmatched-close" });
        break;
    }
  }
  for (const entry of stack) problems.push({ index: entry.index, char: entry.char, kind: "unclosed" });
  problems.sort((a, b) => a.index - b.index);
  return { pairs, problems };
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`;
const NAME_SPLIT = new RegExp(`(${NAME_WORD})(\\s*,\\s*|\\s+)(["“«„])(${NAME_WORD})(\\s+)`, "gu");
const ARABIC_OPENERS = /["“«„]/gu;

/** Words directly followed by an opening quotation mark in the source (no punctuation in between). */
function wordsBeforeOpeningQuotes(text: string, analysis: { pairs: QuotePair[] }): string[] {
  if (analysis.pairs.length === 0) return [];
  const opens = new Set(analysis.pairs.map((pair) => pair.open));
  const result: string[] = [];
  for (const match of text.matchAll(ARABIC_OPENERS)) {
    if (!opens.has(match.index)) continue;
    // The word right before the mark, across the spaces between them (scanned backwards: a regular expression
    // anchored at the end of the text before the mark would read the whole paragraph for every quotation).
    let end = match.index;
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    if (end === match.index) continue;
    let start = end;
    while (start > 0 && LETTER_OR_MARK.test(text[start - 1]!)) start--;
    if (start < end) result.push(text.slice(start, end));
  }
  return result;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function sameName(sourceWord: string, targetWord: string): boolean {
  if (hasArabicScript(sourceWord)) return skeletonsMatch(sourceWord, targetWord);
  return wordKey(sourceWord) === wordKey(targetWord);
}

/** A run of whitespace between two non-space characters: `before` is the last character of the first word. */
interface WordBreak {
  before: number;
  after: number;
}

/** Every whitespace run with text on both sides, in order (one pass, shared by all the quotations of a paragraph). */
function wordBreaks(text: string): WordBreak[] {
  const breaks: WordBreak[] = [];
  for (const match of text.matchAll(/\S(\s+)(?=\S)/gu)) breaks.push({ before: match.index, after: match.index + match[0].length });
  return breaks;
}

/** True when text[from, to) holds two words or more: some break lies wholly inside (binary search, not a slice). */
function hasTwoWords(breaks: readonly WordBreak[], from: number, to: number): boolean {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]!.before < from) low = middle + 1;
    else high = middle;
  }
  return low < breaks.length && breaks[low]!.after < to;
}

/** Most distinct source words before a quotation, per group, that the inside-name comparison handles. */
const MAX_QUOTED_SPEAKERS = 64;

const MESSAGES: Record<QuoteProblem["kind"], string> = {
  unclosed: "Quotation mark opened but never closed.",
  "unmatched-close": "Closing quotation mark without an opening one.",
  mismatched: "Quotation closed with a different kind of mark than the one that opened it.",
};

/** Unbalanced or mismatched quotation marks, quotes lost in translation, and a quote opened inside a name. */
export const quotesCheck: QaCheck = {
  id: "quotes",
  scope: "row",
  name: "Quotation marks",
  description: "Unbalanced or mismatched quotation marks, quotations of the source without quotation marks in the translation, and a quotation opened in the middle of a person's name.",
  category: "linguistic",
  subcategory: "punctuation",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    for (const group of context.alignment) {
      const sourceAnalyses = group.source.map((s) => analyzeQuotes(context.source[s] ?? "", context.sourceLang));
      const sourceUnbalanced = sourceAnalyses.some((analysis) => analysis.problems.length > 0);
      const sourceWords = [...new Set(group.source.flatMap((s, k) => wordsBeforeOpeningQuotes(context.source[s] ?? "", sourceAnalyses[k]!)))];
      // Every quotation opened in the target is compared with every such word: past the cap, that part of the
      // check is reported as too long instead (real paragraphs quote a handful of speakers).
      const namesTooMany = sourceWords.length > MAX_QUOTED_SPEAKERS;
      let targetMarks = 0;
      for (const paragraph of group.target) {
        const text = context.target[paragraph] ?? "";
        const analysis = analyzeQuotes(text, context.targetLang);
        targetMarks += analysis.pairs.length + analysis.problems.length;
        const nextText = context.target[paragraph + 1] ?? "";
        for (const problem of analysis.problems) {
          // A quotation that runs on into the next paragraph is reopened there, not closed here.
          if (problem.kind === "unclosed" && /^\s*["“«„]/u.test(nextText)) continue;
          // The source has the same defect: the translator mirrored it, the reviewer will see it in the source.
          if (problem.kind !== "mismatched" && sourceUnbalanced) continue;
          findings.push(
            makeFinding(quotesCheck, {
              side: "target",
              paragraph,
              start: problem.index,
              end: problem.index + problem.char.length,
              paragraphText: text,
              code: problem.kind,
              message: MESSAGES[problem.kind],
              ...(problem.expected !== undefined ? { suggestion: problem.expected } : {}),
            }),
          );
        }
        if (sourceWords.length === 0) continue;
        if (namesTooMany) {
          findings.push(tooLongToCheck(quotesCheck, "target", paragraph, text));
          continue;
        }
        const opens = new Set(analysis.pairs.map((pair) => pair.open));
        for (const problem of analysis.problems) if (problem.kind === "unclosed") opens.add(problem.index);
        for (const match of text.matchAll(NAME_SPLIT)) {
          const [, first, separator, quote, second, space] = match as unknown as [string, string, string, string, string, string];
          const quoteIndex = match.index + first.length + separator.length;
          if (!opens.has(quoteIndex)) continue;
          if (!sourceWords.some((word) => sameName(word, second))) continue;
          const start = match.index + first.length;
          const end = quoteIndex + quote.length + second.length + space.length;
          findings.push(
            makeFinding(quotesCheck, {
              side: "target",
              paragraph,
              start,
              end,
              paragraphText: text,
              code: "inside-name",
              severity: "major",
              message: `The quotation opens inside the name "${first} ${second}": in the source it starts after the name.`,
              suggestion: ` ${second} ${quote}`,
              params: { name: `${first} ${second}` },
            }),
          );
        }
      }
      // A quotation of the source (two words or more) rendered without any quotation marks.
      if (group.target.length > 0 && targetMarks === 0) {
        group.source.forEach((s, k) => {
          const text = context.source[s] ?? "";
          const pairs = sourceAnalyses[k]!.pairs;
          const breaks = pairs.length > 0 ? wordBreaks(text) : [];
          for (const pair of pairs) {
            if (!hasTwoWords(breaks, pair.open + 1, pair.close)) continue;
            if (quotesAName(text, pair.open)) continue;
            findings.push(
              makeFinding(quotesCheck, {
                side: "source",
                paragraph: s,
                start: pair.open,
                end: pair.close + pair.closeChar.length,
                paragraphText: text,
                code: "quote-missing",
                message: "This quotation has no quotation marks in the translation.",
              }),
            );
          }
        });
      }
    }
    return findings;
  },
};
