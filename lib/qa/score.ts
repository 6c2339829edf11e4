import { words } from "../text/words";
import { SEVERITY_PENALTY, type Severity } from "./mqm";

/** Default pass threshold on the quality score: an article passes at 99 or above. */
export const DEFAULT_PASS_THRESHOLD = 99;

/**
 * Smallest number of source words a score is computed over. A short text (a 50-word brief, a headline) is scored
 * as if it had this many words, so one minor slip (1 point) costs 0.4 and still passes at 99, while one major error
 * (5 points) costs 2 and fails. Without it, one minor issue in 50 words would cost 2 points and fail the brief.
 */
export const WORD_BASE = 250;

/** MQM-style quality score of a set of findings or issues (one scale everywhere: 0–100, higher is better). */
export interface QaScore {
  /** 100 minus penalty points per 100 words (of max(sourceWords, wordBase)), rounded down to one decimal, at least 0. */
  quality: number;
  /** Pass threshold on the same scale. */
  threshold: number;
  /** True when quality (the rounded number that is shown) is at or above the threshold. */
  pass: boolean;
  /** Sum of severity penalties (neutral 0, minor 1, major 5, critical 25). */
  penalty: number;
  sourceWords: number;
  /** The word base the penalty was divided by when the source is shorter (WORD_BASE). */
  wordBase: number;
}

/** The quality score of `penalty` points over `sourceWords` words: 100 − penalty × 100 / max(words, WORD_BASE). */
export function qualityScore(penalty: number, sourceWords: number): number {
  const exact = 100 - (penalty * 100) / Math.max(sourceWords, WORD_BASE);
  // Rounded down (with a tolerance for binary fractions such as 99.6) so a shown score never rounds up into a pass.
  return Math.max(0, Math.floor(exact * 10 + 1e-9) / 10);
}

/** Scores findings or open issues against the source length: pass when quality >= threshold. */
export function scoreFindings(
  items: ReadonlyArray<{ severity: Severity }>,
  sourceWordCount: number,
  threshold: number = DEFAULT_PASS_THRESHOLD,
): QaScore {
  const penalty = items.reduce((sum, item) => sum + (SEVERITY_PENALTY[item.severity] ?? 0), 0);
  const sourceWords = Math.max(0, Math.floor(sourceWordCount));
  const quality = qualityScore(penalty, sourceWords);
  return { quality, threshold, pass: quality >= threshold, penalty, sourceWords, wordBase: WORD_BASE };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Number of words in `text` (or in all paragraphs of an array): whitespace-separated chunks that contain a
 * letter or digit, so "5/3/2024" is one word; chunks of Chinese or Japanese are segmented into words.
 */
export function countWords(text: string | readonly string[], lang: string): number {
  if (typeof text !== "string") return text.reduce((sum, paragraph) => sum + countWords(paragraph, lang), 0);
  let count = 0;
  for (const chunk of text.split(/\s+/u)) {
    if (!/[\p{L}\p{N}]/u.test(chunk)) continue;
    count += CJK.test(chunk) ? Math.max(1, words(chunk, lang).length) : 1;
  }
  return count;
}
