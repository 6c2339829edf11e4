/** A before → after preview of a suggested fix, cut to the sentence that holds it. */
export interface TFindingPreview {
  /** Sentence text before the flagged span (possibly shortened, see `clippedStart`). */
  before: string;
  /** The flagged characters. */
  flagged: string;
  /** Sentence text after the flagged span (possibly shortened, see `clippedEnd`). */
  after: string;
  /** What replaces the flagged characters; null when the finding has no suggestion. */
  replacement: string | null;
  /** True when text before `before` was left out. */
  clippedStart: boolean;
  /** True when text after `after` was left out. */
  clippedEnd: boolean;
}

/** At most this many characters of context are shown on each side of the flagged span. */
export const PREVIEW_CONTEXT = 80;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * The sentence (or sentences) of `text` around [start, end), split into before / flagged / after, with at most
 * `context` characters on each side. Linear in the paragraph length.
 */
export function findingPreview(text: string, start: number, end: number, suggestion: string | null, lang: string, context = PREVIEW_CONTEXT): TFindingPreview {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const segment of sentenceSegmenter(lang).segment(text)) {
    const segmentEnd = segment.index + segment.segment.length;
    if (segmentEnd <= from && segmentEnd < text.length) sentenceStart = segmentEnd;
    if (segment.index >= to && segment.index > from) {
      sentenceEnd = segment.index;
      break;
    }
  }
  let before = text.slice(sentenceStart, from);
  let after = text.slice(to, sentenceEnd).replace(/\s+$/u, "");
  const clippedStart = sentenceStart > 0 || before.length > context;
  const clippedEnd = sentenceEnd < text.length || after.length > context;
  if (before.length > context) before = before.slice(before.length - context).replace(/^\S*\s/u, "");
  if (after.length > context) after = after.slice(0, context).replace(/\s\S*$/u, "");
  return { before, flagged: text.slice(from, to), after, replacement: suggestion, clippedStart, clippedEnd };
}
