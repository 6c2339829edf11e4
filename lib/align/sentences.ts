/**
 * Sentence alignment inside one aligned paragraph group: each side is split into sentences, and a small dynamic
 * programme pairs them with 1-1, 1-2, 2-1, 1-3, 3-1, 1-0 and 0-1 moves under a length model (the article's own
 * target/source letter ratio) plus anchors that survive translation (numbers, names, Latin tokens). A 1-0 move is a
 * source sentence with no translation, a 0-1 move a target sentence with no source.
 *
 * Sentences are cut by a linear scan, not by Intl.Segmenter's sentence granularity: measured on 1.3 million words,
 * the segmenter took 225 ms (the scan 19 ms, the whole QA run about 3 s), and it cuts after abbreviations ("Mr.",
 * "M.", "د.") and between a "!" and the closing guillemet of a French quotation.
 */
import { paragraphFeatures, type ParagraphFeatures } from "./anchors";
import { lexiconConcepts } from "./sentence-lexicon";
import { lexiconConceptIds, type LexiconLanguage } from "../text/lexicon/concepts";

/** One sentence of a paragraph group: `start`/`end` are offsets into paragraph `paragraph` (trimmed). */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Letters and digits (any script). */
  letters: number;
  /** Whitespace-separated tokens that hold a letter or a digit. */
  words: number;
}

/** Languages of the word list (lib/text/lexicon) to read each side with; without it only lengths and anchors count. */
export interface SentenceLexicon {
  source: LexiconLanguage;
  target: LexiconLanguage;
}

/** Sentence indices of one group of the sentence alignment; either side may be empty. */
export interface SentenceGroup {
  source: number[];
  target: number[];
}


/**
 * Caps: a group side with more than MAX_SENTENCES sentences or MAX_GROUP_CHARACTERS characters is not split nor
 * aligned (no finding), so the work per group is bounded (the programme is quadratic in the sentence count).
 */
export const MAX_SENTENCES = 64;
export const MAX_GROUP_CHARACTERS = 20_000;

/** Sentences with fewer words are fragments ("he said.", "Yes."): they join their neighbour before alignment. */
export const MIN_SENTENCE_WORDS = 5;

/** Tunable constants of the sentence cost model (nats). */
export const SENTENCE_PARAMETERS = {
  /** Spread of the log length ratio of a sentence pair (wider than for paragraphs: clauses move between sentences). */
  sigma: 0.2,
  /** Extra variance for short sentences (divided by the mean letter count). */
  shortVariance: 2,
  /** Two sentences on one side translated as one on the other (frequent: Arabic joins clauses with "و"). */
  mergePrior: 2.5,
  /** Three sentences as one. */
  tripleMergePrior: 4,
  /** A sentence with no counterpart. */
  gapPrior: 2,
  numberMatchBonus: 1,
  numberMismatchPenalty: 0.6,
  nameMatchBonus: 0.6,
  /** Per weekday, month or number word found on both sides (see sentence-lexicon.ts). */
  conceptMatchBonus: 0.8,
  /**
   * Word-list evidence (lib/text/lexicon): a listed source word's translation is found in its translated sentence
   * with probability `lexiconFound`, in an unrelated sentence of the same paragraph with `lexiconChance` (measured
   * on the tuning articles: 0.77 and 0.09). Each listed word of a pairing adds the log-likelihood ratio of being
   * found or not, in both directions, scaled by `lexiconWeight` (the words are not independent evidence).
   */
  lexiconFound: 0.7,
  lexiconChance: 0.1,
  lexiconWeight: 1,
  /** Found and missing listed words counted per side of a pairing, each at most this many (a long sentence must not outweigh everything else). */
  lexiconCap: 12,
  /** Quotation marks on both sides of a pairing, or on one side only. */
  quoteMatchBonus: 0.5,
  quoteMismatchPenalty: 0.5,
  /**
   * Evidence (nats) an alignment with a gap must have over the best alignment without any gap before a gap is
   * reported: below it, a merge or a split explains the lengths about as well (precision first).
   */
  minGapMargin: 0.75,
};

// A run of sentence-final marks, then closing quotes/brackets (French guillemets may follow a space), then a space.
// The run starts after a non-mark and is taken whole (lookahead + back-reference: an atomic group), so a hostile run
// of thousands of dots costs linear time, not a retry from each dot.
const SENTENCE_END = /(?<![.!?؟…۔])(?=([.!?؟…۔]+))\1(?:["'’”)\]]|[ \u00a0\u202f]?[»”])*(?=\s|$)/gu;
const INNER_END = /[.!?؟…۔]["'’”»)\]]*\s+\S/u;
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep rev jr sr sra srta dra mme mlle mm no nos vs av art p pp".split(" "),
);
const WORD_BEFORE = /([\p{L}\p{M}.]+)$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAbbreviation(before: string): boolean {
  const match = WORD_BEFORE.exec(before.slice(-12));
  if (!match) return false;
  const word = match[1]!.replace(/\.+$/u, "");
  // A single letter ("M.", "J.", "د.") or a dotted acronym ("U.S.") is an abbreviation, not a sentence end.
  if (word.length === 1 || word.includes(".")) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]/gu;
const WORD_TOKENS = /\S*[\p{L}\p{N}]\S*/gu;

function countLetters(text: string): number {
  return text.match(LETTERS_AND_DIGITS)?.length ?? 0;
}

function countWords(text: string): number {
  return text.match(WORD_TOKENS)?.length ?? 0;
}

/** True when the text may hold more than one sentence (a sentence mark followed by a space and more text). */
export function mayHoldSeveralSentences(text: string): boolean {
  return INNER_END.test(text);
}

/** Raw sentence spans of one paragraph (trimmed, in order), before fragments are joined. Linear in the text. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Most paragraphs are one sentence: a cheap scan for a mark followed by a space and more text decides it.
  if (!INNER_END.test(text)) {
    const match = /\S(?:[\s\S]*\S)?/u.exec(text);
    return match ? [{ start: match.index, end: match.index + match[0].length }] : [];
  }
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    let next = end;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (next >= text.length) break;
    const following = text[next]!;
    // A lower-case word continues the sentence ('"Never!" he said', "… and then"), and so does a closing mark or a
    // comma after a spaced French guillemet ("pas ! », a-t-il dit").
    if (/[\p{Ll},;:»”)\]]/u.test(following)) continue;
    if (match[1] === "." && isAbbreviation(text.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    push(start, end);
    start = next;
  }
  push(start, text.length);
  return spans;
}

/**
 * Sentences of a group's paragraphs on one side, fragments joined to a neighbour in the same paragraph; null when
 * the side exceeds MAX_GROUP_CHARACTERS or MAX_SENTENCES.
 */
export function groupSentences(texts: readonly string[], paragraphs: readonly number[]): Sentence[] | null {
  const spans = groupSpans(texts, paragraphs);
  return spans && sentencesFromSpans(texts, paragraphs, spans);
}

/** Raw sentence spans of each paragraph of a group; null beyond MAX_GROUP_CHARACTERS. */
export function groupSpans(texts: readonly string[], paragraphs: readonly number[]): Array<Array<{ start: number; end: number }>> | null {
  let characters = 0;
  for (const paragraph of paragraphs) characters += (texts[paragraph] ?? "").length;
  if (characters > MAX_GROUP_CHARACTERS) return null;
  return paragraphs.map((paragraph) => sentenceSpans(texts[paragraph] ?? ""));
}

/** Sentences from a group's raw spans (see groupSpans), fragments joined; null beyond MAX_SENTENCES. */
export function sentencesFromSpans(
  texts: readonly string[],
  paragraphs: readonly number[],
  spans: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>,
): Sentence[] | null {
  const sentences: Sentence[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!;
    const text = texts[paragraph] ?? "";
    const joined: Array<{ start: number; end: number }> = [];
    for (const span of spans[k]!) {
      const last = joined[joined.length - 1];
      if (last && (countWords(text.slice(span.start, span.end)) < MIN_SENTENCE_WORDS || countWords(text.slice(last.start, last.end)) < MIN_SENTENCE_WORDS)) {
        last.end = span.end;
      } else joined.push({ ...span });
    }
    for (const span of joined) {
      const sentence = text.slice(span.start, span.end);
      sentences.push({ paragraph, start: span.start, end: span.end, text: sentence, letters: countLetters(sentence), words: countWords(sentence) });
    }
    if (sentences.length > MAX_SENTENCES) return null;
  }
  return sentences;
}

const MOVES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
];

class SentenceCosts {
  private readonly sourceFeatures: Array<ParagraphFeatures | undefined> = [];
  private readonly targetFeatures: Array<ParagraphFeatures | undefined> = [];

  constructor(
    private readonly source: readonly Sentence[],
    private readonly target: readonly Sentence[],
    public ratio: number,
    private readonly lexicon: SentenceLexicon | null = null,
  ) {}

  private readonly sourceWords: Array<number[] | undefined> = [];
  private readonly targetWords: Array<number[] | undefined> = [];

  /** Concept ids of the listed words of one sentence (see lib/text/lexicon). */
  private listedWords(side: "source" | "target", index: number): number[] {
    const cache = side === "source" ? this.sourceWords : this.targetWords;
    let value = cache[index];
    if (!value) {
      value = this.lexicon ? lexiconConceptIds((side === "source" ? this.source : this.target)[index]!.text, this.lexicon[side]) : [];
      cache[index] = value;
    }
    return value;
  }

  /** Cost (nats, negative when the pairing is supported) of the listed words of a pairing. */
  private lexiconCost(i: number, ns: number, j: number, nt: number): number {
    if (!this.lexicon) return 0;
    const p = SENTENCE_PARAMETERS;
    const sourceIds = new Set<number>();
    const targetIds = new Set<number>();
    for (let k = 0; k < ns; k++) for (const id of this.listedWords("source", i + k)) sourceIds.add(id);
    for (let k = 0; k < nt; k++) for (const id of this.listedWords("target", j + k)) targetIds.add(id);
    let shared = 0;
    for (const id of sourceIds) if (targetIds.has(id)) shared++;
    const found = Math.log(p.lexiconFound / p.lexiconChance);
    const missing = Math.log((1 - p.lexiconFound) / (1 - p.lexiconChance));
    let evidence = 0;
    for (const size of [sourceIds.size, targetIds.size]) {
      const hits = Math.min(shared, p.lexiconCap);
      const misses = Math.min(size - shared, p.lexiconCap);
      evidence += hits * found + misses * missing;
    }
    return (-p.lexiconWeight * evidence) / 2;
  }

  /** Letters of source [i, i+ns) and target [j, j+nt). */
  lengths(i: number, ns: number, j: number, nt: number): { ls: number; lt: number } {
    let ls = 0;
    let lt = 0;
    for (let k = 0; k < ns; k++) ls += this.source[i + k]!.letters;
    for (let k = 0; k < nt; k++) lt += this.target[j + k]!.letters;
    return { ls, lt };
  }

  /** Variance of the log length ratio for an expected and an actual target length. */
  variance(expected: number, actual: number): number {
    const p = SENTENCE_PARAMETERS;
    return p.sigma * p.sigma + p.shortVariance / ((actual + expected) / 2 + 1);
  }

  private readonly sourceConcepts: Array<string[] | undefined> = [];
  private readonly targetConcepts: Array<string[] | undefined> = [];

  private concepts(side: "source" | "target", index: number): string[] {
    const cache = side === "source" ? this.sourceConcepts : this.targetConcepts;
    let value = cache[index];
    if (!value) {
      value = lexiconConcepts((side === "source" ? this.source : this.target)[index]!.text);
      cache[index] = value;
    }
    return value;
  }

  private features(side: "source" | "target", index: number): ParagraphFeatures {
    const cache = side === "source" ? this.sourceFeatures : this.targetFeatures;
    let value = cache[index];
    if (!value) {
      value = paragraphFeatures((side === "source" ? this.source : this.target)[index]!.text);
      cache[index] = value;
    }
    return value;
  }

  /** Anchor costs by (i, j, move): they do not depend on the ratio, so every programme of one group shares them. */
  private readonly anchorCache = new Map<number, number>();

  group(i: number, ns: number, j: number, nt: number): number {
    const p = SENTENCE_PARAMETERS;
    if (ns === 0 || nt === 0) return p.gapPrior;
    const { ls, lt } = this.lengths(i, ns, j, nt);
    const expected = this.ratio * ls;
    const r = Math.log((lt + 4) / (expected + 4));
    let cost = (r * r) / (2 * this.variance(expected, lt));
    if (ns + nt === 3) cost += p.mergePrior;
    else if (ns + nt === 4) cost += p.tripleMergePrior;
    const key = ((i * (MAX_SENTENCES + 1) + j) * 4 + ns) * 4 + nt;
    let anchors = this.anchorCache.get(key);
    if (anchors === undefined) {
      anchors = this.anchors(i, ns, j, nt);
      this.anchorCache.set(key, anchors);
    }
    return cost + anchors;
  }

  private anchors(i: number, ns: number, j: number, nt: number): number {
    const p = SENTENCE_PARAMETERS;
    const sourceNumbers: string[] = [];
    const targetNumbers: string[] = [];
    const targetKeys: Array<Set<string>> = [];
    const sourceNames: string[][] = [];
    let sourceQuotes = 0;
    let targetQuotes = 0;
    for (let k = 0; k < ns; k++) {
      const f = this.features("source", i + k);
      sourceNumbers.push(...f.numbers);
      sourceNames.push(...f.nameWords);
      sourceQuotes += f.quotes;
    }
    for (let k = 0; k < nt; k++) {
      const f = this.features("target", j + k);
      targetNumbers.push(...f.numbers);
      targetKeys.push(f.nameKeys);
      targetQuotes += f.quotes;
    }
    // A quotation stays a quotation in translation (French guillemets and English marks alike).
    const quotes = sourceQuotes > 0 === targetQuotes > 0 ? (sourceQuotes > 0 ? -p.quoteMatchBonus : 0) : p.quoteMismatchPenalty;
    let matched = 0;
    const remaining = [...sourceNumbers];
    for (const value of targetNumbers) {
      const at = remaining.indexOf(value);
      if (at >= 0) {
        remaining.splice(at, 1);
        matched++;
      }
    }
    const unmatched = sourceNumbers.length + targetNumbers.length - 2 * matched;
    let names = 0;
    for (const keys of sourceNames) if (keys.some((key) => targetKeys.some((set) => set.has(key)))) names++;
    const targetConcepts: string[] = [];
    for (let k = 0; k < nt; k++) targetConcepts.push(...this.concepts("target", j + k));
    let concepts = 0;
    for (let k = 0; k < ns; k++) for (const concept of this.concepts("source", i + k)) if (targetConcepts.includes(concept)) concepts++;
    return (
      -p.numberMatchBonus * Math.min(3, matched) +
      p.numberMismatchPenalty * Math.min(4, unmatched) -
      p.nameMatchBonus * Math.min(3, names) -
      p.conceptMatchBonus * Math.min(3, concepts) +
      quotes +
      this.lexiconCost(i, ns, j, nt)
    );
  }
}

/** Which 1-0 / 0-1 moves a programme may use: all, none, or all but the one leaving this sentence unmatched. */
type GapRule = "all" | "none" | { side: "source" | "target"; index: number };

function gapAllowed(rule: GapRule, di: number, i: number, j: number): boolean {
  if (rule === "all") return true;
  if (rule === "none") return false;
  return di === 1 ? !(rule.side === "source" && rule.index === i - 1) : !(rule.side === "target" && rule.index === j - 1);
}

function runDp(n: number, m: number, costs: SentenceCosts, gaps: GapRule): { groups: SentenceGroup[]; cost: number } {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestMove = 0;
      for (let move = 0; move < MOVES.length; move++) {
        const [di, dj] = MOVES[move]!;
        if (i < di || j < dj) continue;
        if ((di === 0 || dj === 0) && !gapAllowed(gaps, di, i, j)) continue;
        const previous = best[(i - di) * width + j - dj]!;
        if (previous === Infinity) continue;
        const total = previous + costs.group(i - di, di, j - dj, dj);
        if (total < bestCost) {
          bestCost = total;
          bestMove = move;
        }
      }
      best[i * width + j] = bestCost;
      back[i * width + j] = bestMove;
    }
  }
  const cost = best[n * width + m]!;
  const groups: SentenceGroup[] = [];
  if (cost === Infinity) return { groups, cost };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[back[i * width + j]!]!;
    groups.push({ source: Array.from({ length: di }, (_, k) => i - di + k), target: Array.from({ length: dj }, (_, k) => j - dj + k) });
    i -= di;
    j -= dj;
  }
  groups.reverse();
  return { groups, cost };
}

interface FittedAlignment {
  groups: SentenceGroup[];
  cost: number;
}

/**
 * Runs the programme at the expected ratio, then once more at the ratio that best fits the groups it matched, pulled
 * towards the expected ratio (a Gaussian prior of spread `ratioSpread` on the log ratio, whose cost is included):
 * a paragraph translated a little longer or shorter than the article's average then does not look like a dropped
 * or an added sentence.
 */
function fittedDp(costs: SentenceCosts, n: number, m: number, ratio: number, ratioSpread: number, gaps: GapRule): FittedAlignment {
  costs.ratio = ratio;
  const first = runDp(n, m, costs, gaps);
  if (first.cost === Infinity) return first;
  const prior = 1 / (ratioSpread * ratioSpread);
  let weighted = prior * Math.log(ratio);
  let weights = prior;
  for (const group of first.groups) {
    if (group.source.length === 0 || group.target.length === 0) continue;
    const { ls, lt } = costs.lengths(group.source[0]!, group.source.length, group.target[0]!, group.target.length);
    if (ls === 0 || lt === 0) continue;
    const weight = 1 / costs.variance(ls * ratio, lt);
    weighted += weight * Math.log(lt / ls);
    weights += weight;
  }
  const fitted = Math.exp(weighted / weights);
  costs.ratio = fitted;
  const second = runDp(n, m, costs, gaps);
  const shift = Math.log(fitted / ratio);
  return { groups: second.groups, cost: second.cost + (shift * shift) / (2 * ratioSpread * ratioSpread) };
}

/** A sentence the alignment leaves unmatched, with the evidence for it. */
export interface SentenceGap {
  side: "source" | "target";
  index: number;
  /**
   * How much cheaper the alignment is than the best one in which this sentence has a counterpart (merged, split or
   * matched, with any other gap placement): low when a merge explains the lengths as well, or when a neighbour
   * could just as well be the missing one.
   */
  margin: number;
}

export interface SentenceAlignment {
  groups: SentenceGroup[];
  cost: number;
  gaps: SentenceGap[];
}

/**
 * Aligns the sentences of one paragraph group; `ratio` is the expected target/source letter ratio (the article's
 * own) and `ratioSpread` how far (in log) one group may depart from it. At most MAX_SENTENCES per side (callers get
 * null from groupSentences beyond that); two programmes of at most 65 × 65 cells × 7 moves, and two more per
 * unmatched sentence, at most MAX_MEASURED_GAPS of them (further gaps get margin 0 and are not reported).
 */
export function alignSentences(
  source: readonly Sentence[],
  target: readonly Sentence[],
  ratio: number,
  ratioSpread = 0.15,
  lexicon: SentenceLexicon | null = null,
): SentenceAlignment {
  const costs = new SentenceCosts(source, target, ratio, lexicon);
  // Most groups have no gap at the expected ratio: they are done after one programme.
  const first = runDp(source.length, target.length, costs, "all");
  if (!first.groups.some((group) => group.source.length === 0 || group.target.length === 0)) return { ...first, gaps: [] };
  const best = fittedDp(costs, source.length, target.length, ratio, ratioSpread, "all");
  const gaps: SentenceGap[] = [];
  for (const group of best.groups) {
    if (group.target.length === 0) for (const index of group.source) gaps.push({ side: "source", index, margin: 0 });
    if (group.source.length === 0) for (const index of group.target) gaps.push({ side: "target", index, margin: 0 });
  }
  for (const gap of gaps.slice(0, MAX_MEASURED_GAPS)) {
    const alternative = fittedDp(costs, source.length, target.length, ratio, ratioSpread, { side: gap.side, index: gap.index });
    gap.margin = alternative.cost - best.cost;
  }
  return { groups: best.groups, cost: best.cost, gaps };
}

/** Unmatched sentences of one group whose margin is measured (each costs two more programmes). */
export const MAX_MEASURED_GAPS = 4;
