/** Arabic normalization for comparison (not for display): diacritics, tatweel, letter variants, clitics. */

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, and tatweel: removed. */
function isRemoved(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed)
  );
}

/** The folded letter for `code`, or -1 when it is kept as is (hamza carriers only when `foldHamza`). */
function foldedLetter(code: number, foldHamza: boolean): number {
  switch (code) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0649: // ى
      return 0x064a; // ي
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x0624: // ؤ
      return foldHamza ? 0x0648 : -1; // و
    case 0x0626: // ئ
      return foldHamza ? 0x064a : -1; // ي
    default:
      return -1;
  }
}

export interface NormalizeArabicOptions {
  /** Fold hamza carriers ؤ → و and ئ → ي (default true). */
  foldHamzaCarriers?: boolean;
}

/** Normalizes Arabic text for matching: strips harakat and tatweel, folds أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي. */
export function normalizeArabic(text: string, options: NormalizeArabicOptions = {}): string {
  const foldHamza = options.foldHamzaCarriers ?? true;
  // One pass over UTF-16 code units (every affected character is in the BMP); untouched text is returned as is.
  const length = text.length;
  let k = 0;
  for (; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x0610 && code <= 0x06ed && (isRemoved(code) || foldedLetter(code, foldHamza) >= 0)) break;
  }
  if (k === length) return text;
  let out = text.slice(0, k);
  let runStart = k;
  for (; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x0610 || code > 0x06ed) continue;
    if (isRemoved(code)) {
      out += text.slice(runStart, k);
      runStart = k + 1;
      continue;
    }
    const folded = foldedLetter(code, foldHamza);
    if (folded >= 0) {
      out += text.slice(runStart, k) + String.fromCharCode(folded);
      runStart = k + 1;
    }
  }
  return out + text.slice(runStart);
}

// Longest first so that "وبال" wins over "و". The minimum stem length keeps short words like "ولد" or "بلد" intact.
const PREFIXES: ReadonlyArray<{ prefix: string; minRest: number }> = [
  { prefix: "وبال", minRest: 2 },
  { prefix: "وكال", minRest: 2 },
  { prefix: "فبال", minRest: 2 },
  { prefix: "وال", minRest: 2 },
  { prefix: "فال", minRest: 2 },
  { prefix: "بال", minRest: 2 },
  { prefix: "كال", minRest: 2 },
  { prefix: "ولل", minRest: 2 },
  { prefix: "فلل", minRest: 2 },
  { prefix: "لل", minRest: 2 },
  { prefix: "ال", minRest: 2 },
  { prefix: "وب", minRest: 3 },
  { prefix: "ول", minRest: 3 },
  { prefix: "وك", minRest: 3 },
  { prefix: "فب", minRest: 3 },
  { prefix: "فل", minRest: 3 },
  { prefix: "و", minRest: 3 },
  { prefix: "ف", minRest: 3 },
  { prefix: "ب", minRest: 3 },
  { prefix: "ل", minRest: 3 },
  { prefix: "ك", minRest: 3 },
];

/** Removes leading clitics (و ف ب ل ك) and the article ال (وال, بال, لل...) when a stem of 2-3+ letters remains. */
export function stripArabicPrefixes(word: string): string {
  for (const { prefix, minRest } of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= minRest) {
      // "لل" stands for ل + ال: the stem keeps its own letters (للحكومة → حكومة).
      return word.slice(prefix.length);
    }
  }
  return word;
}

/** Every plausible stem of a word: itself, without the article, without conjunction + article, etc. */
export function arabicStemVariants(word: string): string[] {
  const variants = new Set<string>([word]);
  const stripped = stripArabicPrefixes(word);
  variants.add(stripped);
  if (word.startsWith("ال") && word.length - 2 >= 2) variants.add(word.slice(2));
  for (const conj of ["و", "ف"]) {
    if (word.startsWith(conj) && word.length > 3) {
      const rest = word.slice(1);
      variants.add(rest);
      if (rest.startsWith("ال") && rest.length - 2 >= 2) variants.add(rest.slice(2));
    }
  }
  return [...variants];
}
