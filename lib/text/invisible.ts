/**
 * Invisible format characters: they change nothing a reader sees inside a word, but split it for a regex.
 * Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space / non-joiner / joiner, LRM and RLM,
 * bidi embeddings and overrides (LRE RLE PDF LRO RLO), word joiner and invisible operators, bidi isolates
 * (LRI RLI FSI PDI), zero-width no-break space (BOM). Matching ignores them; offsets always point into the real text.
 */
export const INVISIBLE_CHARACTERS = "\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF";

const INVISIBLE_ANY = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "u");
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "gu");

/** True when `text` holds at least one invisible format character. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE_ANY.test(text);
}

/** `text` without its invisible format characters (the same string when it has none). */
export function stripInvisible(text: string): string {
  return hasInvisible(text) ? text.replace(INVISIBLE_ALL, "") : text;
}

/** True when `ch` (one character) is an invisible format character. */
export function isInvisible(ch: string): boolean {
  return ch.length === 1 && INVISIBLE_ANY.test(ch);
}
