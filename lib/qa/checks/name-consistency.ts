import { normalizeArabic } from "../../text/arabic";
import {
  areSpellingVariants,
  closeSpellings,
  latinWords,
  nameUnits,
  nameVariantKey,
  opensSentence,
  pairWithArabic,
  type LatinWord,
  type NameUnit,
} from "../../text/names";
import { stripInvisible } from "../../text/invisible";
import { memoizeString } from "../../text/memo";
import { skeletonsMatch } from "../../text/transliteration";
import type { Severity } from "../mqm";
import type { Finding, QaCheck, QaContext } from "../types";
import { comparableGroups, makeFinding, tooLongToCheck } from "../util";

/** One occurrence of a capitalized Latin word in the translation. */
interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased spelling without diacritics differences ignored: the unit of "a spelling". */
  spelling: string;
  /** Arabic name key this occurrence was paired with (via the aligned source), if any. */
  arabicKey?: string;
  /** Capitalized neighbours ("Bassem" for "Naim" in "Bassem Naim"): tells people apart. */
  neighbours: string[];
  /** Also written in lower case in the translation ("said" and "Said"): kept only when the source has the name. */
  commonWord: boolean;
}

// Capitalized function words and titles that are never names in their own right.
const STOP = new Set(
  [
    "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "he", "she", "it", "they",
    "we", "his", "her", "its", "their", "this", "that", "these", "those", "there", "here", "when", "while", "after", "before",
    "earlier", "later", "meanwhile", "however", "according", "mr", "mrs", "ms", "dr", "sheikh", "president", "minister", "prime",
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "il", "elle", "ils", "elles", "en", "dans", "pour", "selon", "el", "los",
    "las", "y", "al", "abu", "bin", "ibn", "abd", "umm", "bint",
  ],
);

/** Arabic name key: normalized, with conjunction and article (و ف ال وال بال لل) removed when a stem of 3+ letters remains. */
const arabicKey = memoizeString(computeArabicKey);

function computeArabicKey(word: string): string {
  let key = normalizeArabic(word);
  for (const prefix of ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف"]) {
    if (key.startsWith(prefix) && key.length - prefix.length >= 3) {
      key = key.slice(prefix.length);
      break;
    }
  }
  return key;
}

/**
 * True for the characters of an Arabic word, /[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]/: U+0621–U+065F
 * (letters, tatweel, harakat) and U+0670–U+06D3.
 */
function isArabicWordCode(code: number): boolean {
  return (code >= 0x0621 && code <= 0x065f) || (code >= 0x0670 && code <= 0x06d3);
}

function arabicWords(text: string): string[] {
  const out: string[] = [];
  // Only the words are returned (no offsets): invisible characters inside them (ZWNJ, RLM, tatweel-like joiners) go.
  // The runs of those characters, found by a loop over char codes (no match object per word).
  const visible = stripInvisible(text);
  for (let k = 0; k < visible.length; k++) {
    if (!isArabicWordCode(visible.charCodeAt(k))) continue;
    const start = k;
    while (k + 1 < visible.length && isArabicWordCode(visible.charCodeAt(k + 1))) k++;
    out.push(visible.slice(start, k + 1));
  }
  return out;
}

const spellingOf = memoizeString((text: string): string => text.normalize("NFC").toLowerCase());

/** Per-word facts targetOccurrences needs, computed once per distinct word. */
interface WordShape {
  lowercase: boolean;
  capitalized: boolean;
  /** Capitalized, 3+ letters, not all capitals, not a stop word: may be a name (still subject to lowercaseSeen). */
  candidate: boolean;
  spelling: string;
}

const wordShape = memoizeString((word: string): WordShape => {
  const spelling = spellingOf(word);
  const capitalized = /^\p{Lu}/u.test(word);
  let candidate = false;
  if (capitalized) {
    const letters = word.replace(/[^\p{L}]/gu, "");
    candidate = !(letters.length < 3 || letters === letters.toUpperCase()) && !STOP.has(spelling);
  }
  return { lowercase: /^\p{Ll}/u.test(word), capitalized, candidate, spelling };
});

/** Capitalized Latin words of the translation that may be names, with neighbours and sentence position. */
function targetOccurrences(context: QaContext): Occurrence[] {
  const lowercaseSeen = new Set<string>();
  const all: Array<{ paragraph: number; word: LatinWord; words: LatinWord[]; index: number; shape: WordShape }> = [];
  context.target.forEach((text, paragraph) => {
    if (typeof text !== "string") return;
    const words = latinWords(text);
    words.forEach((word, index) => {
      const shape = wordShape(word.text);
      if (shape.lowercase) lowercaseSeen.add(shape.spelling);
      // Only possible names are kept (not capitalized, acronyms, headlines in capitals, stop words are not).
      if (shape.candidate) all.push({ paragraph, word, words, index, shape });
    });
  });
  // A word also written in lower case ("said") may still be a name where it is capitalized mid-sentence ("Paramedic
  // Said"); one only ever capitalized at the start of a sentence ("Confirmed ...") is the common word.
  const midSentence = new Set<string>();
  for (const { paragraph, word, shape } of all) {
    if (lowercaseSeen.has(shape.spelling) && !midSentence.has(shape.spelling) && !opensSentence(context.target[paragraph]!, word.start)) {
      midSentence.add(shape.spelling);
    }
  }
  const out: Occurrence[] = [];
  for (const { paragraph, word, words, index, shape } of all) {
    const text = context.target[paragraph]!;
    if (followedByRegnalNumber(text, word.end) || REGNAL_SUFFIX.test(word.text)) continue;
    const spelling = shape.spelling;
    const commonWord = lowercaseSeen.has(spelling);
    if (commonWord && !midSentence.has(spelling)) continue;
    const neighbours: string[] = [];
    for (const k of [index - 1, index + 1]) {
      const other = words[k];
      if (!other) continue;
      const otherShape = wordShape(other.text);
      if (!otherShape.capitalized || STOP.has(otherShape.spelling)) continue;
      const between = k < index ? text.slice(other.end, word.start) : text.slice(word.end, other.start);
      if (/^[\s\u00a0]+$/u.test(stripInvisible(between))) neighbours.push(nameVariantKey(other.text));
    }
    out.push({
      paragraph,
      start: word.start,
      end: word.end,
      text: word.text,
      spelling,
      neighbours,
      commonWord,
    });
  }
  return out;
}

/**
 * Caps of the transliteration comparisons (each about a microsecond): every capitalized target word of a group is
 * compared with every distinct Arabic word of its source (GROUP_COMPARISONS per group, enough for a pair of
 * 20,000-character paragraphs), at most ARTICLE_COMPARISONS in the whole article, and each spelling with the
 * earlier spellings of its bucket (ARTICLE_COMPARISONS too). Past a cap the part is reported as too long to check.
 */
const GROUP_COMPARISONS = 1_000_000;
const ARTICLE_COMPARISONS = 4_000_000;

/**
 * Pairs target occurrences with the Arabic word of their aligned source they transliterate (unambiguous only).
 * Returns the first target paragraph of each group too large to compare.
 */
function linkToSource(context: QaContext, occurrences: Occurrence[], sourceKeysOf: Map<number, SourceKeys>): number[] {
  const tooLong: number[] = [];
  let articleBudget = ARTICLE_COMPARISONS;
  const byParagraph = new Map<number, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = byParagraph.get(occurrence.paragraph) ?? [];
    list.push(occurrence);
    byParagraph.set(occurrence.paragraph, list);
  }
  for (const group of comparableGroups(context)) {
    if (group.source.length === 0 || group.target.length === 0) continue;
    const sourceWords = new Map<string, SourceWord>(); // key → one surface form and its count
    for (const paragraph of group.source) {
      const text = context.source[paragraph];
      if (typeof text !== "string") continue;
      for (const word of arabicWords(text)) {
        const key = arabicKey(word);
        if (key.length < 3) continue;
        const entry = sourceWords.get(key);
        if (entry === undefined) sourceWords.set(key, { word, count: 1 });
        else entry.count++;
      }
    }
    const keys: SourceKeys = { group: group.target[0]!, words: sourceWords };
    for (const paragraph of group.target) sourceKeysOf.set(paragraph, keys);
    if (sourceWords.size === 0) continue;
    let targetCount = 0;
    for (const paragraph of group.target) targetCount += byParagraph.get(paragraph)?.length ?? 0;
    const comparisons = targetCount * sourceWords.size;
    if (comparisons > GROUP_COMPARISONS || comparisons > articleBudget) {
      if (targetCount > 0) tooLong.push(group.target[0]!);
      continue;
    }
    articleBudget -= comparisons;
    const candidatesOf = new Map<Occurrence, number>();
    for (const paragraph of group.target) {
      for (const occurrence of byParagraph.get(paragraph) ?? []) {
        // Two Arabic words fit about equally well (حماس / حمص for "Homs"): no evidence either way.
        const { key, matches } = pairWithArabic(occurrence.text, sourceWords);
        if (key !== undefined) occurrence.arabicKey = key;
        candidatesOf.set(occurrence, matches);
      }
    }
    // Two spellings in one group pinned to one Arabic word while another Arabic word also fits
    // ("Hassan met Hasan" for حسن / حسان): more likely two people than one name spelled twice.
    const spellingsByKey = new Map<string, Set<string>>();
    for (const [occurrence] of candidatesOf) {
      if (occurrence.arabicKey === undefined) continue;
      const set = spellingsByKey.get(occurrence.arabicKey) ?? new Set<string>();
      set.add(occurrence.spelling);
      spellingsByKey.set(occurrence.arabicKey, set);
    }
    for (const [occurrence, candidates] of candidatesOf) {
      const key = occurrence.arabicKey;
      if (key !== undefined && spellingsByKey.get(key)!.size > 1 && candidates > 1) delete occurrence.arabicKey;
    }
  }
  // و/ب/ل-prefixed keys of the same name (لنعيم) fold into the bare key when it exists.
  const keys = new Set(occurrences.map((o) => o.arabicKey).filter((k): k is string => k !== undefined));
  for (const occurrence of occurrences) {
    const key = occurrence.arabicKey;
    if (key && /^[بلك]/u.test(key) && keys.has(key.slice(1))) occurrence.arabicKey = key.slice(1);
  }
  return tooLong;
}

/** Arabic name keys of an alignment group's source with their counts; `group` is the group's first target paragraph. */
interface SourceKeys {
  group: number;
  words: ReadonlyMap<string, SourceWord>;
}

interface SourceWord {
  word: string;
  count: number;
}

/** Preferred spellings from person entries of the glossary, by Arabic key. */
function glossaryPreferences(context: QaContext): Map<string, string> {
  const preferred = new Map<string, string>();
  for (const entry of context.glossary) {
    if (entry.type !== "person") continue;
    const targets = latinWords(entry.target);
    for (const word of arabicWords(entry.source)) {
      const match = targets.find((t) => skeletonsMatch(word, t.text));
      if (match) preferred.set(arabicKey(word), match.text);
    }
  }
  return preferred;
}

/** Occurrences grouped by spelling, in order of first appearance. */
function bySpelling(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = map.get(occurrence.spelling) ?? [];
    list.push(occurrence);
    map.set(occurrence.spelling, list);
  }
  return map;
}

/** The spelling to keep: the glossary's, else the most frequent, ties to the first used. */
function chooseMajority(spellings: Map<string, Occurrence[]>, glossary?: string): string {
  if (glossary !== undefined) {
    const wanted = spellingOf(glossary);
    if (spellings.has(wanted)) return wanted;
  }
  let best = "";
  let bestCount = -1;
  let bestFirst = Infinity;
  for (const [spelling, list] of spellings) {
    const first = list[0]!.paragraph * 1e7 + list[0]!.start;
    if (list.length > bestCount || (list.length === bestCount && first < bestFirst)) {
      best = spelling;
      bestCount = list.length;
      bestFirst = first;
    }
  }
  return best;
}

/** Both spellings appear only inside full names whose other parts differ: likely two people (minor). */
function differentPeople(minority: readonly Occurrence[], majority: readonly Occurrence[]): boolean {
  const minorNeighbours = new Set(minority.flatMap((o) => o.neighbours));
  const majorNeighbours = new Set(majority.flatMap((o) => o.neighbours));
  if (minority.some((o) => o.neighbours.length === 0) || majority.some((o) => o.neighbours.length === 0)) return false;
  for (const n of minorNeighbours) if (majorNeighbours.has(n)) return false;
  return true;
}

/** One name written with two or more spellings in the translation (Naim / Naeem), checked against the source. */
export const nameConsistencyCheck: QaCheck = {
  id: "name-consistency",
  scope: "article",
  name: "Inconsistent name spelling",
  description:
    "A name spelled two ways in the translation (Naim / Naeem, Mohammed / Muhammad): the Arabic source tells which target words render the same name; minority spellings are flagged with the majority (or glossary) spelling as suggestion.",
  category: "terminology",
  subcategory: "inconsistent",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    return findInconsistentNames(context);
  },
};

function findInconsistentNames(context: QaContext): Finding[] {
  const found = targetOccurrences(context);
  if (found.length < 2) return [];
  const findings: Finding[] = [];
  const sourceKeysOf = new Map<number, SourceKeys>();
  for (const paragraph of linkToSource(context, found, sourceKeysOf)) {
    findings.push(tooLongToCheck(nameConsistencyCheck, "target", paragraph, context.target[paragraph] ?? ""));
  }
  // A word also written in lower case ("said") is a name only where the source has one it transliterates (سعيد).
  const occurrences = found.filter((o) => !o.commonWord || o.arabicKey !== undefined);
  if (occurrences.length < 2) return findings;
  const preferences = glossaryPreferences(context);
  const flagged = new Set<Occurrence>();

  const report = (list: readonly Occurrence[], preferred: Occurrence, severity: Severity, arabic?: string): void => {
    for (const occurrence of list) {
      if (flagged.has(occurrence)) continue;
      flagged.add(occurrence);
      const params: Record<string, string | number> = { name: occurrence.text, preferred: preferred.text };
      if (arabic !== undefined) params.source = arabic;
      findings.push(
        makeFinding(nameConsistencyCheck, {
          side: "target",
          paragraph: occurrence.paragraph,
          start: occurrence.start,
          end: occurrence.end,
          paragraphText: context.target[occurrence.paragraph] ?? "",
          code: "variant",
          severity,
          message: `"${occurrence.text}" is spelled "${preferred.text}" elsewhere in the translation.`,
          suggestion: preferred.text,
          params,
        }),
      );
    }
  };

  // (a) Evidence from the source: spellings paired with the same Arabic name.
  const byKey = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    if (occurrence.arabicKey === undefined) continue;
    const list = byKey.get(occurrence.arabicKey) ?? [];
    list.push(occurrence);
    byKey.set(occurrence.arabicKey, list);
  }
  const confirmedPairs = new Set<string>();
  for (const [key, list] of byKey) {
    const spellings = bySpelling(list);
    if (spellings.size < 2) continue;
    const majority = chooseMajority(spellings, preferences.get(key));
    const majorityList = spellings.get(majority)!;
    for (const [spelling, minorityList] of spellings) {
      if (spelling === majority) continue;
      // Skeletons matched already; the spellings must also be close (no "Hamas" / "Homs" via a shared skeleton).
      if (!areSpellingVariants(spelling, majority) && !closeSpellings(spelling, majority)) continue;
      confirmedPairs.add(`${spelling}|${majority}`);
      const severity: Severity = differentPeople(minorityList, majorityList) ? "minor" : "major";
      report(minorityList, majorityList[0]!, severity, key);
    }
  }

  // (b) The translation alone: capitalized words whose spellings are transliteration variants.
  const spellings = bySpelling(occurrences);
  const keyOfSpelling = new Map<string, Set<string>>();
  for (const occurrence of occurrences) {
    if (occurrence.arabicKey === undefined) continue;
    const set = keyOfSpelling.get(occurrence.spelling) ?? new Set<string>();
    set.add(occurrence.arabicKey);
    keyOfSpelling.set(occurrence.spelling, set);
  }
  // Each spelling joins the earliest cluster holding one of its variants. Variants have variant keys of equal
  // length and first letter, so only the spellings of that bucket are compared (not every cluster: quadratic in
  // the names of a long article).
  const clusters: string[][] = [];
  let bucketBudget = ARTICLE_COMPARISONS;
  const buckets = new Map<string, Array<{ member: string; cluster: number }>>();
  for (const spelling of spellings.keys()) {
    const variantKey = nameVariantKey(spelling);
    const bucketKey = `${variantKey.length}:${variantKey.slice(0, 1)}`;
    let bucket = buckets.get(bucketKey);
    if (bucket === undefined) {
      bucket = [];
      buckets.set(bucketKey, bucket);
    }
    let cluster = -1;
    bucketBudget -= bucket.length;
    if (bucketBudget < 0) {
      // Too many distinct spellings of one shape: the rest are not compared (reported once, below).
      break;
    }
    for (const entry of bucket) {
      if ((cluster === -1 || entry.cluster < cluster) && areSpellingVariants(entry.member, spelling)) cluster = entry.cluster;
    }
    if (cluster >= 0) clusters[cluster]!.push(spelling);
    else {
      cluster = clusters.length;
      clusters.push([spelling]);
    }
    bucket.push({ member: spelling, cluster });
  }
  if (bucketBudget < 0) findings.push(tooLongToCheck(nameConsistencyCheck, "target", occurrences[0]!.paragraph, context.target[occurrences[0]!.paragraph] ?? ""));
  for (const members of clusters) {
    if (members.length < 2) continue;
    const memberSpellings = new Map(members.map((m): [string, Occurrence[]] => [m, spellings.get(m)!]));
    const sourceKeys = new Set(members.flatMap((m) => [...(keyOfSpelling.get(m) ?? [])]));
    // The source says these are different names (حسن / حسان, سمير / سامر).
    if (sourceKeys.size > 1) continue;
    const glossary = sourceKeys.size === 1 ? preferences.get([...sourceKeys][0]!) : undefined;
    const majority = chooseMajority(memberSpellings, glossary);
    const majorityList = memberSpellings.get(majority)!;
    const linked = members.every((m) => keyOfSpelling.has(m));
    for (const [spelling, minorityList] of memberSpellings) {
      if (spelling === majority || confirmedPairs.has(`${spelling}|${majority}`)) continue;
      const severity: Severity = !linked || differentPeople(minorityList, majorityList) ? "minor" : "major";
      report(minorityList, majorityList[0]!, severity, sourceKeys.size === 1 ? [...sourceKeys][0] : undefined);
    }
  }
  findings.push(...unitVariants(context, occurrences, sourceKeysOf, findings));
  findings.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  return findings;
}

/** A name unit of the translation with its paragraph and the Arabic keys its name word was paired with. */
interface PlacedUnit extends NameUnit {
  paragraph: number;
  arabicKey?: string;
}

// A regnal number after a name: "Mohammed V", "Hassan II", "stade Mohammed-V" name a king (or what bears his name),
// another person than a "Mohamed" of the same article, whose spelling follows his own usage.
const REGNAL_NUMBER = /^[ \u00a0\-‐‑](?:I{1,3}|IV|VI{0,3}|IX|X{1,2})(?![\p{L}\p{M}\p{N}])/u;

const REGNAL_SUFFIX = /[\-‐‑](?:I{1,3}|IV|VI{0,3}|IX|X{1,2})$/u;

/** The name ending at `end` is followed by a regnal number (Mohammed V, Hassan II). */
function followedByRegnalNumber(text: string, end: number): boolean {
  return REGNAL_NUMBER.test(text.slice(end, end + 6));
}

/** Two letters or more, none of them lower case ("DOHA", "MBZ-SAT"). */
function isAllCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/**
 * The same name unit written two ways around the same letters: article form (al-Sisi / el-Sisi / al Sisi / Sisi),
 * particles joined or split (Abdel Fattah / Abdelfattah / Abd al-Fattah, bin / ben / Bin Salman, Abou / Abu Mazen),
 * accents (Saïed / Saied). Units are grouped by their folded key (one pass, a map), the majority writing wins; the
 * source decides per entity: units whose name words are paired with different Arabic words are different names,
 * and the finding is major only when the minority's aligned source holds the Arabic name.
 */
function unitVariants(
  context: QaContext,
  occurrences: readonly Occurrence[],
  sourceKeysOf: ReadonlyMap<number, SourceKeys>,
  existing: readonly Finding[],
): Finding[] {
  // One pass over the units, grouped by key; only groups written in two ways or more are looked at further.
  const groups = new Map<string, { units: PlacedUnit[]; mixed: boolean }>();
  context.target.forEach((text, paragraph) => {
    if (typeof text !== "string") return;
    const found = nameUnits(text);
    const add = (unit: NameUnit): void => {
      // A word in capitals (the dateline "DOHA –", a headline, an acronym) is the same writing in another case.
      if (unit.key.length < 3 || isAllCapitals(unit.surface) || followedByRegnalNumber(text, unit.end)) return;
      const placed = unit as PlacedUnit;
      placed.paragraph = paragraph;
      const group = groups.get(unit.key);
      if (group === undefined) groups.set(unit.key, { units: [placed], mixed: false });
      else {
        if (group.units[0]!.surface !== unit.surface) group.mixed = true;
        group.units.push(placed);
      }
    };
    for (const unit of found) add(unit);
    // Two plain words of one name may be written as one (Bel Madi / Belmadi): the pair is a unit too.
    for (let k = 1; k < found.length; k++) {
      const a = found[k - 1]!;
      const b = found[k]!;
      if (!b.inFullName || a.hasArticle || b.hasArticle || a.surface.includes(" ") || b.surface.includes(" ")) continue;
      add({ ...b, start: a.start, surface: text.slice(a.start, b.end), sentenceInitial: a.sentenceInitial, inFullName: a.inFullName, key: a.key + b.key });
    }
  });
  const mixedGroups = [...groups.values()].filter((g) => g.mixed);
  if (mixedGroups.length === 0) return [];
  // Arabic keys of the name words, and per alignment group how many name words each Arabic key was paired with.
  const occurrenceAt = new Map<string, Occurrence>();
  const linkedInGroup = new Map<string, number>();
  for (const o of occurrences) {
    occurrenceAt.set(`${o.paragraph}:${o.start}`, o);
    if (o.arabicKey === undefined) continue;
    const counted = `${sourceKeysOf.get(o.paragraph)?.group ?? o.paragraph}:${o.arabicKey}`;
    linkedInGroup.set(counted, (linkedInGroup.get(counted) ?? 0) + 1);
  }
  for (const group of mixedGroups) {
    for (const unit of group.units) {
      const arabic = occurrenceAt.get(`${unit.paragraph}:${unit.nameStart}`)?.arabicKey;
      if (arabic !== undefined) unit.arabicKey = arabic;
    }
  }
  // Words already reported ("paragraph:start"): a unit is taken when its first or its name word is.
  const taken = new Set<string>();
  for (const f of existing) taken.add(`${f.paragraph}:${f.start}`);
  const out: Finding[] = [];
  const overlapsTaken = (unit: PlacedUnit): boolean => taken.has(`${unit.paragraph}:${unit.start}`) || taken.has(`${unit.paragraph}:${unit.nameStart}`);
  for (const { units } of mixedGroups) {
    // The word-level comparison (with the glossary) already decided this name's spelling.
    if (units.some(overlapsTaken)) continue;
    // Writings as house style sees them: a sentence-initial capital counts as the mid-sentence form when one exists.
    const midSentence = new Set(units.filter((u) => !u.sentenceInitial).map((u) => u.surface));
    const writingOf = (unit: PlacedUnit): string => {
      if (!unit.sentenceInitial) return unit.surface;
      const lowered = unit.surface.charAt(0).toLowerCase() + unit.surface.slice(1);
      return midSentence.has(lowered) ? lowered : unit.surface;
    };
    const byWriting = new Map<string, PlacedUnit[]>();
    for (const unit of units) {
      const writing = writingOf(unit);
      const list = byWriting.get(writing);
      if (list) list.push(unit);
      else byWriting.set(writing, [unit]);
    }
    if (byWriting.size < 2) continue;
    let majority = "";
    let majorityCount = 0;
    for (const [writing, list] of byWriting) {
      if (list.length > majorityCount) {
        majority = writing;
        majorityCount = list.length;
      }
    }
    const majorityUnits = byWriting.get(majority)!;
    const majorityKeys = new Set(majorityUnits.flatMap((u) => (u.arabicKey === undefined ? [] : [u.arabicKey])));
    const majorityHasArticle = majorityUnits[0]!.hasArticle;
    const majorityInFullName = majorityUnits.some((m) => m.inFullName);
    const majorityAlone = majorityUnits.some((m) => !m.inFullName);
    for (const [writing, list] of byWriting) {
      if (writing === majority) continue;
      const minorityKeys = new Set(list.flatMap((u) => (u.arabicKey === undefined ? [] : [u.arabicKey])));
      // The source pairs the two writings with different Arabic names (حسن / حسان, بنسعيد / بن سعيد).
      if (minorityKeys.size > 0 && majorityKeys.size > 0 && ![...minorityKeys].some((k) => majorityKeys.has(k))) continue;
      const arabicKeys = [...majorityKeys, ...minorityKeys];
      for (const unit of list) {
        // With or without the article is house style only between like mentions: "Abdel Fattah al-Sisi" then "Sisi" is consistent.
        if (unit.hasArticle !== majorityHasArticle && !(unit.inFullName ? majorityInFullName : majorityAlone)) continue;
        if (overlapsTaken(unit)) continue;
        taken.add(`${unit.paragraph}:${unit.start}`);
        taken.add(`${unit.paragraph}:${unit.nameStart}`);
        const sourceKeys = sourceKeysOf.get(unit.paragraph);
        const arabic = arabicKeys.find((k) => sourceKeys?.words.has(k));
        // More name words paired with the Arabic name than the source writes it ("Houthi leader ... al-Houthi" for one
        // الحوثي beside الحوثيين): one of them is another word (a nisba, a movement), so the source does not confirm this one.
        const overCounted =
          unit.arabicKey !== undefined && sourceKeys !== undefined &&
          (linkedInGroup.get(`${sourceKeys.group}:${unit.arabicKey}`) ?? 0) > (sourceKeys.words.get(unit.arabicKey)?.count ?? 0);
        const severity: Severity = arabic !== undefined && !overCounted ? "major" : "minor";
        const preferred = unit.sentenceInitial ? majority.charAt(0).toUpperCase() + majority.slice(1) : majority;
        const params: Record<string, string | number> = { name: unit.surface, preferred };
        if (arabic !== undefined) params.source = arabic;
        out.push(
          makeFinding(nameConsistencyCheck, {
            side: "target",
            paragraph: unit.paragraph,
            start: unit.start,
            end: unit.end,
            paragraphText: context.target[unit.paragraph] ?? "",
            code: "variant",
            severity,
            message: `"${unit.surface}" is spelled "${preferred}" elsewhere in the translation.`,
            suggestion: preferred,
            params,
          }),
        );
      }
    }
  }
  return out;
}
