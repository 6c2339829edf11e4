import { diffArrays } from "diff";
import { segmentText } from "./words";

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** Splits text into word, whitespace and punctuation tokens (Arabic-aware via Intl.Segmenter); joins back losslessly. */
export function tokenizeWords(text: string, lang = "und"): string[] {
  return Array.from(segmentText(text, lang), (s) => s.segment);
}

/**
 * Word-level diff of two texts. Tokens never split a word, so Arabic words are compared whole
 * (a plain character or regex word diff breaks them into letters). Concatenating the parts that are
 * not `added` gives `before`; the parts that are not `removed` give `after`.
 */
export function wordDiff(before: string, after: string, lang = "und"): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokenizeWords(before, lang), tokenizeWords(after, lang))) {
    const value = change.value.join("");
    const last = parts[parts.length - 1];
    const added = Boolean(change.added);
    const removed = Boolean(change.removed);
    if (last && last.added === added && last.removed === removed) last.value += value;
    else parts.push({ value, added, removed });
  }
  return parts;
}
