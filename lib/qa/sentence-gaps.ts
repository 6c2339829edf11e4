/**
 * Sentences inside aligned paragraph groups that have no counterpart: a source sentence dropped from a translated
 * paragraph, or a target sentence added to it. Shared by the omission and addition checks, computed once per run.
 */
import { alignSentences, groupSpans, mayHoldSeveralSentences, sentencesFromSpans, SENTENCE_PARAMETERS, type Sentence, type SentenceLexicon } from "../align/sentences";
import { hasLexicon, lexiconConceptIds } from "../text/lexicon/concepts";
import type { QaContext, Side } from "./types";
import type { AlignmentGroup } from "../align/types";
import { countQuoteMarks, extractAnchorNumbers } from "../align/anchors";
import { lexiconConcepts } from "../align/sentence-lexicon";
import { isPageChrome } from "./chrome";
import { documentLengthRatio, groupLengths, primaryLanguage, type GroupLength } from "./util";

/** One sentence of `side` that the sentence alignment of its group leaves without a counterpart. */
export interface SentenceGap {
  side: Side;
  sentence: Sentence;
  /** Evidence for the gap (nats), see alignSentences. */
  margin: number;
}

/** A dropped or added sentence of at least this many words is a major finding; shorter ones are minor. */
export const LONG_SENTENCE_WORDS = 15;

/** A group side needs this many source letters before the article's ratio is trusted over the group's own. */
const MIN_RATIO_LETTERS = 30;

/** Fewer groups than this (short articles) and the article's own ratio gives way to the language pair's. */
const MIN_RATIO_GROUPS = 3;

/**
 * Typical target/source letter ratio of a translation from Arabic, used when the article is too short to measure its
 * own (the median over the invented test articles: English 1.26, French 1.48; newsroom samples fall within ±0.15).
 */
const TYPICAL_RATIO_FROM_ARABIC: Readonly<Record<string, number>> = { en: 1.25, fr: 1.45, es: 1.35 };

/** How far (log) one paragraph's ratio may depart from the article's measured ratio, or from the assumed one. */
const MEASURED_RATIO_SPREAD = 0.15;
const ASSUMED_RATIO_SPREAD = 0.2;

/**
 * Log ratio within which two sentences in the same position are taken as translations of each other without
 * running the alignment (a gap would need a merge or a split elsewhere, which would throw the lengths off).
 */
const ONE_TO_ONE_TOLERANCE = 0.35;
const MERGE_TOLERANCE = 0.15;

/**
 * True when the group is plainly matched without running the alignment: as many sentences on both sides, each pair
 * in order of the expected length and, with a word list, sharing a listed word whenever both have two or more; or
 * two sentences against one (a merge or a split) whose total has the expected length within MERGE_TOLERANCE (a
 * dropped sentence would take a quarter or more of the length with it) and, with a word list, each of the two
 * sharing MIN_SHARED_FOR_MERGE listed words with the one.
 */
function pairsOneToOne(source: readonly Sentence[], target: readonly Sentence[], ratio: number, lexicon: SentenceLexicon | null): boolean {
  if (source.length + target.length === 3) {
    let sourceLetters = 0;
    let targetLetters = 0;
    for (const sentence of source) sourceLetters += sentence.letters;
    for (const sentence of target) targetLetters += sentence.letters;
    if (Math.abs(Math.log((targetLetters + 4) / (ratio * sourceLetters + 4))) > MERGE_TOLERANCE) return false;
    if (!lexicon) return true;
    // A short dropped sentence hides within the length tolerance: each of the two must share listed words with the one.
    const [pair, single, pairLang, singleLang] = source.length === 2 ? [source, target[0]!, lexicon.source, lexicon.target] : [target, source[0]!, lexicon.target, lexicon.source];
    const singleWords = lexiconConceptIds(single.text, singleLang);
    return pair.every((sentence) => sharedCount(lexiconConceptIds(sentence.text, pairLang), singleWords) >= MIN_SHARED_FOR_MERGE);
  }
  if (source.length !== target.length) return false;
  for (let k = 0; k < source.length; k++) {
    const expected = ratio * source[k]!.letters;
    if (Math.abs(Math.log((target[k]!.letters + 4) / (expected + 4))) > ONE_TO_ONE_TOLERANCE) return false;
  }
  if (!lexicon) return true;
  for (let k = 0; k < source.length; k++) {
    const sourceWords = lexiconConceptIds(source[k]!.text, lexicon.source);
    if (sourceWords.length < 2) continue;
    const targetWords = lexiconConceptIds(target[k]!.text, lexicon.target);
    if (targetWords.length < 2) continue;
    if (sharedCount(sourceWords, targetWords) === 0) return false;
  }
  return true;
}

/** Listed words two sentences of a plain 2-1 merge must each share with the third before the alignment is skipped. */
const MIN_SHARED_FOR_MERGE = 3;

/** Numbers (by value) and weekday, month or number words (sentence-lexicon.ts) found in both texts. */
function sharedAnchors(source: string, target: string): number {
  const targetValues = [...extractAnchorNumbers(target), ...lexiconConcepts(target)];
  let shared = 0;
  for (const value of [...extractAnchorNumbers(source), ...lexiconConcepts(source)]) {
    const at = targetValues.indexOf(value);
    if (at < 0) continue;
    targetValues.splice(at, 1);
    shared++;
  }
  return shared;
}

function sharedCount(words: readonly number[], others: readonly number[]): number {
  let shared = 0;
  for (const id of words) if (others.includes(id)) shared++;
  return shared;
}

function spanCount(spans: ReadonlyArray<readonly unknown[]>): number {
  let count = 0;
  for (const list of spans) count += list.length;
  return count;
}

/**
 * A paragraph the alignment left without a counterpart (a 1-0 or 0-1 paragraph group) is re-read together with the
 * groups next to it, sentence by sentence: when the translator dropped the first sentence of a paragraph, the
 * paragraph aligner often pairs the rest with a neighbour and reports whole paragraphs as omitted and added.
 * Windows of more groups than this are left to the paragraph findings (a run of unpaired paragraphs).
 */
const MAX_WINDOW_GROUPS = 5;

/** Listed words (lib/text/lexicon) a matched sentence pairing must share to show that its paragraphs are translated. */
const MIN_SHARED_FOR_EXPLAINED = 2;

/** What the sentence alignment found in one QA run. */
export interface SentenceReport {
  /** Unmatched sentences in paragraph order (source gaps before target gaps per group or window). */
  gaps: SentenceGap[];
  /**
   * Paragraphs of an unpaired or merged paragraph group of which at least one sentence is matched, with shared listed
   * words, to a sentence on the other side: the paragraph is translated (in part), so a paragraph-level omission or
   * addition finding on it would be wrong; its untranslated sentences are in `gaps`.
   */
  explainedSource: Set<number>;
  explainedTarget: Set<number>;
}

/** One unit of sentence alignment: a paragraph group, or a window of groups around an unpaired paragraph. */
interface AlignmentUnit {
  source: number[];
  target: number[];
  /** The group itself when the unit is one group (its own length ratio is the fallback). */
  group: AlignmentGroup | null;
  /** Paragraphs of the unit that the paragraph alignment left unpaired. */
  unpairedSource: ReadonlySet<number>;
  unpairedTarget: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

/** Earlier paragraphs compared with an unpaired one to recognize a repeated headline. */
const HEADLINE_PARAGRAPHS = 3;

/**
 * True when an unpaired paragraph is page chrome or repeats one of the first paragraphs of its side (a repeated
 * headline): the addition check reports those as such, and no sentence of them is a translation.
 */
function isBoilerplate(texts: readonly string[], paragraph: number): boolean {
  const text = texts[paragraph] ?? "";
  if (isPageChrome(text)) return true;
  for (let k = 0; k < Math.min(HEADLINE_PARAGRAPHS, paragraph); k++) if ((texts[k] ?? "").trim() === text.trim()) return true;
  return false;
}

/** Groups with both sides, and windows of at most MAX_WINDOW_GROUPS groups around unpaired paragraphs. */
function alignmentUnits(context: QaContext): AlignmentUnit[] {
  const { alignment } = context;
  const units: AlignmentUnit[] = [];
  const count = alignment.length;
  const unpairedCache = new Map<number, boolean>();
  const unpaired = (at: number): boolean => {
    const candidate = alignment[at];
    if (candidate === undefined || (candidate.source.length > 0 && candidate.target.length > 0)) return false;
    let value = unpairedCache.get(at);
    if (value === undefined) {
      const [texts, paragraphs] = candidate.source.length > 0 ? [context.source, candidate.source] : [context.target, candidate.target];
      value = !paragraphs.every((paragraph) => isBoilerplate(texts, paragraph));
      unpairedCache.set(at, value);
    }
    return value;
  };
  let k = 0;
  while (k < count) {
    const group = alignment[k]!;
    if (!unpaired(k) && !unpaired(k + 1)) {
      if (group.source.length > 0 && group.target.length > 0) {
        units.push({ source: group.source, target: group.target, group, unpairedSource: NONE, unpairedTarget: NONE });
      }
      k++;
      continue;
    }
    // A window: this group (a neighbour or itself unpaired), every following unpaired group, and the next group.
    let end = k + 1;
    while (end < count && unpaired(end)) end++;
    if (end < count) end++;
    const window = alignment.slice(k, end);
    if (window.length > MAX_WINDOW_GROUPS) {
      for (const member of window) {
        if (member.source.length > 0 && member.target.length > 0) {
          units.push({ source: member.source, target: member.target, group: member, unpairedSource: NONE, unpairedTarget: NONE });
        }
      }
    } else {
      const unpairedSource = new Set<number>();
      const unpairedTarget = new Set<number>();
      const unit: AlignmentUnit = { source: [], target: [], group: null, unpairedSource, unpairedTarget };
      for (const member of window) {
        unit.source.push(...member.source);
        unit.target.push(...member.target);
        if (member.target.length === 0) for (const paragraph of member.source) unpairedSource.add(paragraph);
        if (member.source.length === 0) for (const paragraph of member.target) unpairedTarget.add(paragraph);
      }
      if (unit.source.length > 0 && unit.target.length > 0) units.push(unit);
    }
    k = end;
  }
  return units;
}

const cache = new WeakMap<QaContext, SentenceReport>();

/** The sentence alignment's gaps and the unpaired or merged paragraphs it shows to be translated (computed once per run). */
export function sentenceReport(context: QaContext): SentenceReport {
  const cached = cache.get(context);
  if (cached) return cached;
  const report: SentenceReport = { gaps: [], explainedSource: new Set(), explainedTarget: new Set() };
  // The article's ratio is measured only once a group needs it: most articles have no group of several sentences.
  let model: { typical: number | null; spread: number; lengths: Map<AlignmentGroup, GroupLength> } | undefined;
  const lengthModel = () => {
    if (!model) {
      const lengths = groupLengths(context);
      const measured = documentLengthRatio(lengths, MIN_RATIO_LETTERS, MIN_RATIO_GROUPS);
      model = {
        typical: measured ?? TYPICAL_RATIO_FROM_ARABIC[primaryLanguage(context.targetLang)] ?? null,
        spread: measured !== null ? MEASURED_RATIO_SPREAD : ASSUMED_RATIO_SPREAD,
        lengths: new Map(lengths.map((item) => [item.group, item])),
      };
    }
    return model;
  };
  const sourceLang = primaryLanguage(context.sourceLang);
  const targetLang = primaryLanguage(context.targetLang);
  const lexicon: SentenceLexicon | null = hasLexicon(sourceLang) && hasLexicon(targetLang) && sourceLang !== targetLang ? { source: sourceLang, target: targetLang } : null;
  /** Gaps of one unit and the paragraphs it shows translated; null when the unit was settled without alignment. */
  const alignUnit = (unit: AlignmentUnit, whole: boolean): UnitResult | null => {
    // Most groups are one paragraph of one sentence on each side: decided by one scan of each text.
    if (!whole && unit.source.length === 1 && unit.target.length === 1 && !mayHoldSeveralSentences(context.source[unit.source[0]!] ?? "") && !mayHoldSeveralSentences(context.target[unit.target[0]!] ?? "")) return null;
    const sourceSpans = groupSpans(context.source, unit.source);
    const targetSpans = groupSpans(context.target, unit.target);
    if (!sourceSpans || !targetSpans || (spanCount(sourceSpans) < 2 && spanCount(targetSpans) < 2)) return null;
    const source = sentencesFromSpans(context.source, unit.source, sourceSpans);
    const target = sentencesFromSpans(context.target, unit.target, targetSpans);
    if (!source || !target || (source.length < 2 && target.length < 2)) return null;
    const { typical, spread, lengths } = lengthModel();
    // Clamped so that one odd article cannot make every sentence look dropped or added.
    const ratio = Math.min(4, Math.max(0.25, typical ?? (unit.group && lengths.get(unit.group)?.ratio) ?? 1));
    if (!whole && pairsOneToOne(source, target, ratio, lexicon)) return null;
    const alignment = alignSentences(source, target, ratio, spread, lexicon);
    const multiParagraph = unit.source.length > 1 || unit.target.length > 1;
    const explained = lexicon && multiParagraph ? explainedParagraphs(alignment.groups, source, target, lexicon) : { source: new Set<number>(), target: new Set<number>() };
    const found: SentenceGap[] = [];
    for (const gap of alignment.gaps) {
      if (gap.margin < SENTENCE_PARAMETERS.minGapMargin) continue;
      const sentence = (gap.side === "source" ? source : target)[gap.index]!;
      // A wholly unpaired paragraph is reported once, by the paragraph finding, not sentence by sentence.
      const unpaired = gap.side === "source" ? unit.unpairedSource : unit.unpairedTarget;
      if (unpaired.has(sentence.paragraph) && !explained[gap.side].has(sentence.paragraph)) continue;
      if (splitQuotation(gap.side, gap.index, alignment.groups, source, target)) continue;
      found.push({ side: gap.side, sentence, margin: gap.margin });
    }
    return { gaps: found, explained, groups: alignment.groups, source, target };
  };
  const units = alignmentUnits(context);
  const results = units.map((unit) => alignUnit(unit, unit.group === null));
  // A unit with gaps is re-aligned together with the next unit: a sentence the paragraph alignment put in the
  // neighbouring group then finds its translation there. The joint result is kept when it leaves fewer gaps.
  for (let k = 0; k + 1 < units.length; k++) {
    const first = results[k];
    const second = results[k + 1];
    if (!first?.gaps.length && !second?.gaps.length) continue;
    // A moved sentence leaves a source gap on one side of the break and a target gap on the other (or both in one unit).
    const both = [...(first?.gaps ?? []), ...(second?.gaps ?? [])];
    if (!both.some((gap) => gap.side === "source") || !both.some((gap) => gap.side === "target")) continue;
    if (units[k]!.source.length + units[k + 1]!.source.length > MAX_WINDOW_GROUPS) continue;
    const joined = joinUnits(units[k]!, units[k + 1]!);
    const result = alignUnit(joined, true);
    if (result === null || !explainsMovedSentences(both, result, units[k]!, units[k + 1]!, lexicon)) continue;
    units[k + 1] = joined;
    results[k] = null;
    results[k + 1] = result;
  }
  const gaps: SentenceGap[] = [];
  const unitOf: number[] = [];
  results.forEach((result, index) => {
    if (!result) return;
    for (const paragraph of result.explained.source) report.explainedSource.add(paragraph);
    for (const paragraph of result.explained.target) report.explainedTarget.add(paragraph);
    for (const gap of result.gaps) {
      gaps.push(gap);
      unitOf.push(index);
    }
  });
  report.gaps = lexicon ? withoutMovedSentences(gaps, unitOf, lexicon) : gaps;
  cache.set(context, report);
  return report;
}

/**
 * True when an unmatched sentence holds quotation marks and a neighbouring pairing has fewer quotation marks on this
 * side than on the other: the translator split a quotation off its sentence ("X said that «…»" → "X said… «…», he
 * said."), or joined one, and the words of a quotation are the ones a word list knows least.
 */
function splitQuotation(
  side: "source" | "target",
  index: number,
  groups: ReadonlyArray<{ source: number[]; target: number[] }>,
  source: readonly Sentence[],
  target: readonly Sentence[],
): boolean {
  const own = side === "source" ? source : target;
  if (countQuoteMarks(own[index]!.text) === 0) return false;
  const at = groups.findIndex((group) => group[side].includes(index));
  const marks = (indices: readonly number[], sentences: readonly Sentence[]) => {
    let count = 0;
    for (const k of indices) count += countQuoteMarks(sentences[k]!.text);
    return count;
  };
  for (const neighbour of [groups[at - 1], groups[at + 1]]) {
    if (!neighbour || neighbour.source.length === 0 || neighbour.target.length === 0) continue;
    const here = marks(neighbour[side], own);
    const there = side === "source" ? marks(neighbour.target, target) : marks(neighbour.source, source);
    if (here < there) return true;
  }
  return false;
}

interface UnitResult {
  gaps: SentenceGap[];
  explained: { source: Set<number>; target: Set<number> };
  groups: ReadonlyArray<{ source: number[]; target: number[] }>;
  source: readonly Sentence[];
  target: readonly Sentence[];
}

function sameSentence(x: SentenceGap, y: SentenceGap): boolean {
  return x.side === y.side && x.sentence.paragraph === y.sentence.paragraph && x.sentence.start === y.sentence.start;
}

/**
 * True when aligning two units together only removes gaps, each by matching the sentence with a sentence of the
 * other unit (it was moved across the paragraph break) in a one-to-one pairing that shares listed words, and adds
 * none: then the joint alignment is the better reading. A gap the joint alignment merely absorbs into a merge does
 * not count.
 */
function explainsMovedSentences(separate: readonly SentenceGap[], joined: UnitResult, first: AlignmentUnit, second: AlignmentUnit, lexicon: SentenceLexicon | null): boolean {
  if (!lexicon) return false;
  if (!joined.gaps.every((gap) => separate.some((other) => sameSentence(gap, other)))) return false;
  const removed = separate.filter((gap) => !joined.gaps.some((other) => sameSentence(gap, other)));
  if (removed.length === 0) return false;
  for (const gap of removed) {
    const sentences = gap.side === "source" ? joined.source : joined.target;
    const index = sentences.findIndex((sentence) => sentence.paragraph === gap.sentence.paragraph && sentence.start === gap.sentence.start);
    const bead = joined.groups.find((group) => (gap.side === "source" ? group.source : group.target).includes(index));
    // A moved sentence is matched alone, and its translation shares listed words with it.
    if (!bead || bead.source.length !== 1 || bead.target.length !== 1) return false;
    const sourceWords = lexiconConceptIds(joined.source[bead.source[0]!]!.text, lexicon.source);
    const targetWords = lexiconConceptIds(joined.target[bead.target[0]!]!.text, lexicon.target);
    if (sharedCount(sourceWords, targetWords) < MIN_SHARED_FOR_MOVED) return false;
    const ownUnit = (gap.side === "source" ? first.source : first.target).includes(gap.sentence.paragraph) ? first : second;
    const otherSide = gap.side === "source" ? "target" : "source";
    const otherSentences = otherSide === "source" ? joined.source : joined.target;
    const crosses = bead[otherSide].some((other) => !ownUnit[otherSide].includes(otherSentences[other]!.paragraph));
    if (!crosses) return false;
  }
  return true;
}

/** Two consecutive units as one window. */
function joinUnits(first: AlignmentUnit, second: AlignmentUnit): AlignmentUnit {
  return {
    source: [...first.source, ...second.source],
    target: [...first.target, ...second.target],
    group: null,
    unpairedSource: new Set([...first.unpairedSource, ...second.unpairedSource]),
    unpairedTarget: new Set([...first.unpairedTarget, ...second.unpairedTarget]),
  };
}

/** Listed words a dropped and an added sentence must share to be taken as one sentence moved, not two gaps. */
const MIN_SHARED_FOR_MOVED = 2;

/**
 * Removes pairs of a "dropped" source sentence and an "added" target sentence that translate each other: the
 * translator moved the sentence (to another place in the paragraph, or across a paragraph break the paragraph
 * alignment did not follow), which the in-order alignment sees as one sentence dropped and one added. Only gaps of
 * the same or the next alignment unit are paired; gaps are few, so the pairing is cheap.
 */
function withoutMovedSentences(gaps: SentenceGap[], unitOf: readonly number[], lexicon: SentenceLexicon): SentenceGap[] {
  const sourceGaps = gaps.map((gap, index) => index).filter((index) => gaps[index]!.side === "source");
  const targetGaps = gaps.map((gap, index) => index).filter((index) => gaps[index]!.side === "target");
  if (sourceGaps.length === 0 || targetGaps.length === 0) return gaps;
  const p = SENTENCE_PARAMETERS;
  const found = Math.log(p.lexiconFound / p.lexiconChance);
  const missing = Math.log((1 - p.lexiconFound) / (1 - p.lexiconChance));
  const candidates: Array<{ source: number; target: number; evidence: number }> = [];
  // Target gaps by unit, so that each source gap looks only at the gaps of its own and the neighbouring units.
  const targetsByUnit = new Map<number, number[]>();
  for (const t of targetGaps) {
    const list = targetsByUnit.get(unitOf[t]!) ?? [];
    list.push(t);
    targetsByUnit.set(unitOf[t]!, list);
  }
  for (const s of sourceGaps) {
    const sourceWords = lexiconConceptIds(gaps[s]!.sentence.text, lexicon.source);
    const unit = unitOf[s]!;
    for (const t of [...(targetsByUnit.get(unit - 1) ?? []), ...(targetsByUnit.get(unit) ?? []), ...(targetsByUnit.get(unit + 1) ?? [])]) {
      const targetWords = lexiconConceptIds(gaps[t]!.sentence.text, lexicon.target);
      // Numbers, weekdays, months and number words (the aligner's own anchors) count as shared words too.
      const shared = sharedCount(sourceWords, targetWords) + sharedAnchors(gaps[s]!.sentence.text, gaps[t]!.sentence.text);
      if (shared < MIN_SHARED_FOR_MOVED) continue;
      const evidence = 2 * shared * found + (sourceWords.length + targetWords.length - 2 * shared) * missing;
      if (evidence > 0) candidates.push({ source: s, target: t, evidence });
    }
  }
  candidates.sort((x, y) => y.evidence - x.evidence);
  const removed = new Set<number>();
  for (const candidate of candidates) {
    if (removed.has(candidate.source) || removed.has(candidate.target)) continue;
    removed.add(candidate.source);
    removed.add(candidate.target);
  }
  return removed.size === 0 ? gaps : gaps.filter((_, index) => !removed.has(index));
}

/**
 * Paragraphs of sentences that are matched and share, each on its own, at least MIN_SHARED_FOR_EXPLAINED listed
 * words with the other side of their pairing (a sentence merged into a pairing that others carry explains nothing).
 */
function explainedParagraphs(
  groups: ReadonlyArray<{ source: number[]; target: number[] }>,
  source: readonly Sentence[],
  target: readonly Sentence[],
  lexicon: SentenceLexicon,
): { source: Set<number>; target: Set<number> } {
  const explained = { source: new Set<number>(), target: new Set<number>() };
  for (const group of groups) {
    if (group.source.length === 0 || group.target.length === 0) continue;
    const sourceWords = group.source.map((index) => lexiconConceptIds(source[index]!.text, lexicon.source));
    const targetWords = group.target.map((index) => lexiconConceptIds(target[index]!.text, lexicon.target));
    const allSource = sourceWords.flat();
    const allTarget = targetWords.flat();
    group.source.forEach((index, k) => {
      if (sharedCount(sourceWords[k]!, allTarget) >= MIN_SHARED_FOR_EXPLAINED) explained.source.add(source[index]!.paragraph);
    });
    group.target.forEach((index, k) => {
      if (sharedCount(targetWords[k]!, allSource) >= MIN_SHARED_FOR_EXPLAINED) explained.target.add(target[index]!.paragraph);
    });
  }
  return explained;
}
