/**
 * Consonant skeletons so that an Arabic name can be matched with its Latin transliterations
 * (نعيم ~ Naim ~ Naeem, محمد ~ Mohammed ~ Muhammad). Skeleton alphabet: lowercase consonants,
 * plus capitals for Arabic letters written with a Latin digraph: T = ث (th), D = ذ (dh),
 * S = ش (sh), X = خ (kh), G = غ (gh).
 */
import { arabicStemVariants } from "./arabic";
import { BoundedPairCache, memoizeString } from "./memo";

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

const ARABIC_CONSONANTS: Record<string, string> = {
  ب: "b", ت: "t", ث: "T", ج: "j", ح: "h", خ: "X", د: "d", ذ: "D", ر: "r", ز: "z", س: "s", ش: "S",
  ص: "s", ض: "d", ط: "t", ظ: "z", غ: "G", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "h",
  پ: "b", چ: "j", گ: "g", ڤ: "f", ژ: "z", ک: "k", ی: "y",
};
// Letters that leave no consonant in a Latin transliteration (alef, hamza, ayn, ta marbuta, alef maqsura).
const ARABIC_SILENT = new Set(["ا", "أ", "إ", "آ", "ٱ", "ء", "ع", "ة", "ى"]);
const ARABIC_LONG_A = new Set(["ا", "أ", "إ", "آ", "ٱ", "ى"]);

/**
 * Latin skeleton letters an Arabic skeleton letter may be rendered with
 * (ق as q/k/g, ج as j/g, ث as th/t/s, ذ as dh/d/z, ض as d/dh, ظ/ز as z/dh/s, خ as kh/k/h).
 */
const COMPATIBLE: Record<string, string> = {
  T: "Tts", D: "Ddz", d: "dD", z: "zsD", X: "Xkh", j: "jg", G: "Gg", q: "qkg",
};

function compatible(arabicSymbol: string, latinSymbol: string): boolean {
  if (arabicSymbol === latinSymbol) return true;
  const alternatives = COMPATIBLE[arabicSymbol];
  return alternatives !== undefined && alternatives.includes(latinSymbol);
}

const ARTICLE_FORMS = ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"];

function stripArticle(word: string): string {
  for (const form of ARTICLE_FORMS) {
    if (word.startsWith(form) && word.length - form.length >= 2) {
      return word.slice(form.length);
    }
  }
  return word;
}

/** Consonant skeleton of an Arabic word (article stripped): محمد → "mhmd", نعيم → "nm", هنية → "hny". */
export function arabicSkeleton(word: string): string {
  return arabicSkeletonRaw(stripArticle(word.replace(DIACRITICS, "")));
}

function arabicSkeletonRaw(word: string): string {
  const letters = [...word];
  let out = "";
  for (let k = 0; k < letters.length; k++) {
    const ch = letters[k]!;
    if (ch === "و" || ch === "ي" || ch === "ؤ" || ch === "ئ") {
      const symbol = ch === "و" || ch === "ؤ" ? "w" : "y";
      const next = letters[k + 1];
      const prev = letters[k - 1];
      // Consonantal و/ي: word-initial, before a long vowel or ta marbuta, after alef, or doubled.
      const consonant =
        k === 0 ||
        (next !== undefined && (ARABIC_LONG_A.has(next) || next === "ة")) ||
        (prev !== undefined && ARABIC_LONG_A.has(prev) && next !== undefined) ||
        next === ch;
      if (consonant && !out.endsWith(symbol)) out += symbol;
      continue;
    }
    if (ARABIC_SILENT.has(ch)) continue;
    const symbol = ARABIC_CONSONANTS[ch];
    if (symbol !== undefined) out += symbol;
  }
  return out;
}

const LATIN_ARTICLE = /^(?:a[lnrstdz]|el|ad[hd]?|ath|ash|az|ez|es|et|ed)[-‐‑'’ ]/;
const LATIN_DIGRAPHS: Record<string, string> = {
  sh: "S", kh: "X", th: "T", dh: "D", gh: "G", ph: "f", ch: "S", zh: "z", dj: "j", ck: "k", sch: "S", tch: "S",
};
const LATIN_SINGLE: Record<string, string> = {
  b: "b", d: "d", f: "f", g: "g", h: "h", j: "j", k: "k", l: "l", m: "m", n: "n", p: "b", q: "q",
  r: "r", s: "s", t: "t", v: "f", z: "z",
};
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** Consonant skeleton of a Latin-script name: Naeem → "nm", Muhammad → "mhmd", Haniyeh → "hny", Sheikh → "SX". */
export function latinSkeleton(word: string): string {
  return cachedLatinSkeleton(word);
}

const cachedLatinSkeleton = memoizeString(computeLatinSkeleton);

function computeLatinSkeleton(word: string): string {
  let text = word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ʿʾ‘’'`´]/g, (m, offset: number) => (offset <= 3 ? m : ""));
  text = text.replace(LATIN_ARTICLE, "");
  text = text.replace(/[^a-z]/g, "");
  // Doubled letters are one consonant (Mohammed, Youssef, Abbas).
  text = text.replace(/([a-z])\1+/g, "$1");
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const tri = text.slice(k, k + 3);
    if (tri === "sch" || tri === "tch") {
      out += "S";
      k += 2;
      continue;
    }
    const pair = text.slice(k, k + 2);
    const digraph = LATIN_DIGRAPHS[pair];
    if (digraph !== undefined) {
      out += digraph;
      k += 1;
      continue;
    }
    const ch = text[k]!;
    if (VOWELS.has(ch)) continue;
    const next = text[k + 1];
    if (ch === "y" || ch === "w") {
      if (k === 0 || (next !== undefined && (VOWELS.has(next) || next === "y"))) out += ch;
      continue;
    }
    if (ch === "h") {
      // Final h after a vowel is silent (Haniyeh, Hamzah).
      if (next === undefined && k > 0 && VOWELS.has(text[k - 1]!)) continue;
      out += "h";
      continue;
    }
    if (ch === "c") {
      out += next !== undefined && "eiy".includes(next) ? "s" : "k";
      continue;
    }
    if (ch === "x") {
      out += "ks";
      continue;
    }
    const symbol = LATIN_SINGLE[ch];
    if (symbol !== undefined) out += symbol;
  }
  return out;
}

/** Weak skeleton letters: internal w/y (long vowels in one script, consonants in the other). */
function isWeak(symbol: string, index: number, length: number): boolean {
  if (index === 0) return false;
  if (symbol === "w" || symbol === "y") return true;
  return symbol === "h" && index === length - 1;
}

/** Edit cost between skeletons: weak letters are free to skip, incompatible letters cost 1. */
function skeletonDistance(arabic: string, latin: string, limit: number): number {
  const n = arabic.length;
  const m = latin.length;
  let prev = new Array<number>(m + 1);
  let curr = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + (isWeak(latin[j - 1]!, j - 1, m) ? 0 : 1);
  for (let i = 1; i <= n; i++) {
    const a = arabic[i - 1]!;
    const skipA = isWeak(a, i - 1, n) ? 0 : 1;
    curr[0] = prev[0]! + skipA;
    let rowMin = curr[0]!;
    for (let j = 1; j <= m; j++) {
      const l = latin[j - 1]!;
      const skipL = isWeak(l, j - 1, m) ? 0 : 1;
      const substitute = prev[j - 1]! + (compatible(a, l) ? 0 : 1);
      curr[j] = Math.min(substitute, prev[j]! + skipA, curr[j - 1]! + skipL);
      if (curr[j]! < rowMin) rowMin = curr[j]!;
    }
    if (rowMin > limit) return rowMin;
    [prev, curr] = [curr, prev];
  }
  return prev[m]!;
}

function strongLength(skeleton: string): number {
  let count = 0;
  for (let k = 0; k < skeleton.length; k++) if (!isWeak(skeleton[k]!, k, skeleton.length)) count++;
  return count;
}

/** A skeleton with its number of strong (non-weak) letters, precomputed for repeated comparisons. */
interface Skeleton {
  text: string;
  strong: number;
}

/** Distinct non-empty skeletons of every clitic/article-stripped form of an Arabic word. */
const arabicCandidateSkeletons = memoizeString((arabicWord: string): Skeleton[] => {
  const clean = arabicWord.replace(DIACRITICS, "");
  const candidates = new Set<string>();
  for (const variant of arabicStemVariants(clean)) {
    candidates.add(arabicSkeletonRaw(variant));
    candidates.add(arabicSkeletonRaw(stripArticle(variant)));
  }
  const out: Skeleton[] = [];
  for (const text of candidates) if (text.length > 0) out.push({ text, strong: strongLength(text) });
  return out;
});

const latinCandidateSkeleton = memoizeString((latinWord: string): Skeleton => {
  const text = latinSkeleton(latinWord);
  return { text, strong: strongLength(text) };
});

// Pairs recur (the same name against the same source words paragraph after paragraph).
const matchCache = new BoundedPairCache<boolean>(100_000);

/** True when an Arabic word and a Latin word are plausibly the same name (clitics and article handled). */
export function skeletonsMatch(arabicWord: string, latinWord: string): boolean {
  const hit = matchCache.get(latinWord, arabicWord);
  if (hit !== undefined) return hit;
  return matchCache.set(latinWord, arabicWord, computeSkeletonsMatch(arabicWord, latinWord));
}

function computeSkeletonsMatch(arabicWord: string, latinWord: string): boolean {
  const latin = latinCandidateSkeleton(latinWord);
  if (latin.text.length === 0) return false;
  for (const arabic of arabicCandidateSkeletons(arabicWord)) {
    const shortest = Math.min(arabic.strong, latin.strong);
    if (shortest === 0) continue;
    const tolerance = shortest >= 4 ? 1 : 0;
    if (skeletonDistance(arabic.text, latin.text, tolerance) <= tolerance) return true;
  }
  return false;
}

/** Skeleton with weak letters removed: the exact-match key used for fast anchor lookups. */
function reduceKey(skeleton: string): string {
  let out = "";
  for (let k = 0; k < skeleton.length; k++) if (!isWeak(skeleton[k]!, k, skeleton.length)) out += skeleton[k];
  return out;
}

/** Exact-match key of a Latin word (compare with `arabicSkeletonKeys`). */
export function latinSkeletonKey(word: string): string {
  return reduceKey(latinSkeleton(word));
}

/** Every key a Latin rendering of this Arabic word could have (letter alternatives expanded, capped). */
export function arabicSkeletonKeys(word: string, maxKeys = 24): string[] {
  const base = reduceKey(arabicSkeleton(word));
  if (base.length === 0) return [];
  let keys = [""];
  for (const symbol of base) {
    const options = COMPATIBLE[symbol] ?? symbol;
    if (keys.length * options.length > maxKeys) {
      keys = keys.map((key) => key + symbol);
      continue;
    }
    const next: string[] = [];
    for (const key of keys) for (const option of options) next.push(key + option);
    keys = next;
  }
  return keys;
}
