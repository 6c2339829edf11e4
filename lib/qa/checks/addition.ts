import { distance } from "fastest-levenshtein";
import type { Finding, QaCheck, QaContext } from "../types";
import { isPageChrome } from "../chrome";
import { LONG_SENTENCE_WORDS, sentenceReport } from "../sentence-gaps";
import { makeFinding, trimmedSpan } from "../util";

export { isPageChrome } from "../chrome";

function comparable(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/gu, " ").trim();
}

/** True when two comparable texts are equal and long enough to count as a repeat (both already `comparable`). */
function sameComparable(x: string, y: string): boolean {
  return x === y && x.length > 0 && (x.length >= 12 || x.split(" ").length >= 2);
}

/** The edit distance is at least the difference in length: most pairs are decided without computing it. */
function typoLimit(x: string, y: string): number {
  return Math.floor(Math.max(x.length, y.length) * 0.1);
}

/**
 * Caps of the repeat search, so that 2,000 unpaired paragraphs cost a bounded amount of work: exact repeats (after
 * `comparable`) are found through a map whatever the count; the typo-tolerant comparison only looks at the first
 * FUZZY_CANDIDATES earlier paragraphs of similar length (the headline and standfirst come first) and only at
 * paragraphs of at most FUZZY_MAX_LENGTH characters (a repeated headline is short); a linear q-gram count rules
 * out most pairs, and the edit distances of the rest compute at most FUZZY_CELL_BUDGET cells in all (about 50 ms),
 * after which only exact repeats are recognized. A paragraph not recognized as a repeat is still reported, as text without a source.
 */
const FUZZY_CANDIDATES = 8;
const FUZZY_MAX_LENGTH = 2_000;
const FUZZY_CELL_BUDGET = 50_000_000;

/** Length of the character q-grams compared before the edit distance. */
const Q = 5;

/** Multiset of the character q-grams of a text, each hashed to a number (a collision only lets more pairs through). */
function qgramCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let k = 0; k + Q <= text.length; k++) {
    let key = 0;
    for (let i = k; i < k + Q; i++) key = (Math.imul(key, 0x01000193) + text.charCodeAt(i)) | 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * q-gram lemma: texts within `limit` edits share at least max(|x|, |y|) - Q + 1 - limit * Q q-grams. Counting the
 * shared q-grams is linear, so most unrelated paragraphs are ruled out without the quadratic edit distance.
 */
function mayBeWithin(x: Map<number, number>, y: Map<number, number>, longest: number, limit: number): boolean {
  const needed = longest - Q + 1 - limit * Q;
  if (needed <= 0) return true;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [key, count] of small) {
    shared += Math.min(count, large.get(key) ?? 0);
    if (shared >= needed) return true;
  }
  return false;
}

/** Finds, for a target paragraph, an earlier target paragraph it repeats (comparable texts computed once). */
class RepeatFinder {
  private readonly comparables: Array<string | undefined> = [];
  private readonly qgrams: Array<Map<number, number> | undefined> = [];
  private readonly firstByText = new Map<string, number>();
  private indexed = 0;
  private cells = FUZZY_CELL_BUDGET;

  constructor(private readonly target: readonly string[]) {}

  private comparableAt(index: number): string {
    let text = this.comparables[index];
    if (text === undefined) {
      text = comparable(this.target[index] ?? "");
      this.comparables[index] = text;
    }
    return text;
  }

  private qgramsAt(index: number): Map<number, number> {
    let counts = this.qgrams[index];
    if (counts === undefined) {
      counts = qgramCounts(this.comparableAt(index));
      this.qgrams[index] = counts;
    }
    return counts;
  }

  /** The earliest paragraph before `paragraph` that it nearly equals, or -1. */
  earlierRepeat(paragraph: number): number {
    for (; this.indexed < paragraph; this.indexed++) {
      const text = this.comparableAt(this.indexed);
      if (!this.firstByText.has(text)) this.firstByText.set(text, this.indexed);
    }
    const x = this.comparableAt(paragraph);
    const exact = this.firstByText.get(x);
    const exactMatches = exact !== undefined && sameComparable(x, x);
    // Short texts repeat only exactly.
    if (x.length < 12 || x.length > FUZZY_MAX_LENGTH) return exactMatches ? exact : -1;
    let compared = 0;
    for (let index = 0; index < paragraph && compared < FUZZY_CANDIDATES; index++) {
      if (exactMatches && index >= exact) break;
      const y = this.comparableAt(index);
      if (y.length < 12 || y.length > FUZZY_MAX_LENGTH) continue;
      const limit = typoLimit(x, y);
      if (Math.abs(x.length - y.length) > limit) continue;
      compared++;
      if (!mayBeWithin(this.qgramsAt(paragraph), this.qgramsAt(index), Math.max(x.length, y.length), limit)) continue;
      const cost = x.length * y.length;
      if (cost > this.cells) break;
      this.cells -= cost;
      if (distance(x, y) <= limit) return index;
    }
    return exactMatches ? exact : -1;
  }
}

const SUBSTANTIVE_WORDS = 8;

/** Target paragraphs with no source (page chrome, a repeated headline, unsupported text), and added sentences inside aligned paragraphs. */
export const additionCheck: QaCheck = {
  id: "addition",
  scope: "article",
  name: "Addition",
  description: "Target paragraphs that have no source paragraph (web-page chrome, a repeated headline, or text the source does not support), and sentences added inside an aligned paragraph.",
  category: "accuracy",
  subcategory: "addition",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    const repeats = new RepeatFinder(context.target);
    const sentences = sentenceReport(context);
    for (const group of context.alignment) {
      if (group.source.length > 0) continue;
      for (const paragraph of group.target) {
        const text = context.target[paragraph] ?? "";
        const span = trimmedSpan(text);
        if (!span) continue;
        const base = { side: "target" as const, paragraph, start: span.start, end: span.end, paragraphText: text };
        if (isPageChrome(text)) {
          findings.push(makeFinding(additionCheck, { ...base, code: "chrome", message: "Web-page element with no source (share button, related link, advertisement); exclude it from the corrected article.", suggestion: "" }));
          continue;
        }
        const repeated = repeats.earlierRepeat(paragraph);
        if (repeated >= 0) {
          findings.push(makeFinding(additionCheck, { ...base, code: "headline-repeat", message: "Repeats an earlier paragraph of the translation (often the headline) and has no source; exclude it from the corrected article.", suggestion: "", params: { paragraph: repeated } }));
          continue;
        }
        // Translated in part (the sentence alignment matched one of its sentences): its added sentences are reported instead.
        if (sentences.explainedTarget.has(paragraph)) continue;
        const wordCount = text.trim().split(/\s+/u).length;
        findings.push(
          makeFinding(additionCheck, {
            ...base,
            code: "unsupported-text",
            severity: wordCount >= SUBSTANTIVE_WORDS ? "major" : "minor",
            message: "This paragraph has no corresponding source paragraph.",
          }),
        );
      }
    }
    for (const gap of sentences.gaps) {
      const { sentence } = gap;
      if (gap.side !== "target" || isPageChrome(sentence.text)) continue;
      findings.push(
        makeFinding(additionCheck, {
          side: "target",
          paragraph: sentence.paragraph,
          start: sentence.start,
          end: sentence.end,
          paragraphText: context.target[sentence.paragraph] ?? "",
          code: "sentence",
          severity: sentence.words >= LONG_SENTENCE_WORDS ? "major" : "minor",
          message: "This sentence seems to have no source: the source paragraph does not say it.",
          params: { words: sentence.words },
        }),
      );
    }
    return findings;
  },
};
