function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A global pattern matching `text` as a whole word: "Naeem" does not match inside "Naeemah". */
export function wholeWordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(text)}(?![\\p{L}\\p{N}_])`, "gu");
}

/** How many of `paragraphs` contain `variant` as a whole word (what "apply to all" will change). */
export function countParagraphsWithWord(paragraphs: readonly string[], variant: string): number {
  if (!variant) return 0;
  const pattern = wholeWordPattern(variant);
  let count = 0;
  for (const text of paragraphs) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) count++;
  }
  return count;
}
