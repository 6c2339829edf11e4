import { wordDiff } from "./word-diff";

interface Edit {
  /** start offset in the old text */
  start: number;
  /** end offset in the old text (== start for a pure insertion) */
  end: number;
  /** length of the text inserted in place of [start, end) */
  inserted: number;
}

/** The edits that turn `before` into `after`, as old-text ranges with inserted lengths. */
export function computeEdits(before: string, after: string): Edit[] {
  const edits: Edit[] = [];
  let oldPos = 0;
  let current: Edit | null = null;
  for (const part of wordDiff(before, after)) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      if (current) edits.push(current);
      current = null;
      oldPos += length;
      continue;
    }
    current ??= { start: oldPos, end: oldPos, inserted: 0 };
    if (part.removed) {
      current.end += length;
      oldPos += length;
    } else {
      current.inserted += length;
    }
  }
  if (current) edits.push(current);
  return edits;
}

/**
 * Moves the span [start, end) of `before` onto `after`. Returns null when an edit touched the span's own
 * characters: the span is then outdated and must not silently point at other text.
 */
export function rebaseSpan(before: string, after: string, start: number, end: number, edits = computeEdits(before, after)): { start: number; end: number } | null {
  let shift = 0;
  for (const edit of edits) {
    const removesInside = edit.end > edit.start && edit.start < end && edit.end > start;
    const insertsInside = edit.inserted > 0 && edit.start > start && edit.start < end;
    // A replacement that starts exactly at the span start also changes its first characters.
    if (removesInside || insertsInside) return null;
    if (start === end && edit.start === start && edit.end > start) return null;
    if (edit.end <= start && !(edit.start === start && edit.end === start && start === end)) {
      shift += edit.inserted - (edit.end - edit.start);
    }
  }
  const moved = { start: start + shift, end: end + shift };
  if (before.slice(start, end) !== after.slice(moved.start, moved.end)) return null;
  return moved;
}
