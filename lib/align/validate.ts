import type { AlignmentGroup } from "./types";

/** Throws unless every source index < n and target index < m appears exactly once, ascending and in order. */
export function validateAlignment(groups: readonly AlignmentGroup[], n: number, m: number): void {
  let nextSource = 0;
  let nextTarget = 0;
  groups.forEach((group, g) => {
    if (group.source.length === 0 && group.target.length === 0) throw new Error(`alignment group ${g} is empty`);
    for (const i of group.source) {
      if (i !== nextSource) throw new Error(`alignment group ${g}: expected source ${nextSource}, got ${i}`);
      nextSource++;
    }
    for (const j of group.target) {
      if (j !== nextTarget) throw new Error(`alignment group ${g}: expected target ${nextTarget}, got ${j}`);
      nextTarget++;
    }
  });
  if (nextSource !== n) throw new Error(`alignment covers ${nextSource} of ${n} source paragraphs`);
  if (nextTarget !== m) throw new Error(`alignment covers ${nextTarget} of ${m} target paragraphs`);
}

/** One link of an alignment; -1 on a side marks an omission (target -1) or an addition (source -1). */
export interface AlignmentLink {
  source: number;
  target: number;
}

/** Flattens groups into links: every source x target pair, plus (i, -1) / (-1, j) for one-sided groups. */
export function alignmentLinks(groups: readonly AlignmentGroup[]): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  for (const group of groups) {
    if (group.target.length === 0) for (const i of group.source) links.push({ source: i, target: -1 });
    else if (group.source.length === 0) for (const j of group.target) links.push({ source: -1, target: j });
    else for (const i of group.source) for (const j of group.target) links.push({ source: i, target: j });
  }
  return links;
}

/** Precision and recall of predicted links against gold links. */
export function linkScores(
  gold: readonly AlignmentGroup[],
  predicted: readonly AlignmentGroup[],
): { recall: number; precision: number; goldLinks: number; predictedLinks: number; correct: number } {
  const key = (link: AlignmentLink) => `${link.source}:${link.target}`;
  const goldSet = new Set(alignmentLinks(gold).map(key));
  const predictedLinks = alignmentLinks(predicted).map(key);
  let correct = 0;
  for (const link of predictedLinks) if (goldSet.has(link)) correct++;
  return {
    recall: goldSet.size === 0 ? 1 : correct / goldSet.size,
    precision: predictedLinks.length === 0 ? 1 : correct / predictedLinks.length,
    goldLinks: goldSet.size,
    predictedLinks: predictedLinks.length,
    correct,
  };
}
