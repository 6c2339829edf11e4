/**
 * Sentences inside aligned paragraph groups that have no counterpart: a source sentence dropped from a translated
 * paragraph, or a target sentence added to it. Shared by the omission and addition checks, computed once per run.
 */
import { alignSentences, groupSpans, mayHoldSeveralSentences, sentencesFromSpans, SENTENCE_PARAMETERS, type Sentence, type SentenceLexicon } from "../align/sentences";
import { hasLexicon, lexiconConceptIds } from "../text/lexicon/concepts";
import type { QaContext, Side } from "./types";
import type { AlignmentGroup } from "../align/types";
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
 * in order of the expected length and, with a word list, sharing a listed word whenever both have two or more; or,
 * without a word list, two sentences against one (a merge or a split) whose total has the expected length within
 * MERGE_TOLERANCE (a dropped sentence would take a quarter or more of the length with it).
 */
function pairsOneToOne(source: readonly Sentence[], target: readonly Sentence[], ratio: number, lexicon: SentenceLexicon | null): boolean {
  if (source.length + target.length === 3) {
    // A short dropped sentence hides within the length tolerance: only the words can tell.
    if (lexicon) return false;
    let sourceLetters = 0;
    let targetLetters = 0;
    for (const sentence of source) sourceLetters += sentence.letters;
    for (const sentence of target) targetLetters += sentence.letters;
    return Math.abs(Math.log((targetLetters + 4) / (ratio * sourceLetters + 4))) <= MERGE_TOLERANCE;
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
    if (!sourceWords.some((id) => targetWords.includes(id))) return false;
  }
  return true;
}

function spanCount(spans: ReadonlyArray<readonly unknown[]>): number {
  let count = 0;
  for (const list of spans) count += list.length;
  return count;
}

const cache = new WeakMap<QaContext, SentenceGap[]>();

/** Unmatched sentences of every group with both sides, in group order (source gaps before target gaps per group). */
export function sentenceGaps(context: QaContext): SentenceGap[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const gaps: SentenceGap[] = [];
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
  for (const group of context.alignment) {
    if (group.source.length === 0 || group.target.length === 0) continue;
    // Most groups are one paragraph of one sentence on each side: decided by one scan of each text.
    if (group.source.length === 1 && group.target.length === 1 && !mayHoldSeveralSentences(context.source[group.source[0]!] ?? "") && !mayHoldSeveralSentences(context.target[group.target[0]!] ?? "")) continue;
    const sourceSpans = groupSpans(context.source, group.source);
    const targetSpans = groupSpans(context.target, group.target);
    if (!sourceSpans || !targetSpans || (spanCount(sourceSpans) < 2 && spanCount(targetSpans) < 2)) continue;
    const source = sentencesFromSpans(context.source, group.source, sourceSpans);
    const target = sentencesFromSpans(context.target, group.target, targetSpans);
    if (!source || !target || (source.length < 2 && target.length < 2)) continue;
    const { typical, spread, lengths } = lengthModel();
    // Clamped so that one odd article cannot make every sentence look dropped or added.
    const ratio = Math.min(4, Math.max(0.25, typical ?? lengths.get(group)?.ratio ?? 1));
    if (pairsOneToOne(source, target, ratio, lexicon)) continue;
    const alignment = alignSentences(source, target, ratio, spread, lexicon);
    for (const gap of alignment.gaps) {
      if (gap.margin < SENTENCE_PARAMETERS.minGapMargin) continue;
      gaps.push({ side: gap.side, sentence: (gap.side === "source" ? source : target)[gap.index]!, margin: gap.margin });
    }
  }
  cache.set(context, gaps);
  return gaps;
}
