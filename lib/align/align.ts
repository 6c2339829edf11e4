/**
 * Paragraph aligner: dynamic programming over (source, target) with 1-1, 1-2, 2-1, 1-0 and 0-1
 * moves inside a band around the diagonal. The cost is a Gale-Church style length model (ratio and
 * spread estimated from the document itself) plus anchors that survive translation: numbers by
 * value, Latin tokens, name skeletons and quotation marks.
 */
import { fingerprintOf, fingerprintSummary, paragraphFeatures, type ParagraphFeatures } from "./anchors";
import { sentenceSpans } from "./sentences";
import { isPageChrome } from "../qa/chrome";
import type { AlignmentGroup, AlignOptions } from "./types";

export { validateAlignment, alignmentLinks, linkScores, type AlignmentLink } from "./validate";
export type { AlignmentGroup, AlignOptions } from "./types";

/** Tunable constants of the cost model (nats). Exposed for tests and experiments. */
export interface AlignModelParameters {
  mergePrior: number;
  /** 1-0: a source paragraph left untranslated (rarer than target chrome: the source is the edited text). */
  omissionPrior: number;
  /** 0-1: a target paragraph with no source (page chrome, translator's addition). */
  additionPrior: number;
  /** Omission/addition cost per sqrt(character) of the dropped paragraph (in source units). */
  indelPerSqrtChar: number;
  /** Discount on omitting a paragraph that repeats another paragraph of its own side (repeated headline). */
  duplicateDiscount: number;
  /** Penalty weight when one part of a merge is a tiny fragment (< fragmentShare of the group). */
  fragmentPenalty: number;
  fragmentShare: number;
  /** Length-model smoothing (characters) and short-paragraph variance term. */
  lengthSmoothing: number;
  shortVariance: number;
  numberMatchBonus: number;
  numberMismatchPenalty: number;
  /** Per number of an omitted/added paragraph (weaker: the omission already explains them). */
  indelNumberPenalty: number;
  /** Merge part that shares no anchor (number, name, Latin token) with the other side. */
  unsupportedMergePenalty: number;
  unsupportedShare: number;
  nameMatchBonus: number;
  latinMatchBonus: number;
  quotePenalty: number;
  quoteMatchBonus: number;
  /** Page chrome ("Read also: …", "Follow us") grouped with a paragraph that is not: it has no source to translate. */
  chromePairPenalty: number;
}

export const DEFAULT_ALIGN_PARAMETERS: AlignModelParameters = {
  mergePrior: 3.75,
  omissionPrior: 3.75,
  additionPrior: 2.75,
  indelPerSqrtChar: 0.18,
  duplicateDiscount: 1.5,
  fragmentPenalty: 1,
  fragmentShare: 0.25,
  lengthSmoothing: 8,
  shortVariance: 2,
  numberMatchBonus: 1.5,
  numberMismatchPenalty: 0.6,
  indelNumberPenalty: 0.25,
  unsupportedMergePenalty: 1.5,
  unsupportedShare: 0.35,
  nameMatchBonus: 1,
  latinMatchBonus: 1,
  quotePenalty: 0.3,
  quoteMatchBonus: 0.5,
  chromePairPenalty: 3,
};

export interface AlignDetails {
  groups: AlignmentGroup[];
  /** Target/source character ratio used in the final pass. */
  ratio: number;
  /** Spread (std of log length ratio) used in the final pass. */
  sigma: number;
  /** Band half-width used in the final pass. */
  band: number;
  cost: number;
}

interface LengthModel {
  ratio: number;
  sigma: number;
}

interface SideData {
  features: ParagraphFeatures[];
  /** Per paragraph, per name word: the inverse-document-frequency weight of its primary key. */
  nameWeights: number[][];
  duplicate: boolean[];
  /** Per paragraph: page chrome (lib/qa/chrome). */
  chrome: boolean[];
  /** Per paragraph: the share of its length before each inner sentence boundary (ascending, in (0, 1)); lazy. */
  sentenceShares: Array<number[] | undefined>;
  texts: readonly string[];
  /** Per paragraph: whether it ends with sentence-final punctuation (a real half of a split paragraph does); lazy. */
  endsSentence: Array<boolean | undefined>;
}

const SENTENCE_FINAL = /[.!?؟…۔]["'’”»)\]]*\s*$/u;

/** True when the paragraph's last visible characters are a sentence-final mark and closing quotes. */
function endsWithSentenceMark(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  return SENTENCE_FINAL.test(text.slice(Math.max(0, end - 8), end));
}

/** Shares of the paragraph's non-space length before each inner sentence boundary. */
function sentenceShares(text: string, length: number): number[] {
  const spans = sentenceSpans(text);
  if (spans.length < 2 || length === 0) return [];
  const shares: number[] = [];
  let counted = 0;
  let position = 0;
  for (let k = 0; k < spans.length - 1; k++) {
    const end = spans[k]!.end;
    for (; position < end; position++) {
      const code = text.charCodeAt(position);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) counted++;
    }
    shares.push(counted / length);
  }
  return shares;
}

function prepareSide(texts: readonly string[]): SideData {
  const features = texts.map((text) => paragraphFeatures(text));
  const documentFrequency = new Map<string, number>();
  for (const f of features) {
    const seen = new Set<string>();
    for (const keys of f.nameWords) {
      const primary = keys[0]!;
      if (seen.has(primary)) continue;
      seen.add(primary);
      documentFrequency.set(primary, (documentFrequency.get(primary) ?? 0) + 1);
    }
  }
  const count = Math.max(features.length, 1);
  const normalizer = Math.log(1 + count);
  const nameWeights = features.map((f) =>
    f.nameWords.map((keys) => {
      const df = documentFrequency.get(keys[0]!) ?? 1;
      return normalizer > 0 ? Math.min(1, Math.log(1 + count / df) / normalizer + 0.15) : 1;
    }),
  );
  // Repeated paragraphs: fingerprints are built only for paragraphs whose cheap summary (a hash of their fingerprint)
  // another paragraph shares.
  const summaries = texts.map(fingerprintSummary);
  const summaryCount = new Map<number, number>();
  for (const summary of summaries) summaryCount.set(summary, (summaryCount.get(summary) ?? 0) + 1);
  const fingerprintList = texts.map((text, k) => ((summaryCount.get(summaries[k]!) ?? 0) > 1 ? fingerprintOf(text) : ""));
  const fingerprints = new Map<string, number>();
  for (const fingerprint of fingerprintList) if (fingerprint) fingerprints.set(fingerprint, (fingerprints.get(fingerprint) ?? 0) + 1);
  const duplicate = fingerprintList.map((fingerprint) => fingerprint.length > 0 && (fingerprints.get(fingerprint) ?? 0) > 1);
  return {
    features,
    nameWeights,
    duplicate,
    // Chrome is a short paragraph (at most 25 words): longer ones are not even looked at.
    chrome: texts.map((text) => text.length <= 400 && isPageChrome(text)),
    sentenceShares: [],
    texts,
    endsSentence: [],
  };
}

/** How far (as a share of the group) a split point may fall from a sentence boundary of the other side. */
const SPLIT_SHARE_TOLERANCE = 0.08;

const MOVES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];
/** MOVES as two typed arrays (source and target step), read in the DP's inner loop. */
const MOVE_SOURCE = Int8Array.from(MOVES, (move) => move[0]);
const MOVE_TARGET = Int8Array.from(MOVES, (move) => move[1]);

class CostModel {
  constructor(
    private readonly source: SideData,
    private readonly target: SideData,
    public model: LengthModel,
    private readonly p: AlignModelParameters,
  ) {}

  /** Cost of grouping source [i, i+ns) with target [j, j+nt). */
  group(i: number, ns: number, j: number, nt: number): number {
    const p = this.p;
    const src = this.source.features;
    const tgt = this.target.features;
    if (nt === 0) return this.indel(src[i]!, this.source.duplicate[i]!, 1, p.omissionPrior);
    if (ns === 0) return this.indel(tgt[j]!, this.target.duplicate[j]!, this.model.ratio, p.additionPrior);

    return this.lengthCost(i, ns, j, nt) + this.anchorCost(i, ns, j, nt);
  }

  /** One side of the group holds page chrome and the other side none. */
  private chromeMismatch(i: number, ns: number, j: number, nt: number): boolean {
    const s = this.source.chrome;
    const t = this.target.chrome;
    const sourceChrome = s[i]! || (ns === 2 && s[i + 1]!);
    const targetChrome = t[j]! || (nt === 2 && t[j + 1]!);
    return sourceChrome !== targetChrome;
  }

  /** Gaussian on the log length ratio, wider for short paragraphs (both sides non-empty). */
  lengthCost(i: number, ns: number, j: number, nt: number): number {
    const p = this.p;
    const src = this.source.features;
    const tgt = this.target.features;
    const ls = src[i]!.length + (ns === 2 ? src[i + 1]!.length : 0);
    const lt = tgt[j]!.length + (nt === 2 ? tgt[j + 1]!.length : 0);
    const expected = this.model.ratio * ls;
    const r = Math.log((lt + p.lengthSmoothing) / (expected + p.lengthSmoothing));
    const mean = (lt + expected) / 2;
    const variance = this.model.sigma * this.model.sigma + p.shortVariance / (mean + 1);
    return (r * r) / (2 * variance);
  }

  /** Merge priors and anchor evidence of a group with both sides non-empty. */
  anchorCost(i: number, ns: number, j: number, nt: number): number {
    const p = this.p;
    const src = this.source.features;
    const tgt = this.target.features;
    const s0 = src[i]!;
    const s1 = ns === 2 ? src[i + 1]! : undefined;
    const t0 = tgt[j]!;
    const t1 = nt === 2 ? tgt[j + 1]! : undefined;
    let cost = this.chromeMismatch(i, ns, j, nt) ? p.chromePairPenalty : 0;
    if (ns + nt === 3) {
      cost += p.mergePrior;
      const a = s1 ? s0.length : t0.length;
      const b = s1 ? s1.length : t1!.length;
      const share = Math.min(a, b) / Math.max(a + b, 1);
      // A paragraph split in two at one of its sentence boundaries (on the other side) is a real split, not a
      // fragment or chrome glued to a neighbour.
      // Only looked at when a penalty would otherwise apply (small part): it is the rare case.
      const split = share < Math.max(p.fragmentShare, p.unsupportedShare) && this.splitsAtSentence(i, ns, j, nt);
      if (!split && share < p.fragmentShare) cost += p.fragmentPenalty * Math.log(p.fragmentShare / Math.max(share, 0.01));
      // A small merged part must share some anchor with the other side (chrome does not); halves of a
      // real split often carry no anchor of their own, so only small parts are checked.
      if (!split && share < p.unsupportedShare) {
        const small = a <= b ? 0 : 1;
        const supported = s1 ? hasEvidence(small === 0 ? s0 : s1, t0) : hasEvidence(s0, small === 0 ? t0 : t1!);
        if (!supported) cost += p.unsupportedMergePenalty;
      }
    }

    cost += this.numbers(s0, s1, t0, t1);
    cost -= this.names(i, ns, j, nt);
    cost -= p.latinMatchBonus * Math.min(3, latinMatches(s0, s1, t0, t1));

    const qs = s0.quotes + (s1?.quotes ?? 0);
    const qt = t0.quotes + (t1?.quotes ?? 0);
    if (qs === qt) {
      if (qs > 0) cost -= p.quoteMatchBonus;
    } else cost += p.quotePenalty * Math.min(4, Math.abs(qs - qt));
    return cost;
  }

  /**
   * True when the two-paragraph side of a 1-2 or 2-1 group ends each part with a full sentence and the share of the
   * first part matches, within SPLIT_SHARE_TOLERANCE, the share of the single paragraph before one of its inner
   * sentence boundaries.
   */
  private splitsAtSentence(i: number, ns: number, j: number, nt: number): boolean {
    const [single, singleIndex, pair, pairIndex] = nt === 2 ? [this.source, i, this.target, j] : [this.target, j, this.source, i];
    for (const index of [pairIndex, pairIndex + 1]) {
      let ends = pair.endsSentence[index];
      if (ends === undefined) {
        ends = endsWithSentenceMark(pair.texts[index] ?? "");
        pair.endsSentence[index] = ends;
      }
      if (!ends) return false;
    }
    let shares = single.sentenceShares[singleIndex];
    if (shares === undefined) {
      shares = sentenceShares(single.texts[singleIndex] ?? "", single.features[singleIndex]!.length);
      single.sentenceShares[singleIndex] = shares;
    }
    if (shares.length === 0) return false;
    const first = pair.features[pairIndex]!.length;
    const share = first / Math.max(first + pair.features[pairIndex + 1]!.length, 1);
    for (const boundary of shares) if (Math.abs(boundary - share) <= SPLIT_SHARE_TOLERANCE) return true;
    return false;
  }

  private indel(f: ParagraphFeatures, duplicate: boolean, ratio: number, prior: number): number {
    const p = this.p;
    let cost = prior + p.indelPerSqrtChar * Math.sqrt(f.length / ratio);
    cost += p.indelNumberPenalty * Math.min(8, f.numbers.length);
    if (duplicate) cost -= p.duplicateDiscount;
    return cost;
  }

  private numbers(
    s0: ParagraphFeatures,
    s1: ParagraphFeatures | undefined,
    t0: ParagraphFeatures,
    t1: ParagraphFeatures | undefined,
  ): number {
    const sourceCount = s0.numbers.length + (s1?.numbers.length ?? 0);
    const targetCount = t0.numbers.length + (t1?.numbers.length ?? 0);
    if (sourceCount === 0 && targetCount === 0) return 0;
    let matched = 0;
    if (sourceCount > 0 && targetCount > 0) {
      // Multiset intersection; the bit masks mark consumed source numbers (paragraphs rarely hold more than 31).
      const first = countMatches(t0.numbers, s0.numbers, s1?.numbers, 0, 0);
      matched = first.matched;
      if (t1) matched += countMatches(t1.numbers, s0.numbers, s1?.numbers, first.used0, first.used1).matched;
    }
    const unmatched = sourceCount + targetCount - 2 * matched;
    return -this.p.numberMatchBonus * Math.min(6, matched) + this.p.numberMismatchPenalty * Math.min(8, unmatched);
  }

  /** Weighted count of distinct names found on both sides; iterates the side with fewer name words. */
  private names(i: number, ns: number, j: number, nt: number): number {
    const src = this.source.features;
    const tgt = this.target.features;
    const sourceWords = src[i]!.nameWords.length + (ns === 2 ? src[i + 1]!.nameWords.length : 0);
    const targetWords = tgt[j]!.nameWords.length + (nt === 2 ? tgt[j + 1]!.nameWords.length : 0);
    if (sourceWords === 0 || targetWords === 0) return 0;
    const iterateTarget = targetWords <= sourceWords;
    // Plain conditionals rather than destructuring a fresh array: this runs for every cell of the matrix.
    const side = iterateTarget ? this.target : this.source;
    const start = iterateTarget ? j : i;
    const count = iterateTarget ? nt : ns;
    const other = iterateTarget ? this.source : this.target;
    const otherStart = iterateTarget ? i : j;
    const otherCount = iterateTarget ? ns : nt;
    const otherKeys0 = other.features[otherStart]!.nameKeys;
    const otherKeys1 = otherCount === 2 ? other.features[otherStart + 1]!.nameKeys : undefined;
    let score = 0;
    let matchedPrimaries: string[] | undefined;
    for (let k = 0; k < count; k++) {
      const f = side.features[start + k]!;
      const weights = side.nameWeights[start + k]!;
      for (let w = 0; w < f.nameWords.length; w++) {
        const keys = f.nameWords[w]!;
        let found = false;
        for (const key of keys) {
          if (otherKeys0.has(key) || (otherKeys1 !== undefined && otherKeys1.has(key))) {
            found = true;
            break;
          }
        }
        if (!found) continue;
        if (count === 2) {
          // A merged pair must not count the same name twice.
          matchedPrimaries ??= [];
          if (matchedPrimaries.includes(keys[0]!)) continue;
          matchedPrimaries.push(keys[0]!);
        }
        score += weights[w]!;
      }
    }
    return this.p.nameMatchBonus * Math.min(4, score);
  }
}

/**
 * Target numbers found in the source paragraphs (each source number used once); `used0`/`used1` are bit masks of
 * the source numbers already consumed, returned updated. A module-level function, not a closure: this runs for
 * every cell of the alignment matrix.
 */
function countMatches(
  list: readonly string[],
  numbers0: readonly string[],
  numbers1: readonly string[] | undefined,
  used0: number,
  used1: number,
): { matched: number; used0: number; used1: number } {
  let matched = 0;
  for (const value of list) {
    let found = false;
    for (let k = 0; k < numbers0.length && k < 31; k++) {
      if (!(used0 & (1 << k)) && numbers0[k] === value) {
        used0 |= 1 << k;
        found = true;
        break;
      }
    }
    if (!found && numbers1) {
      for (let k = 0; k < numbers1.length && k < 31; k++) {
        if (!(used1 & (1 << k)) && numbers1[k] === value) {
          used1 |= 1 << k;
          found = true;
          break;
        }
      }
    }
    if (found) matched++;
  }
  return { matched, used0, used1 };
}

/** True when two paragraphs share a number, a Latin token or a name, or when the single side has none to share. */
function hasEvidence(source: ParagraphFeatures, target: ParagraphFeatures): boolean {
  for (const value of target.numbers) if (source.numbers.includes(value)) return true;
  for (const token of source.latin) if (target.latin.has(token)) return true;
  const iterateTarget = target.nameWords.length <= source.nameWords.length;
  const words = iterateTarget ? target.nameWords : source.nameWords;
  const keys = iterateTarget ? source.nameKeys : target.nameKeys;
  for (const word of words) for (const key of word) if (keys.has(key)) return true;
  return false;
}

function latinMatches(
  s0: ParagraphFeatures,
  s1: ParagraphFeatures | undefined,
  t0: ParagraphFeatures,
  t1: ParagraphFeatures | undefined,
): number {
  let count = 0;
  const sourceSets = s1 ? [s0.latin, s1.latin] : [s0.latin];
  for (const set of sourceSets) {
    if (set.size === 0) continue;
    for (const token of set) if (t0.latin.has(token) || (t1 !== undefined && t1.latin.has(token))) count++;
  }
  return count;
}

interface DpResult {
  groups: AlignmentGroup[];
  cost: number;
  touchedEdge: boolean;
}

/**
 * Banded DP: row i covers target columns [lo[i], hi[i]] around the diagonal j = i*m/n. The anchor part
 * of each (cell, move) does not depend on the length model, so it is cached across passes of one band.
 */
function runDp(n: number, m: number, model: CostModel, halfWidth: number, cache: Map<number, Float64Array>): DpResult {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const center = (i * m) / n;
    lo[i] = Math.max(0, Math.floor(center - halfWidth));
    hi[i] = Math.min(m, Math.ceil(center + halfWidth));
    offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  }
  const size = offset[n + 1]!;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size);
  best[0] = 0; // lo[0] is 0
  let anchors = cache.get(halfWidth);
  if (!anchors) {
    anchors = new Float64Array(size * MOVES.length).fill(NaN);
    cache.set(halfWidth, anchors);
  }

  // A 1-0 or 0-1 group costs the same wherever it sits in the matrix: computed once per paragraph.
  const omissionCost = new Float64Array(n);
  for (let i = 0; i < n; i++) omissionCost[i] = model.group(i, 1, 0, 0);
  const additionCost = new Float64Array(m);
  for (let j = 0; j < m; j++) additionCost[j] = model.group(0, 0, j, 1);

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestMove = 0;
      for (let move = 0; move < MOVES.length; move++) {
        const di = MOVE_SOURCE[move]!;
        const dj = MOVE_TARGET[move]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const previous = best[offset[pi]! + pj - lo[pi]!]!;
        if (previous === Infinity) continue;
        let groupCost: number;
        if (dj === 0) groupCost = omissionCost[pi]!;
        else if (di === 0) groupCost = additionCost[pj]!;
        else {
          const slot = (offset[i]! + j - lo[i]!) * MOVES.length + move;
          let anchor = anchors[slot]!;
          if (Number.isNaN(anchor)) anchors[slot] = anchor = model.anchorCost(pi, di, pj, dj);
          groupCost = model.lengthCost(pi, di, pj, dj) + anchor;
        }
        const total = previous + groupCost;
        if (total < bestCost) {
          bestCost = total;
          bestMove = move;
        }
      }
      const cell = offset[i]! + j - lo[i]!;
      best[cell] = bestCost;
      back[cell] = bestMove;
    }
  }

  const groups: AlignmentGroup[] = [];
  let i = n;
  let j = m;
  let touchedEdge = false;
  const cost = best[offset[n]! + m - lo[n]!]!;
  while (i > 0 || j > 0) {
    if ((j === lo[i]! && lo[i]! > 0) || (j === hi[i]! && hi[i]! < m)) touchedEdge = true;
    const [di, dj] = MOVES[back[offset[i]! + j - lo[i]!]!]!;
    const source: number[] = [];
    const target: number[] = [];
    for (let k = i - di; k < i; k++) source.push(k);
    for (let k = j - dj; k < j; k++) target.push(k);
    groups.push({ source, target });
    i -= di;
    j -= dj;
  }
  groups.reverse();
  return { groups, cost, touchedEdge };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Re-estimates ratio and spread from confident 1-1 links of a first pass. */
function estimateModel(groups: AlignmentGroup[], source: SideData, target: SideData): LengthModel | null {
  const logRatios: number[] = [];
  for (const group of groups) {
    if (group.source.length !== 1 || group.target.length !== 1) continue;
    const ls = source.features[group.source[0]!]!.length;
    const lt = target.features[group.target[0]!]!.length;
    if (ls >= 20 && lt >= 20) logRatios.push(Math.log(lt / ls));
  }
  if (logRatios.length < 3) return null;
  const center = median(logRatios);
  const spread = 1.4826 * median(logRatios.map((value) => Math.abs(value - center)));
  return { ratio: Math.exp(center), sigma: Math.min(0.3, Math.max(0.12, spread)) };
}

function bandFor(n: number, m: number): number {
  return Math.abs(n - m) / 2 + 12;
}

function solve(cost: CostModel, n: number, m: number, cache: Map<number, Float64Array>) {
  let halfWidth = bandFor(n, m);
  for (;;) {
    const result = runDp(n, m, cost, halfWidth, cache);
    if (!result.touchedEdge || halfWidth >= Math.max(n, m)) return { ...result, halfWidth };
    halfWidth *= 2;
  }
}

/** Aligns paragraphs and returns the groups together with the estimated length model. */
export function alignParagraphsDetailed(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
  parameters: AlignModelParameters = DEFAULT_ALIGN_PARAMETERS,
): AlignDetails {
  void options.sourceLang; // the model is estimated from the texts; languages are kept for future per-pair priors
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    const groups: AlignmentGroup[] = [
      ...source.map((_, i) => ({ source: [i], target: [] })),
      ...target.map((_, j) => ({ source: [], target: [j] })),
    ];
    return { groups, ratio: 1, sigma: 0, band: 0, cost: 0 };
  }
  const sourceData = prepareSide(source);
  const targetData = prepareSide(target);
  const sourceTotal = sourceData.features.reduce((sum, f) => sum + f.length, 0);
  const targetTotal = targetData.features.reduce((sum, f) => sum + f.length, 0);
  const initialRatio = sourceTotal > 0 && targetTotal > 0 ? Math.min(5, Math.max(0.2, targetTotal / sourceTotal)) : 1;
  let model: LengthModel = { ratio: initialRatio, sigma: 0.2 };
  const cost = new CostModel(sourceData, targetData, model, parameters);
  const cache = new Map<number, Float64Array>();
  let result = solve(cost, n, m, cache);
  const refined = estimateModel(result.groups, sourceData, targetData);
  if (refined) {
    model = refined;
    cost.model = refined;
    result = solve(cost, n, m, cache);
  }
  return { groups: result.groups, ratio: model.ratio, sigma: model.sigma, band: result.halfWidth, cost: result.cost };
}

/** Aligns source and target paragraphs; every index appears exactly once, groups in order. */
export function alignParagraphs(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
): AlignmentGroup[] {
  return alignParagraphsDetailed(source, target, options).groups;
}

/** Per-group costs of a given alignment under a length model (for diagnostics and tests). */
export function alignmentGroupCosts(
  source: readonly string[],
  target: readonly string[],
  groups: readonly AlignmentGroup[],
  model: { ratio: number; sigma: number },
  parameters: AlignModelParameters = DEFAULT_ALIGN_PARAMETERS,
): number[] {
  const cost = new CostModel(prepareSide(source), prepareSide(target), model, parameters);
  return groups.map((group) =>
    cost.group(group.source[0] ?? 0, group.source.length, group.target[0] ?? 0, group.target.length),
  );
}
