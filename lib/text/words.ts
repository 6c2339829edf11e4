/** Word tokenization with offsets, using Intl.Segmenter (full ICU in Node 20). */

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** A segment of `segmentText`, with its offset in the whole text. */
export interface TextSegment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

// Simple BCP 47 shape: an invalid tag would make Intl.Segmenter throw, so it is not even tried.
const LANGUAGE_TAG = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    // The root locale segments Arabic and Latin fine: it stands in for an odd or missing tag.
    const locale = LANGUAGE_TAG.test(lang) && Intl.Segmenter.supportedLocalesOf([lang]).length > 0 ? lang : undefined;
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * V8's segment iterator slows down quadratically with the length of the string (20,000 words: 1.2 s; 80,000: 20 s),
 * so long texts are segmented in windows of about this many characters, cut after a space and before a letter or
 * digit, where UAX #29 always has a word boundary. A window with no such place (one "word" of thousands of
 * characters) is cut at a code point that is not a combining mark; only such non-words are split there.
 */
const WINDOW = 2_000;

const CUTTABLE_AFTER_SPACE = /[\p{L}\p{N}]/u;
const NOT_CUTTABLE = /[\p{M}\u200c\u200d]/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where the window starting at `from` ends (exclusive): a word boundary as described for WINDOW. */
function windowEnd(text: string, from: number): number {
  const limit = from + WINDOW;
  if (limit >= text.length) return text.length;
  // Look for "space, then a letter or digit" going back from the limit, then forward up to another window.
  for (let k = limit; k > from + WINDOW / 2; k--) if (text.charCodeAt(k - 1) === 0x20 && CUTTABLE_AFTER_SPACE.test(text[k]!)) return k;
  for (let k = limit + 1; k < Math.min(text.length, limit + WINDOW); k++) if (text.charCodeAt(k - 1) === 0x20 && CUTTABLE_AFTER_SPACE.test(text[k]!)) return k;
  let k = limit;
  while (k < text.length && (isLowSurrogate(text.charCodeAt(k)) || NOT_CUTTABLE.test(text[k]!))) k++;
  return k;
}

/** Intl.Segmenter word segments of `text` with offsets into `text`, in linear time (see WINDOW). */
export function* segmentText(text: string, lang: string): Generator<TextSegment> {
  const segmenter = segmenterFor(lang);
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const segment of segmenter.segment(window)) {
      yield { segment: segment.segment, index: segment.index + from, isWordLike: segment.isWordLike === true };
    }
    from = to;
  }
}

/** Word-like segments of `text` with UTF-16 offsets (`text.slice(start, end) === token.text`). */
export function words(text: string, lang: string): WordToken[] {
  const result: WordToken[] = [];
  for (const segment of segmentText(text, lang)) {
    if (!segment.isWordLike) continue;
    result.push({ text: segment.segment, start: segment.index, end: segment.index + segment.segment.length });
  }
  return result;
}

/** Number of word-like segments in `text`. */
export function countWords(text: string, lang: string): number {
  let count = 0;
  for (const segment of segmentText(text, lang)) if (segment.isWordLike) count++;
  return count;
}
