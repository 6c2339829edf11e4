/**
 * Which Arabic name of an aligned source each name of the translation renders, decided per entity by the source
 * (the pairing of lib/text/names.ts that the name-consistency check uses): a name unit of the translation
 * ("al-Sisi", "Abdel Fattah", "bin Salman", "Naeem's") is paired with the Arabic word its name word transliterates,
 * unambiguously, and with the particle before it (عبد الفتاح, بن سلمان, أبو مازن) when the translation writes one.
 * Both the register's learner and the name-authority check read names through this one function.
 */
import type { AlignmentGroup } from "../align/types";
import { normalizeArabic } from "../text/arabic";
import { stripInvisible } from "../text/invisible";
import { latinParticleKey, nameUnits, pairWithArabic, type NameUnit } from "../text/names";
import { skeletonsMatch } from "../text/transliteration";
import { nameKeyForms, nameWordKeys } from "./key";

/** Arabic particles that make one name with the next word, by the Latin particle key they are written with. */
const ARABIC_PARTICLES: Record<string, string> = { عبد: "abd", بن: "bn", ابن: "bn", ابو: "abu", ابي: "abu" };

/**
 * Titles and offices (normalized, without the article): a translation word paired with one of them is a title
 * ("Sheikh", "Hajj", "Emir"), never a name to learn or check.
 */
const ARABIC_TITLES = new Set([
  "شيخ", "رييس", "وزير", "سيد", "سيده", "حاج", "حاجه", "دكتور", "امير", "اميره", "ملك", "ملكه", "سلطان", "امام", "مفتي",
  "نايب", "عميد", "لواء", "عقيد", "عميد", "فريق", "مشير", "قايد", "سفير", "محافظ", "قاضي", "استاذ", "مهندس", "اب", "ام",
  "خليفه", "ولي", "عهد", "باشا", "بيك", "مولاي", "سيدي", "اية", "ايه", "حجه",
]);

// Arabic words (letters only, once the marks are removed).
const ARABIC_RUN = /[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+/gu;
// Everything normalizeArabic removes (harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel).
const NOT_LETTER = /[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/gu;

// A particle written joined to the name (Abdelfattah, Benali, Aboumazen): its key and the rest of the word.
const JOINED_PARTICLE = /^(abd(?:oul|el|ul|al|ol)?|b[ei]n|ibn|abou?)(?=\p{L}{3})/iu;

/** One Arabic word of a source: as written without diacritics, and normalized (same length). */
interface SourceWord {
  clean: string;
  normalized: string;
}

/** A source name candidate of one alignment group. */
interface SourceName {
  /** Register key (one word). */
  key: string;
  /** The word as written, without clitics before it (والسيسي → السيسي): what the register shows. */
  word: string;
  count: number;
}

/** A name of the translation paired with the Arabic name it renders. */
export interface PairedName {
  /** Target paragraph. */
  paragraph: number;
  unit: NameUnit;
  /** Register key of the Arabic name (normalizeNameKey of `arabic`). */
  key: string;
  /** The Arabic name as the source writes it (clitics removed). */
  arabic: string;
  /** Latin particle key ("abd", "bn", "abu") when the unit is a particle and a name; undefined otherwise. */
  particle: string | undefined;
  /** The name word of the unit ("Fattah" in "Abdel Fattah", "fattah" in "Abdelfattah"). */
  nameWord: string;
  /** Skeleton matches among the group's Arabic words (more than one: another word also fit, less sure). */
  matches: number;
}

/** The paired names of one alignment group, and how often the source writes each key (particle names too). */
export interface PairedGroup {
  group: AlignmentGroup;
  names: PairedName[];
  sourceCounts: ReadonlyMap<string, number>;
  /** Name units of each translation paragraph of the group. */
  units: ReadonlyMap<number, readonly NameUnit[]>;
}

/** Input of the pairing: the article (or the rows of it being checked) with its alignment. */
export interface PairingInput {
  source: readonly string[];
  target: readonly string[];
  alignment: readonly AlignmentGroup[];
}

/** Options: keys to prefer when a word may carry a clitic (register keys, bare words of the article). */
export interface PairingOptions {
  knownKeys?: ReadonlySet<string>;
  /** Pair only in groups whose source writes one of these keys (the register's names): the others are skipped. */
  onlyKeys?: ReadonlySet<string>;
  /**
   * Largest number of (translation name, Arabic word) comparisons in one group (each about a microsecond); a larger
   * group is not paired and is passed to `onTooLong` (default: no limit).
   */
  maxComparisons?: number;
  onTooLong?: (group: AlignmentGroup) => void;
}

/** Comparisons per group the name-authority check allows: a pair of 20,000-character paragraphs, as name-consistency. */
export const GROUP_COMPARISONS = 1_000_000;

function sourceWords(text: string): SourceWord[] {
  const out: SourceWord[] = [];
  // Marks removed first, the letters folded once for the paragraph (folding keeps the length): words are slices of both.
  const clean = stripInvisible(text).replace(NOT_LETTER, "");
  const normalized = normalizeArabic(clean);
  for (const match of clean.matchAll(ARABIC_RUN)) {
    out.push({ clean: match[0], normalized: normalized.slice(match.index, match.index + match[0].length) });
  }
  return out;
}

/** The word as written with the clitics before the key removed, keeping its article (والسيسي → السيسي, للسيسي → السيسي). */
function displayWord(word: SourceWord, key: string): string {
  const cut = word.normalized.length - key.length;
  if (cut <= 0 || !word.normalized.endsWith(key)) return word.clean;
  const prefix = word.normalized.slice(0, cut);
  const bare = word.clean.slice(cut);
  return prefix.endsWith("ال") || prefix.endsWith("لل") ? `ال${bare}` : bare;
}

/**
 * The key a source word stands for: as written when that is a known name (or nothing is known), else without a clitic
 * when that form is known (لنعيم → نعيم), else as written.
 */
function resolveKey(word: SourceWord, known: ReadonlySet<string> | undefined): string[] {
  const forms = nameKeyForms(word.normalized);
  if (known === undefined || forms[0]!.length !== 1 || known.has(forms[0]![0]!)) return forms[0]!;
  for (let k = 1; k < forms.length; k++) if (forms[k]!.length === 1 && known.has(forms[k]![0]!)) return forms[k]!;
  return forms[0]!;
}

/** Arabic names of one group's source: candidates for pairing by key, and particle + name keys by name key. */
function sourceNames(input: PairingInput, paragraphs: readonly number[], known: ReadonlySet<string> | undefined) {
  const names = new Map<string, SourceName>();
  const withParticle = new Map<string, Array<{ particle: string; key: string; arabic: string }>>();
  const add = (key: string, word: string): void => {
    const entry = names.get(key);
    if (entry === undefined) names.set(key, { key, word, count: 1 });
    else entry.count++;
  };
  const counts = new Map<string, number>();
  const addParticleName = (particleKey: string, particleWord: string, name: string, nameWord: string): void => {
    const latin = ARABIC_PARTICLES[particleKey]!;
    counts.set(`${particleKey} ${name}`, (counts.get(`${particleKey} ${name}`) ?? 0) + 1);
    const list = withParticle.get(name) ?? [];
    if (!list.some((p) => p.particle === latin && p.key === `${particleKey} ${name}`)) list.push({ particle: latin, key: `${particleKey} ${name}`, arabic: `${particleWord} ${nameWord}` });
    withParticle.set(name, list);
  };
  for (const paragraph of paragraphs) {
    const text = input.source[paragraph];
    if (typeof text !== "string") continue;
    const words = sourceWords(text);
    let previous: { key: string; word: string } | null = null;
    for (const word of words) {
      const keys = resolveKey(word, known);
      if (keys.length === 2) {
        // Joined عبدالفتاح: a particle and a name in one word.
        const nameWord = word.clean.slice(word.clean.length - keys[1]!.length);
        add(keys[1]!, nameWord);
        addParticleName(keys[0]!, word.clean.slice(0, word.clean.length - keys[1]!.length), keys[1]!, nameWord);
        previous = null;
        continue;
      }
      const key = keys[0]!;
      // A word seen before as this key already has its display form.
      const display = names.get(key)?.word ?? displayWord(word, key);
      if (ARABIC_PARTICLES[key] !== undefined) {
        previous = { key, word: display };
        continue;
      }
      if (key.length >= 2) add(key, display);
      if (previous !== null) addParticleName(previous.key, previous.word, key, display);
      previous = null;
    }
  }
  for (const [key, name] of names) counts.set(key, name.count);
  return { names, withParticle, counts };
}

/** The unit's particle (by key) and name word: "Abdel Fattah" → abd + Fattah; joined "Abdelfattah" → abd + fattah. */
function unitParts(text: string, unit: NameUnit): Array<{ particle: string | undefined; nameWord: string }> {
  const nameWord = text.slice(unit.nameStart, unit.nameEnd);
  let particle: string | undefined;
  for (const word of text.slice(unit.start, unit.nameStart).split(/[\s\u00a0\-‐‑]+/u)) {
    const key = word === "" ? undefined : latinParticleKey(word);
    if (key !== undefined) particle = key;
  }
  if (particle !== undefined) return [{ particle, nameWord }];
  const joined = JOINED_PARTICLE.exec(nameWord);
  const whole = { particle: undefined, nameWord };
  if (joined === null) return [whole];
  const key = latinParticleKey(joined[1]!) ?? (/^b[ei]n$/iu.test(joined[1]!) ? "bn" : /^abou?$/iu.test(joined[1]!) ? "abu" : undefined);
  return key === undefined ? [whole] : [{ particle: key, nameWord: nameWord.slice(joined[1]!.length) }, whole];
}

/** True when the Latin word's skeleton matches one of these Arabic words. */
function mayPair(latinWord: string, words: ReadonlyMap<string, SourceName>): boolean {
  for (const { word } of words.values()) if (skeletonsMatch(word, latinWord)) return true;
  return false;
}

/**
 * Names of the translation paired with the Arabic names of their aligned source, group by group (groups with a
 * source and a translation only). A unit is paired when its name word transliterates one Arabic word of the group
 * better than any other, and, if it is written with a particle (Abdel, bin, Abu), when the source writes that
 * particle before the word. Titles are never paired. Units are returned in reading order per group.
 */
export function pairNames(input: PairingInput, options: PairingOptions = {}): PairedGroup[] {
  const out: PairedGroup[] = [];
  for (const group of input.alignment) {
    if (group.source.length === 0 || group.target.length === 0) continue;
    const { names, withParticle, counts } = sourceNames(input, group.source, options.knownKeys);
    if (names.size === 0) continue;
    if (options.onlyKeys !== undefined && ![...counts.keys()].some((key) => options.onlyKeys!.has(key))) continue;
    const unitsOf = new Map<number, NameUnit[]>();
    let unitCount = 0;
    for (const paragraph of group.target) {
      const text = input.target[paragraph];
      if (typeof text !== "string" || text === "") continue;
      const units = nameUnits(text);
      unitsOf.set(paragraph, units);
      unitCount += units.length;
    }
    if (options.maxComparisons !== undefined && unitCount * names.size > options.maxComparisons) {
      options.onTooLong?.(group);
      continue;
    }
    // Only a name word whose skeleton matches an Arabic word of a wanted key can pair with one (pairWithArabic
    // considers skeleton matches only): the others are not compared with every word of the group.
    let wanted: Map<string, SourceName> | undefined;
    if (options.onlyKeys !== undefined) {
      wanted = new Map();
      for (const [key, name] of names) {
        if (options.onlyKeys.has(key) || withParticle.get(key)?.some((p) => options.onlyKeys!.has(p.key))) wanted.set(key, name);
      }
    }
    const paired: PairedName[] = [];
    for (const [paragraph, units] of unitsOf) {
      const text = input.target[paragraph]!;
      for (const unit of units) {
        // A word in capitals (a dateline "GAZA", a headline, an acronym) is not a writing of a name.
        if (unit.key.length < 3 || !/\p{Ll}/u.test(text.slice(unit.nameStart, unit.nameEnd))) continue;
        for (const { particle, nameWord } of unitParts(text, unit)) {
          if (wanted !== undefined && !mayPair(nameWord, wanted)) continue;
          const { key, matches } = pairWithArabic(nameWord, names);
          if (key === undefined || ARABIC_TITLES.has(key)) continue;
          let registerKey = key;
          let arabic = names.get(key)!.word;
          if (particle !== undefined) {
            const written = withParticle.get(key)?.find((p) => p.particle === particle);
            // The translation writes a particle the source does not (or another one): not this name.
            if (written === undefined) continue;
            registerKey = written.key;
            arabic = written.arabic;
          }
          paired.push({ paragraph, unit, key: registerKey, arabic, particle, nameWord, matches });
          break;
        }
      }
      // One Arabic word written as two Latin words (بلماضي as "Bel Madi"): two plain words of one full name that pair
      // with nothing alone are tried joined.
      const pairedStarts = new Set(paired.filter((p) => p.paragraph === paragraph).map((p) => p.unit.start));
      for (let k = 1; k < units.length; k++) {
        const first = units[k - 1]!;
        const second = units[k]!;
        if (!second.inFullName || first.hasArticle || second.hasArticle || first.surface.includes(" ") || second.surface.includes(" ")) continue;
        if (pairedStarts.has(first.start) || pairedStarts.has(second.start)) continue;
        const joined = first.surface + second.surface.toLowerCase();
        if (!/^\p{L}+$/u.test(joined) || (wanted !== undefined && !mayPair(joined, wanted))) continue;
        const { key, matches } = pairWithArabic(joined, names);
        if (key === undefined || ARABIC_TITLES.has(key)) continue;
        const surface = text.slice(first.start, second.end);
        const unit: NameUnit = { ...first, end: second.end, surface, nameStart: first.start, nameEnd: second.end, key: first.key + second.key };
        paired.push({ paragraph, unit, key, arabic: names.get(key)!.word, particle: undefined, nameWord: surface, matches });
        pairedStarts.add(first.start);
        pairedStarts.add(second.start);
      }
    }
    paired.sort((a, b) => a.paragraph - b.paragraph || a.unit.start - b.unit.start);
    out.push({ group, names: paired, sourceCounts: counts, units: unitsOf });
  }
  return out;
}

/**
 * One-word keys of an article's source words as written, except those that are another of them with a clitic before
 * it (لنعيم beside نعيم): pass as `knownKeys` so that the clitic forms fold into the bare name.
 */
export function bareSourceKeys(source: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of source) {
    if (typeof text !== "string") continue;
    for (const word of sourceWords(text)) {
      const forms = nameWordKeys(word.normalized);
      if (forms.length === 1) keys.add(forms[0]!);
    }
  }
  for (const key of [...keys]) {
    if (nameKeyForms(key).some((form, k) => k > 0 && form.length === 1 && keys.has(form[0]!))) keys.delete(key);
  }
  return keys;
}
