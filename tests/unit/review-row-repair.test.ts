import { describe, expect, it } from "vitest";
import { mergeRows, moveParagraph, RowRepairError, splitRow } from "../../lib/review/row-repair";
import type { AlignmentGroup } from "../../lib/align/types";

const g = (source: number[], target: number[]): AlignmentGroup => ({ source, target });

/** Every paragraph once, in order, on both sides. */
function assertMonotone(groups: AlignmentGroup[], n: number, m: number) {
  expect(groups.flatMap((x) => x.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(groups.flatMap((x) => x.target)).toEqual(Array.from({ length: m }, (_, i) => i));
  for (const x of groups) expect(x.source.length + x.target.length).toBeGreaterThan(0);
}

describe("row repairs", () => {
  const base = [g([0], [0]), g([1], [1]), g([2], [2]), g([3], [])];

  it("merges a row with the next one", () => {
    const merged = mergeRows(base, 1);
    expect(merged).toEqual([g([0], [0]), g([1, 2], [1, 2]), g([3], [])]);
    assertMonotone(merged, 4, 3);
  });

  it("refuses to merge the last row", () => {
    expect(() => mergeRows(base, 3)).toThrowError(RowRepairError);
  });

  it("unpairs a 1-1 row into source-only and target-only rows", () => {
    const split = splitRow(base, 0);
    expect(split.slice(0, 2)).toEqual([g([0], []), g([], [0])]);
    assertMonotone(split, 4, 3);
  });

  it("splits a 2-1 row after the first source paragraph", () => {
    const split = splitRow([g([0, 1], [0])], 0);
    expect(split).toEqual([g([0], [0]), g([1], [])]);
  });

  it("splits with explicit counts and rejects empty halves", () => {
    expect(splitRow([g([0, 1], [0, 1])], 0, { sourceCount: 1, targetCount: 1 })).toEqual([g([0], [0]), g([1], [1])]);
    expect(() => splitRow([g([0, 1], [0, 1])], 0, { sourceCount: 2, targetCount: 2 })).toThrowError(RowRepairError);
    expect(() => splitRow([g([0], [])], 0)).toThrowError(RowRepairError);
  });

  it("moves a target paragraph up into the previous row and drops the emptied row", () => {
    const rows = [g([0, 1], [0]), g([], [1]), g([2], [2])];
    const moved = moveParagraph(rows, "target", 1, "up");
    expect(moved).toEqual([g([0, 1], [0, 1]), g([2], [2])]);
    assertMonotone(moved, 3, 3);
  });

  it("moves a source paragraph down", () => {
    const moved = moveParagraph([g([0, 1], [0]), g([2], [1])], "source", 1, "down");
    expect(moved).toEqual([g([0], [0]), g([1, 2], [1])]);
  });

  it("refuses moves that would break paragraph order", () => {
    expect(() => moveParagraph([g([0, 1], [0]), g([2], [1])], "source", 0, "down")).toThrowError(RowRepairError);
    expect(() => moveParagraph([g([0], [0])], "source", 0, "up")).toThrowError(RowRepairError);
    expect(() => moveParagraph([g([0], [0])], "target", 5, "up")).toThrowError(RowRepairError);
  });
});
