/**
 * Unicode character classes by table lookup, for the tokenizers on the QA hot paths. A loop over char codes with
 * these flags finds the same runs as a regular expression such as /[\p{L}\p{M}]+/gu, several times faster (V8's
 * irregexp tests \p{…} classes as long range lists; here it is one array read per character).
 *
 * The classes are the regular expressions' own (each code point is classified once, by the regular expression, the
 * first time it is seen), so a scanner built on them and the expression it replaces agree on every input,
 * including astral code points (surrogate pairs, one code point) and lone surrogates (in no class).
 */

/** \p{L} */
export const LETTER = 1;
/** \p{M} */
export const MARK = 2;
/** \p{N} */
export const NUMBER = 4;
/** \s (the JavaScript whitespace and line terminators: what String.prototype.trim removes) */
export const SPACE = 8;
/** \p{P} */
export const PUNCTUATION = 16;
/** \p{S} */
export const SYMBOL = 32;
/** Set on every classified entry of the table, so that 0 means "not classified yet". */
const KNOWN = 128;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
const IS_PUNCTUATION = /^\p{P}$/u;
const IS_SYMBOL = /^\p{S}$/u;

function classify(character: string): number {
  return (
    KNOWN |
    (IS_LETTER.test(character) ? LETTER : 0) |
    (IS_MARK.test(character) ? MARK : 0) |
    (IS_NUMBER.test(character) ? NUMBER : 0) |
    (IS_SPACE.test(character) ? SPACE : 0) |
    (IS_PUNCTUATION.test(character) ? PUNCTUATION : 0) |
    (IS_SYMBOL.test(character) ? SYMBOL : 0)
  );
}

// Per BMP code unit, its flags | KNOWN; filled lazily (a text uses a few hundred distinct characters at most).
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** Flags of a BMP code unit that is not a surrogate. */
function bmpFlags(code: number): number {
  const flags = bmp[code]!;
  if (flags !== 0) return flags;
  const computed = code >= 0xd800 && code <= 0xdfff ? KNOWN : classify(String.fromCharCode(code));
  bmp[code] = computed;
  return computed;
}

function astralFlags(codePoint: number): number {
  let flags = astral.get(codePoint);
  if (flags === undefined) {
    flags = classify(String.fromCodePoint(codePoint));
    if (astral.size > 4096) astral.clear();
    astral.set(codePoint, flags);
  }
  return flags;
}

/**
 * Length in UTF-16 code units (1 or 2) of the code point at `index` of `text` when it has one of the `mask` flags,
 * else 0. A lone surrogate has no flags; a pair is one code point, as in a regular expression with the u flag.
 */
export function classLengthAt(text: string, index: number, mask: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdfff) return (bmpFlags(code) & mask) !== 0 ? 1 : 0;
  if (code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      return (astralFlags((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000) & mask) !== 0 ? 2 : 0;
    }
  }
  return 0;
}

/** True when the code unit `code` (not a surrogate) has one of the `mask` flags. Surrogates: always false. */
export function bmpHas(code: number, mask: number): boolean {
  return (bmpFlags(code) & mask) !== 0;
}

/**
 * End (exclusive) of the run of code points with one of the `mask` flags (or equal to `extra1`/`extra2`, two extra
 * BMP code units; -1 for none) that starts at `index`; `index` itself when the code point there is not one.
 */
export function runEnd(text: string, index: number, mask: number, extra1 = -1, extra2 = -1): number {
  let k = index;
  const length = text.length;
  while (k < length) {
    const code = text.charCodeAt(k);
    if (code === extra1 || code === extra2) {
      k++;
      continue;
    }
    if (code < 0xd800 || code > 0xdfff) {
      if ((bmpFlags(code) & mask) === 0) break;
      k++;
      continue;
    }
    const size = classLengthAt(text, k, mask);
    if (size === 0) break;
    k += size;
  }
  return k;
}


const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * True when `text` has a character above U+00FF. For a text V8 stores one byte per character this answers at once
 * (the expression cannot match such a string); there the regular expressions of the tokenizers, which V8 runs on
 * Latin-1 tables, are faster than the table scan of this module, which is faster on Arabic and other scripts.
 */
export function beyondLatin1(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/**
 * True when every letter and mark of `text` is an ASCII letter (any other character may occur: digits, spaces,
 * punctuation, curly quotes, dashes). In such a text a word is a run of [A-Za-z] and lower-casing is ASCII's, so a
 * check may look for its words with one case-insensitive regular expression instead of word by word. A surrogate
 * counts as a letter (the caller then takes the word-by-word way).
 */
export function asciiLettersOnly(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code <= 0x7f) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || bmpHas(code, LETTER | MARK)) return false;
  }
  return true;
}
