/**
 * Helpers for comparing spellings of (mostly Arabic) personal names in Latin script: a folded "variant key"
 * that merges transliteration variants (Naeem/Naim, Youssef/Yousef, Haniyeh/Haniya) but keeps different
 * names apart (Hamdan/Hamdi, Hassan/Hussein, Ali/Alia, Saad/Saeed, Saleh/Salah), and a vowel-aware distance
 * between an Arabic word and a Latin word used to pick the right Arabic partner when skeletons tie
 * (محمد ~ Mohammed, محمود ~ Mahmoud: both skeletons are "mhmd").
 */
import { distance } from "fastest-levenshtein";
import { arabicStemVariants, normalizeArabic } from "./arabic";
import { hasInvisible, INVISIBLE_CHARACTERS, isInvisible, stripInvisible } from "./invisible";
import { beyondLatin1, classLengthAt, LETTER as LETTER_CLASS, MARK as MARK_CLASS, runEnd } from "./char-class";
import { BoundedPairCache, memoizeString } from "./memo";
import { skeletonsMatch } from "./transliteration";

/** A Latin-script word with offsets; possessive "'s" is left outside the span. */
export interface LatinWord {
  text: string;
  start: number;
  end: number;
}

const LATIN_WORD = /\p{L}[\p{L}\p{M}]*(?:['’‐-]\p{L}[\p{L}\p{M}]*)*/gu;
/** LATIN_WORD letting invisible characters (zero-width space, joiners, soft hyphen, bidi marks) sit between letters. */
const WORD_PART = `(?:[\\p{L}\\p{M}]|[${INVISIBLE_CHARACTERS}]+(?=[\\p{L}\\p{M}]))*`;
const LATIN_WORD_WITH_INVISIBLE = new RegExp(`\\p{L}${WORD_PART}(?:[${INVISIBLE_CHARACTERS}]*['’‐-][${INVISIBLE_CHARACTERS}]*\\p{L}${WORD_PART})*`, "gu");

/** How one regex match becomes a Latin word: null when it is not one, else the offset shift and the word. */
interface LatinWordShape {
  shift: number;
  text: string;
}

const latinWordShape = memoizeString((matched: string): LatinWordShape | null => {
  let word = matched;
  let shift = 0;
  if (!/^\p{Script=Latin}/u.test(word)) return null;
  word = word.replace(/['’]s$/u, "").replace(/['’]$/u, "");
  // The article is house style, not spelling: al-Sudani and Sudani are one spelling.
  const article = /^(?:al|el|Al|El|AL|EL)[-‐]/u.exec(word);
  if (article && /^\p{Lu}/u.test(word.slice(article[0].length))) {
    shift = article[0].length;
    word = word.slice(article[0].length);
  }
  if (word === "") return null;
  return { shift, text: word };
});

/**
 * Latin-script words of `text` with exact offsets ("Naim's" → "Naim"; "al-Burhan" → "Burhan"). Invisible characters
 * inside a word do not split it: "Na\u200Beem" is the word "Naeem", its span covering the invisible character.
 */
export function latinWords(text: string): LatinWord[] {
  const out: LatinWord[] = [];
  if (hasInvisible(text)) {
    for (const match of text.matchAll(LATIN_WORD_WITH_INVISIBLE)) {
      const raw = match[0];
      const shape = latinWordShape(stripInvisible(raw));
      if (shape === null) continue;
      // Offsets of the visible characters of the match, to map the shape back onto the real text.
      const visible: number[] = [];
      for (let k = 0; k < raw.length; k++) if (!isInvisible(raw[k]!)) visible.push(k);
      const first = visible[shape.shift]!;
      const last = visible[shape.shift + shape.text.length - 1]!;
      out.push({ text: shape.text, start: match.index + first, end: match.index + last + 1 });
    }
    return out;
  }
  if (!beyondLatin1(text)) {
    for (const match of text.matchAll(LATIN_WORD)) {
      const shape = latinWordShape(match[0]);
      if (shape === null) continue;
      const start = match.index + shape.shift;
      out.push({ text: shape.text, start, end: start + shape.text.length });
    }
    return out;
  }
  // Beyond Latin-1, the matches of LATIN_WORD are found with the character-class table.
  for (let from = 0; from < text.length; ) {
    const end = latinWordEndAt(text, from);
    if (end === from) {
      from++;
      continue;
    }
    const shape = latinWordShape(text.slice(from, end));
    if (shape !== null) {
      const start = from + shape.shift;
      out.push({ text: shape.text, start, end: start + shape.text.length });
    }
    from = end;
  }
  return out;
}

/**
 * End of the LATIN_WORD match that starts at `index` (`index` when none does), found by table lookup: a letter,
 * letters and marks, then any number of ' ’ ‐ - each followed by a letter and more letters and marks.
 */
export function latinWordEndAt(text: string, index: number): number {
  const first = classLengthAt(text, index, LETTER_CLASS);
  if (first === 0) return index;
  let end = runEnd(text, index + first, LETTER_CLASS | MARK_CLASS);
  for (;;) {
    const joiner = text.charCodeAt(end);
    if (joiner !== 0x27 && joiner !== 0x2019 && joiner !== 0x2010 && joiner !== 0x2d) return end;
    const letter = classLengthAt(text, end + 1, LETTER_CLASS);
    if (letter === 0) return end;
    end = runEnd(text, end + 1 + letter, LETTER_CLASS | MARK_CLASS);
  }
}

const stripMarks = memoizeString((word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());

/**
 * Folded spelling: lower case, no diacritics, apostrophes or hyphens, digraphs folded (sh kh th dh gh ph),
 * doubled letters single, e→i, o→u, ee/ea/ei→i, ou/oo→u, aa→a, final -iyeh/-iyah/-iya → "iya", final -ah → -a.
 */
export function nameVariantKey(word: string): string {
  return cachedVariantKey(word);
}

const cachedVariantKey = memoizeString(computeVariantKey);

function computeVariantKey(word: string): string {
  let text = stripMarks(word).replace(/[^a-z]/g, "");
  text = text.replace(/(?:iyy?eh|iyy?ah|iyy?a|yeh|yah)$/u, "iya").replace(/ah$/u, "a");
  text = text.replace(/ph/g, "f").replace(/ou|oo/g, "u").replace(/ee|ea|ei|ie/g, "i").replace(/aa/g, "a");
  text = text.replace(/e/g, "i").replace(/o/g, "u");
  text = text.replace(/([a-z])\1+/g, "$1");
  return text;
}

/**
 * True when two spellings are transliteration variants of one name: equal variant keys, or (for keys of six
 * letters or more) keys of equal length differing by one inner vowel (Mohammed/Muhammad).
 */
export function areSpellingVariants(a: string, b: string): boolean {
  if (stripMarks(a) === stripMarks(b)) return false;
  const ka = nameVariantKey(a);
  const kb = nameVariantKey(b);
  if (ka.length < 3 || kb.length < 3) return false;
  if (ka === kb) return true;
  if (ka.length !== kb.length || ka.length < 6 || ka[0] !== kb[0]) return false;
  let differences = 0;
  for (let k = 0; k < ka.length; k++) {
    if (ka[k] === kb[k]) continue;
    // Only vowels, never the last letter (Ali/Alia, Sunni/Sunna).
    if (k === ka.length - 1 || !"aiu".includes(ka[k]!) || !"aiu".includes(kb[k]!)) return false;
    differences++;
  }
  return differences <= 1;
}

const AR_LETTERS: Record<string, string> = {
  ب: "b", ت: "t", ث: "t", ج: "j", ح: "h", خ: "k", د: "d", ذ: "d", ر: "r", ز: "z", س: "s", ش: "s", ص: "s", ض: "d",
  ط: "t", ظ: "z", غ: "g", ف: "f", ق: "k", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", ة: "a", ا: "a", ى: "a",
};

/** Rough romanization of an Arabic word: consonants plus long vowels as a/i/u (ع and hamza dropped). */
export function romanizeArabic(word: string): string {
  const letters = [...normalizeArabic(word)];
  let out = "";
  for (let k = 0; k < letters.length; k++) {
    const ch = letters[k]!;
    const next = letters[k + 1];
    if (ch === "و" || ch === "ي") {
      const consonant = k === 0 || next === "ا" || next === "ه" || next === "ي" || next === "و";
      out += consonant ? (ch === "و" ? "w" : "y") : ch === "و" ? "u" : "i";
      continue;
    }
    out += AR_LETTERS[ch] ?? "";
  }
  return out;
}

/** Latin spelling folded to the alphabet of `romanizeArabic`. */
const romanizeLatin = memoizeString(computeRomanizeLatin);

function computeRomanizeLatin(word: string): string {
  let text = stripMarks(word).replace(/[^a-z]/g, "");
  text = text.replace(/^(?:al|el)(?=[a-z]{3})/, "");
  text = text.replace(/sh|ch/g, "s").replace(/kh/g, "k").replace(/th/g, "t").replace(/dh/g, "d").replace(/gh/g, "g").replace(/ph/g, "f");
  text = text.replace(/q|c/g, "k").replace(/v/g, "f").replace(/p/g, "b");
  // Long vowels (ee, ou) are Arabic letters; single e/o are short vowels the Arabic does not write.
  text = text.replace(/ou|oo/g, "u").replace(/ee|ei|ie|ea/g, "i");
  text = text.replace(/([a-z])\1+/g, "$1");
  return text;
}

const VOWEL = new Set(["a", "i", "u", "e", "o"]);

/** Weighted edit distance between an Arabic word (best of its clitic-stripped forms) and a Latin spelling. */
export function arabicLatinDistance(arabicWord: string, latinWord: string): number {
  const hit = distanceCache.get(latinWord, arabicWord);
  if (hit !== undefined) return hit;
  let best = Infinity;
  for (const romanized of romanizedStems(arabicWord)) best = Math.min(best, romanDistance(romanized, latinWord));
  return distanceCache.set(latinWord, arabicWord, best);
}

const distanceCache = new BoundedPairCache<number>(50_000);

/** Romanizations of every clitic-stripped form of an Arabic word. */
const romanizedStems = memoizeString((arabicWord: string): string[] => arabicStemVariants(normalizeArabic(arabicWord)).map(romanizeArabic));

/** Short vowels the Arabic omits are cheap to insert; long vowels it writes are dearer to drop. */
function romanDistance(a: string, latinWord: string): number {
  const l = romanizeLatin(latinWord);
  const n = a.length;
  const m = l.length;
  const insertLatin = (ch: string): number => (VOWEL.has(ch) ? 0.3 : 1);
  const deleteArabic = (ch: string): number => (VOWEL.has(ch) ? 0.7 : 1);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + insertLatin(l[j - 1]!);
  for (let i = 1; i <= n; i++) {
    current[0] = previous[0]! + deleteArabic(a[i - 1]!);
    for (let j = 1; j <= m; j++) {
      const x = a[i - 1]!;
      const y = l[j - 1]!;
      const substitute = x === y ? 0 : VOWEL.has(x) && VOWEL.has(y) ? 0.5 : (x === "y" && y === "i") || (x === "w" && y === "u") ? 0.2 : 1;
      current[j] = Math.min(previous[j - 1]! + substitute, previous[j]! + deleteArabic(x), current[j - 1]! + insertLatin(y));
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

/** How much closer the best Arabic word must be than the next one for a pairing to count (حماس / حمص for "Homs"). */
export const PAIRING_MARGIN = 0.15;

/**
 * The Arabic word a Latin name word transliterates, among `words` (key → one surface form): of those whose skeleton
 * matches, the closest by `arabicLatinDistance`, unless another fits about as well (no evidence either way).
 * `matches` counts the skeleton matches (two spellings of one group pinned to one word while another also fits are
 * more likely two people).
 */
export function pairWithArabic(latinWord: string, words: ReadonlyMap<string, { readonly word: string }>): { key: string | undefined; matches: number } {
  let best: { key: string; distance: number } | null = null;
  let matches = 0;
  let secondDistance = Infinity;
  for (const [key, { word }] of words) {
    if (!skeletonsMatch(word, latinWord)) continue;
    matches++;
    const distance = Math.min(arabicLatinDistance(key, latinWord), arabicLatinDistance(word, latinWord));
    if (!best || distance < best.distance) {
      if (best) secondDistance = best.distance;
      best = { key, distance };
    } else if (distance < secondDistance) secondDistance = distance;
  }
  return { key: best && secondDistance - best.distance > PAIRING_MARGIN ? best.key : undefined, matches };
}

/** Latin-script transliteration folding on top of `nameVariantKey`: French dj → j and ch → sh (Djamel/Jamel, Chaker/Shaker). */
export function transliterationKey(word: string): string {
  return cachedTransliterationKey(word);
}

const cachedTransliterationKey = memoizeString((word: string): string =>
  computeVariantKey(stripMarks(word).replace(/dj/g, "j").replace(/t?ch/g, "sh")),
);

// Endings that make a demonym, a nisba adjective or a plural of a name in English and French.
const DERIVATION_ENDINGS = /^(?:s|es|i|is|ie|ies|ien|iens|ienne|iennes|ian|ians|an|ans|n|ese|ais|aise|ain|aine|ains|ite|ites|ois|oise)$/u;

/** Spellings one or two letters apart relative to their length (for pairs the source already ties together). */
export function closeSpellings(a: string, b: string): boolean {
  const x = transliterationKey(a);
  const y = transliterationKey(b);
  if (x === y) return true;
  // One word the other plus a derivation ending is another word (Tunis / Tunisie, Tunisian / Tunisians, Iraq / Iraqi).
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const plain = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (plain(longer).startsWith(plain(shorter)) && DERIVATION_ENDINGS.test(plain(longer).slice(plain(shorter).length))) return false;
  const limit = Math.min(x.length, y.length) >= 6 ? 2 : 1;
  return distance(x, y) <= limit;
}

/**
 * A name as written in running text: article and name particles with the word they attach to ("al-Sisi",
 * "Abdel Fattah", "bin Salman", "Abou Mazen"), or a single capitalized word. Possessive "'s" and French
 * elision ("d'", "l'") stay outside the span.
 */
export interface NameUnit {
  start: number;
  end: number;
  /** The text of the span. */
  surface: string;
  /** Offsets of the last word (the name the particles attach to). */
  nameStart: number;
  nameEnd: number;
  /** Written with an Arabic article (al-, el-, Al, ad-, ash- …). */
  hasArticle: boolean;
  /** The first word of a sentence (its capital says nothing about house style). */
  sentenceInitial: boolean;
  /** Follows another name in the same run ("Fattah" in "Abdel Fattah al-Sisi" is followed by the unit "al-Sisi"). */
  inFullName: boolean;
  /**
   * The letters with particles folded (abdel/abdul/abd al → abd, bin/ben/ibn → bn, abou → abu), articles, accents,
   * case, separators and doubled letters dropped: equal keys are one name written around the same letters.
   */
  key: string;
}

type ParticleKind = "article" | "particle";

const ARTICLE_WORDS = new Set(["al", "el"]);
// Sun-letter forms of the article are particles only when hyphenated (ad-Dawsari): "En"/"As" alone are other words.
const ASSIMILATED_ARTICLES = new Set(["ad", "an", "ar", "as", "ash", "at", "az", "ad", "ed", "en", "es", "et", "ez", "ath", "adh"]);
const PARTICLE_KEYS: Record<string, string> = {
  bin: "bn", ben: "bn", ibn: "bn", abu: "abu", abou: "abu", abd: "abd", abdel: "abd", abdul: "abd", abdal: "abd", abdoul: "abd", abdol: "abd",
};
/** The folded key of a Latin name particle ("Abdel" → "abd", "ben" → "bn", "Abou" → "abu"), or undefined. */
export function latinParticleKey(word: string): string | undefined {
  return PARTICLE_KEYS[stripMarks(word)];
}

// Capitalized words that head a sentence or title a person but are not part of the name.
const NOT_NAMES = new Set([
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "he", "she", "it", "they", "we",
  "his", "her", "its", "their", "this", "that", "these", "those", "there", "here", "when", "while", "after", "before", "mr", "mrs", "ms",
  "dr", "sheikh", "cheikh", "president", "minister", "prime", "prince", "crown", "king", "emir", "general", "colonel", "marshal", "field",
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "il", "elle", "ils", "elles", "en", "dans", "pour", "selon", "mme", "m", "docteur",
  "président", "ministre", "roi", "émir", "général", "imam", "pope", "pape", "sultan", "queen", "reine", "professor", "professeur",
]);

// A capitalized word with a possessive or inner apostrophe; a lower-case particle (with its separator) ending a window.
const CAPITALIZED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const LETTER = /[\p{L}\p{M}]/u;
const PARTICLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${[...ARTICLE_WORDS, ...ASSIMILATED_ARTICLES, ...Object.keys(PARTICLE_KEYS)].sort((a, b) => b.length - a.length).join("|")})([ \\u00a0\\-‐‑])$`,
  "u",
);
const SENTENCE_END = /[.!?…:;]["'»”’)\]]*[\s\u00a0]+["«“‘(\[]?[\s\u00a0]*$/u;
const PARAGRAPH_START = /^[\s\u00a0"«“‘(\[]*$/u;

/** The word at `start` opens a sentence (only the few characters before it are read). */
export function opensSentence(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 8), start);
  return (start <= 8 && PARAGRAPH_START.test(window)) || SENTENCE_END.test(window);
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** "'s" or a closing apostrophe followed: the run of names ends here. */
  possessive: boolean;
  /** A lower-case particle (al, bin, abd): never the name itself. */
  lowercase: boolean;
}

/** A single space or hyphen: what joins the words of one name. */
function isJoiner(character: string): boolean {
  return character === " " || character === "-" || character === "\u00a0" || character === "‐" || character === "‑";
}

function particleKind(text: string, separator: string): ParticleKind | null {
  const lower = text.toLowerCase();
  if (ARTICLE_WORDS.has(lower)) return "article";
  if (separator !== " " && ASSIMILATED_ARTICLES.has(lower)) return "article";
  if (PARTICLE_KEYS[lower] !== undefined) return "particle";
  return null;
}

const foldedToken = memoizeString((text: string): string => {
  const lower = stripMarks(text).replace(/[^a-z]/g, "");
  const particle = PARTICLE_KEYS[lower];
  if (particle !== undefined) return particle;
  if (ARTICLE_WORDS.has(lower) || ASSIMILATED_ARTICLES.has(lower)) return "";
  // Joined particles: Abdelfattah = Abdel Fattah, Benali = Ben Ali, Aboumazen = Abou Mazen; the article assimilated
  // to a sun letter in French spelling: Abderrahim = Abdel Rahim, Abdessalem = Abdel Salem. French "dj" is "j"
  // (Djamel = Jamel).
  return lower
    .replace(/^abd[aeiou](?=([tdrzsnl])\1)/, "abd")
    .replace(/dj/g, "j")
    .replace(/^abd(?:oul|el|ul|al|ol)?(?=[a-z]{3})/, "abd")
    .replace(/^b[ei]n(?=[a-z]{3})/, "bn")
    .replace(/^abou?(?=[a-z]{4})/, "abu")
    .replace(/([a-z])\1+/g, "$1");
});

/** Name units of one paragraph, in order (see `NameUnit`). Linear in the paragraph. */
export function nameUnits(text: string): NameUnit[] {
  // Only capitalized words and the particles before them are tokens: a lower-case word between two of them leaves a
  // gap that is not a single space or hyphen, so it separates names without being read. Elision ("d'Abbas") stays out.
  const tokens: Token[] = [];
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    let word = match[0];
    const start = match.index;
    if (start > 0 && LETTER.test(text[start - 1]!)) continue;
    // Lower-case particles written before it (al-, bin, abd al-), nearest last.
    const particles: Token[] = [];
    let from = start;
    for (;;) {
      if (from === 0 || !isJoiner(text[from - 1]!)) break;
      const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
      if (particle === null) break;
      const end = from - particle[2]!.length;
      from = end - particle[1]!.length;
      particles.push({ start: from, end, text: particle[1]!, possessive: false, lowercase: true });
    }
    for (let p = particles.length - 1; p >= 0; p--) tokens.push(particles[p]!);
    let possessive = false;
    if (word.includes("'") || word.includes("’")) {
      const tail = /['’]s?$/u.exec(word);
      if (tail && word.length > tail[0].length) {
        word = word.slice(0, -tail[0].length);
        possessive = true;
      }
    }
    const after = text[start + word.length];
    if (after === "'" || after === "’") possessive = true;
    tokens.push({ start, end: start + word.length, text: word, possessive, lowercase: false });
  }
  const units: NameUnit[] = [];
  let k = 0;
  let previousUnitEnd = -1;
  while (k < tokens.length) {
    const first = tokens[k]!;
    // Particles before a capitalized word, joined by a space or a hyphen.
    let j = k;
    let hasArticle = false;
    while (j + 1 < tokens.length) {
      const token = tokens[j]!;
      const next = tokens[j + 1]!;
      if (token.possessive || next.start !== token.end + 1 || !isJoiner(text[token.end]!)) break;
      const separator = text[token.end]!;
      const kind = particleKind(token.text, separator);
      if (kind === null) break;
      if (kind === "article") hasArticle = true;
      j++;
    }
    const name = tokens[j]!;
    if (name.lowercase || name.text.length < 2 || NOT_NAMES.has(stripMarks(name.text))) {
      previousUnitEnd = -1;
      k = Math.max(j, k) + 1;
      continue;
    }
    const start = first.start;
    const sentenceInitial = opensSentence(text, start);
    const inFullName = previousUnitEnd >= 0 && start === previousUnitEnd + 1 && isJoiner(text[previousUnitEnd]!);
    let key = foldedToken(tokens[k]!.text);
    if (j > k) {
      for (let p = k + 1; p <= j; p++) key += foldedToken(tokens[p]!.text);
      key = key.replace(/([a-z])\1+/g, "$1");
    }
    units.push({
      start,
      end: name.end,
      surface: text.slice(start, name.end),
      nameStart: name.start,
      nameEnd: name.end,
      hasArticle,
      sentenceInitial,
      inFullName,
      key,
    });
    previousUnitEnd = name.possessive ? -1 : name.end;
    k = j + 1;
  }
  return units;
}
