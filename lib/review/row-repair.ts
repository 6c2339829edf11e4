import type { AlignmentGroup } from "../align/types";

/** Why a manual repair of the pairing cannot be applied. */
export class RowRepairError extends Error {
  constructor(readonly code: "row.not-found" | "row.no-neighbour" | "row.cannot-split" | "row.paragraph-not-movable" | "row.invalid-split") {
    super(code);
    this.name = "RowRepairError";
  }
}

function clone(groups: readonly AlignmentGroup[]): AlignmentGroup[] {
  return groups.map((g) => ({ source: [...g.source], target: [...g.target] }));
}

function nonEmpty(groups: AlignmentGroup[]): AlignmentGroup[] {
  return groups.filter((g) => g.source.length + g.target.length > 0);
}

/** Merges row `index` with the row after it. */
export function mergeRows(groups: readonly AlignmentGroup[], index: number): AlignmentGroup[] {
  if (index < 0 || index >= groups.length) throw new RowRepairError("row.not-found");
  if (index + 1 >= groups.length) throw new RowRepairError("row.no-neighbour");
  const next = clone(groups);
  const [a, b] = [next[index], next[index + 1]];
  next.splice(index, 2, { source: [...a.source, ...b.source], target: [...a.target, ...b.target] });
  return next;
}

/**
 * Splits row `index`: the first row keeps the first `sourceCount` source and `targetCount` target
 * paragraphs, the rest go to a new row after it. Without counts: split after the first paragraph of each
 * side that has several; a 1-1 row becomes a source-only and a target-only row (unpairing).
 */
export function splitRow(groups: readonly AlignmentGroup[], index: number, counts?: { sourceCount: number; targetCount: number }): AlignmentGroup[] {
  if (index < 0 || index >= groups.length) throw new RowRepairError("row.not-found");
  const group = groups[index];
  if (group.source.length + group.target.length < 2) throw new RowRepairError("row.cannot-split");
  let { sourceCount, targetCount } = counts ?? { sourceCount: -1, targetCount: -1 };
  if (!counts) {
    if (group.source.length > 1 || group.target.length > 1) {
      sourceCount = group.source.length > 1 ? 1 : group.source.length;
      targetCount = group.target.length > 1 ? 1 : group.target.length;
    } else {
      sourceCount = group.source.length;
      targetCount = 0;
    }
  }
  if (sourceCount < 0 || targetCount < 0 || sourceCount > group.source.length || targetCount > group.target.length) throw new RowRepairError("row.invalid-split");
  const first = { source: group.source.slice(0, sourceCount), target: group.target.slice(0, targetCount) };
  const second = { source: group.source.slice(sourceCount), target: group.target.slice(targetCount) };
  if (first.source.length + first.target.length === 0 || second.source.length + second.target.length === 0) throw new RowRepairError("row.invalid-split");
  const next = clone(groups);
  next.splice(index, 1, first, second);
  return next;
}

/** Where paragraph `position` of `side` sits: row index and whether it is first/last of its side there. */
export function locateParagraph(groups: readonly AlignmentGroup[], side: "source" | "target", position: number) {
  for (const [row, group] of groups.entries()) {
    const at = group[side].indexOf(position);
    if (at >= 0) return { row, first: at === 0, last: at === group[side].length - 1 };
  }
  return null;
}

/**
 * Moves one paragraph to the previous ("up") or next ("down") row. Only the first paragraph of its side in a row
 * can move up and only the last can move down, so paragraph order is never broken. A row left empty disappears.
 */
export function moveParagraph(groups: readonly AlignmentGroup[], side: "source" | "target", position: number, direction: "up" | "down"): AlignmentGroup[] {
  const place = locateParagraph(groups, side, position);
  if (!place) throw new RowRepairError("row.not-found");
  const next = clone(groups);
  const from = next[place.row];
  if (direction === "up") {
    if (!place.first) throw new RowRepairError("row.paragraph-not-movable");
    if (place.row === 0) throw new RowRepairError("row.no-neighbour");
    from[side].shift();
    next[place.row - 1][side].push(position);
  } else {
    if (!place.last) throw new RowRepairError("row.paragraph-not-movable");
    if (place.row === next.length - 1) throw new RowRepairError("row.no-neighbour");
    from[side].pop();
    next[place.row + 1][side].unshift(position);
  }
  return nonEmpty(next);
}
