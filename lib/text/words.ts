/** Word tokenization with offsets, using Intl.Segmenter (full ICU in Node 20). */

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    } catch {
      // An invalid language tag must not break tokenization; the root locale segments Arabic and Latin fine.
      segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Word-like segments of `text` with UTF-16 offsets (`text.slice(start, end) === token.text`). */
export function words(text: string, lang: string): WordToken[] {
  const result: WordToken[] = [];
  for (const segment of segmenterFor(lang).segment(text)) {
    if (!segment.isWordLike) continue;
    result.push({ text: segment.segment, start: segment.index, end: segment.index + segment.segment.length });
  }
  return result;
}

/** Number of word-like segments in `text`. */
export function countWords(text: string, lang: string): number {
  let count = 0;
  for (const segment of segmenterFor(lang).segment(text)) if (segment.isWordLike) count++;
  return count;
}
