// Comparing two Latin spellings of one name word by word (pure: used by "fix in all open articles").

/** Words that only join or introduce a name ("al-Sisi" and "Sisi" write the same name). */
const NAME_PARTICLES = new Set(["al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ben", "bin", "ibn", "bent", "bint", "abu", "abou", "bou", "ould", "abd", "abdel", "abdul", "abdal"]);

const spellingWords = (spelling: string): string[] =>
  spelling
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[\s\-\u2010\u2011'\u2019]+/u)
    .filter(Boolean);

/**
 * True when one spelling is the other plus words that are not name particles ("Walid Qassem" and "Walid"): replacing
 * one with the other would drop a word of the text, or write it twice.
 */
export function spellingsDifferInWords(from: string, to: string): boolean {
  const a = spellingWords(from);
  const b = spellingWords(to);
  if (a.length === b.length) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (!short.every((word, k) => long[i + k] === word)) continue;
    const extra = [...long.slice(0, i), ...long.slice(i + short.length)];
    if (extra.some((word) => !NAME_PARTICLES.has(word))) return true;
  }
  return false;
}
