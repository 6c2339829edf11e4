import { words } from "../text/words";
import { SEVERITY_PENALTY, type Severity } from "./mqm";

/** Default pass threshold: at most 10 penalty points per 1,000 source words. */
export const DEFAULT_PASS_THRESHOLD = 10;

/** MQM-style quality score of a set of findings or issues. */
export interface QaScore {
  /** Sum of severity penalties (minor 1, major 5, critical 25). */
  penalty: number;
  sourceWords: number;
  /** Penalty normalised per 1,000 source words, rounded to 2 decimals. */
  penaltyPer1000Words: number;
  threshold: number;
  pass: boolean;
}

/** Scores findings against the source length: pass when penalty per 1,000 source words <= threshold. */
export function scoreFindings(
  items: ReadonlyArray<{ severity: Severity }>,
  sourceWordCount: number,
  threshold: number = DEFAULT_PASS_THRESHOLD,
): QaScore {
  const penalty = items.reduce((sum, item) => sum + (SEVERITY_PENALTY[item.severity] ?? 0), 0);
  const sourceWords = Math.max(0, Math.floor(sourceWordCount));
  // An empty source cannot absorb any penalty: count it as one word so any error fails it.
  const perThousand = (penalty * 1000) / Math.max(sourceWords, 1);
  return {
    penalty,
    sourceWords,
    penaltyPer1000Words: Math.round(perThousand * 100) / 100,
    threshold,
    pass: perThousand <= threshold,
  };
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
