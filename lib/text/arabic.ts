/** Arabic normalization for comparison (not for display): diacritics, tatweel, letter variants, clitics. */

// Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;
const TATWEEL = /\u0640/g;

export interface NormalizeArabicOptions {
  /** Fold hamza carriers ؤ → و and ئ → ي (default true). */
  foldHamzaCarriers?: boolean;
}

/** Normalizes Arabic text for matching: strips harakat and tatweel, folds أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي. */
export function normalizeArabic(text: string, options: NormalizeArabicOptions = {}): string {
  const foldHamza = options.foldHamzaCarriers ?? true;
  let out = text.replace(DIACRITICS, "").replace(TATWEEL, "");
  out = out.replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
  if (foldHamza) out = out.replace(/ؤ/g, "و").replace(/ئ/g, "ي");
  return out;
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
