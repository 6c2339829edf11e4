/**
 * Learning the register from an approved article: each Arabic name of the source and the Latin spelling this
 * article gave it. Decided per entity by the source (lib/names/pair.ts): only names of the translation paired
 * unambiguously with an Arabic word of their aligned source, never titles, never a capitalized common word.
 */
import type { AlignmentGroup } from "../align/types";
import { closeSpellings, nameUnits } from "../text/names";
import { writesArabicScript } from "../qa/util";
import { normalizeNameKey } from "./key";
import { bareSourceKeys, pairNames, type PairedName } from "./pair";

/** An approved article, as the learner reads it. */
export interface LearnInput {
  sourceLang: string;
  targetLang: string;
  source: readonly string[];
  target: readonly string[];
  alignment: readonly AlignmentGroup[];
}

/** One Arabic name and the spelling this article used for it. */
export interface LearnedName {
  /** normalizeNameKey(arabic). */
  key: string;
  /** The name as the source writes it (clitics removed, the article kept). */
  arabic: string;
  spelling: string;
  kind?: "person" | "place" | "organization";
}

const LATIN_LOWERCASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;

/** Lower-case words of the translation ("said", "hope"): a capitalized one opening a sentence is that word. */
function lowercaseWords(target: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of target) {
    if (typeof text !== "string") continue;
    for (const match of text.matchAll(LATIN_LOWERCASE_WORD)) words.add(match[0]);
  }
  return words;
}

/** The first letter in lower case ("Al-Sisi" → "al-Sisi"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Two writings of one name: the same letters around particles and articles, or spellings a letter or two apart. */
export function sameNameWritings(a: { surface: string; nameWord: string; particle: string | undefined }, b: { surface: string; nameWord: string; particle: string | undefined }): boolean {
  const ka = nameUnits(a.surface)[0]?.key;
  const kb = nameUnits(b.surface)[0]?.key;
  if (ka !== undefined && ka === kb) return true;
  return a.particle === b.particle && closeSpellings(a.nameWord, b.nameWord);
}

/** A paired name of the translation that opens a sentence, is also a lower-case word there, and is alone (no name after it). */
export function isCommonWord(name: PairedName, target: readonly string[], lowercase: { has(word: string): boolean }, units: ReadonlyMap<number, readonly { start: number }[]>): boolean {
  if (!name.unit.sentenceInitial || name.unit.surface !== name.nameWord) return false;
  if (!lowercase.has(name.unit.surface.toLowerCase())) return false;
  const text = target[name.paragraph] ?? "";
  const next = units.get(name.paragraph)?.find((u) => u.start === name.unit.end + 1);
  return !(next !== undefined && /^[ \u00a0]$/u.test(text.charAt(name.unit.end)));
}

/**
 * The Arabic names of an approved article with the spelling it used for each: one per key, the article's most
 * frequent writing of the name standing alone (ties: the first; full names only when it never stands alone), only
 * when all its writings of that name are variants of one another. A capital
 * that only opens a sentence ("Al-Sisi") counts as the mid-sentence writing when the article has one. Pairings the
 * source does not support are left out: more mentions in a group than the source writes with differing spellings, or
 * two spellings of one group pinned to one Arabic word while another Arabic word also fits.
 */
export function learnNames(input: LearnInput): LearnedName[] {
  if (!writesArabicScript(input.sourceLang) || writesArabicScript(input.targetLang)) return [];
  const lowercase = lowercaseWords(input.target);
  const unitsByParagraph = new Map<number, ReturnType<typeof nameUnits>>();
  input.target.forEach((text, paragraph) => {
    if (typeof text === "string") unitsByParagraph.set(paragraph, nameUnits(text));
  });
  const groups = pairNames(input, { knownKeys: bareSourceKeys(input.source) });
  const kept: PairedName[] = [];
  for (const { names, sourceCounts } of groups) {
    const byKey = new Map<string, PairedName[]>();
    for (const name of names) {
      if (isCommonWord(name, input.target, lowercase, unitsByParagraph)) continue;
      const list = byKey.get(name.key) ?? [];
      list.push(name);
      byKey.set(name.key, list);
    }
    for (const [key, list] of byKey) {
      const spellings = new Set(list.map((name) => (name.unit.sentenceInitial ? lowerFirst(name.unit.surface) : name.unit.surface)));
      if (spellings.size > 1) {
        if (list.length > (sourceCounts.get(key) ?? 0)) continue;
        if (list.some((name) => name.matches > 1)) continue;
      }
      kept.push(...list);
    }
  }
  // Writings as house style sees them: a sentence-initial capital is the mid-sentence writing when there is one.
  const midSentence = new Set(kept.filter((name) => !name.unit.sentenceInitial).map((name) => `${name.key}|${name.unit.surface}`));
  const writingOf = (name: PairedName): string => {
    if (!name.unit.sentenceInitial) return name.unit.surface;
    const lowered = lowerFirst(name.unit.surface);
    return midSentence.has(`${name.key}|${lowered}`) ? lowered : name.unit.surface;
  };
  const byKey = new Map<string, { arabic: string; writings: Map<string, PairedName[]> }>();
  for (const name of kept) {
    let entry = byKey.get(name.key);
    if (entry === undefined) {
      entry = { arabic: name.arabic, writings: new Map() };
      byKey.set(name.key, entry);
    }
    const writing = writingOf(name);
    const list = entry.writings.get(writing);
    if (list === undefined) entry.writings.set(writing, [name]);
    else list.push(name);
  }
  const learned: LearnedName[] = [];
  for (const [key, { arabic, writings }] of byKey) {
    // The writing of the name alone is the house spelling the check compares with; a full name may add the article
    // ("Abdel Fattah al-Burhan", then "Burhan"). Only when the name never stands alone do full names decide.
    const alone = [...writings].some(([, list]) => list.some((name) => !name.unit.inFullName));
    let majority = "";
    let majorityCount = 0;
    for (const [writing, list] of writings) {
      const count = alone ? list.filter((name) => !name.unit.inFullName).length : list.length;
      if (count > majorityCount) {
        majority = writing;
        majorityCount = count;
      }
    }
    const first = writings.get(majority)![0]!;
    const reference = { surface: majority, nameWord: first.nameWord, particle: first.particle };
    const agree = [...writings].every(([writing, list]) => writing === majority || sameNameWritings({ surface: writing, nameWord: list[0]!.nameWord, particle: list[0]!.particle }, reference));
    if (!agree) continue;
    // The register files a name under normalizeNameKey(arabic); a pairing key that differs is not this name's.
    if (normalizeNameKey(arabic) !== key) continue;
    learned.push({ key, arabic, spelling: majority });
  }
  return learned;
}
