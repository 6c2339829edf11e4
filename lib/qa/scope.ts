import type { AlignmentGroup } from "../align/types";
import type { QaCheck } from "./types";

/**
 * Incremental QA. Every check declares a scope (QaCheck.scope):
 * - "row": its findings on the paragraphs of one alignment row depend only on the texts of that row and on the
 *   first translation paragraph after the row (the quotes check lets a quotation run on into the next paragraph);
 * - "article": its findings may depend on any paragraph (name spellings across the article, the document's
 *   length ratio, "repeats an earlier paragraph").
 * After an edit, "row" checks re-run on the rows the edit can affect (rowsAffectedBy) and keep their earlier
 * findings elsewhere; "article" checks re-run on the whole article. The union equals a full run.
 */
export type CheckScope = "row" | "article";

/** The scope a check declared; undeclared checks are treated as article-wide. */
export function checkScope(check: QaCheck): CheckScope {
  return check.scope ?? "article";
}

/** Paragraph indices (per side) whose text, exclusion or row changed since the last run. */
export interface ChangedParagraphs {
  source: readonly number[];
  target: readonly number[];
}

/**
 * Indices of the alignment groups whose "row" findings a change can alter: the groups holding a changed paragraph,
 * and the group holding the translation paragraph just before a changed translation paragraph.
 */
export function rowsAffectedBy(alignment: readonly AlignmentGroup[], changed: ChangedParagraphs): number[] {
  const groupOfSource = new Map<number, number>();
  const groupOfTarget = new Map<number, number>();
  alignment.forEach((group, index) => {
    for (const s of group.source) groupOfSource.set(s, index);
    for (const t of group.target) groupOfTarget.set(t, index);
  });
  const rows = new Set<number>();
  for (const s of changed.source) {
    const group = groupOfSource.get(s);
    if (group !== undefined) rows.add(group);
  }
  for (const t of changed.target) {
    for (const paragraph of [t, t - 1]) {
      const group = groupOfTarget.get(paragraph);
      if (group !== undefined) rows.add(group);
    }
  }
  return [...rows].sort((a, b) => a - b);
}

/** The source and translation paragraphs that belong to the given alignment groups. */
export function paragraphsOfRows(alignment: readonly AlignmentGroup[], rows: readonly number[]): { source: Set<number>; target: Set<number> } {
  const source = new Set<number>();
  const target = new Set<number>();
  for (const row of rows) {
    const group = alignment[row];
    if (!group) throw new RangeError(`row ${row} out of range`);
    for (const s of group.source) source.add(s);
    for (const t of group.target) target.add(t);
  }
  return { source, target };
}

/**
 * The findings after an incremental run: the earlier findings of row-scoped checks outside `rows` are kept, every
 * other earlier finding is replaced by the fresh ones. Equals a full run when `previous` was one (tests prove it
 * on sequences of edits; the server applies the same rule to stored findings by paragraph id).
 */
export function mergeIncremental<F extends { check: string; side: "source" | "target"; paragraph: number }>(
  previous: readonly F[],
  fresh: readonly F[],
  alignment: readonly AlignmentGroup[],
  rows: readonly number[],
  registry: readonly QaCheck[],
): F[] {
  const rowScoped = new Set(registry.filter((check) => checkScope(check) === "row").map((check) => check.id));
  const rechecked = paragraphsOfRows(alignment, rows);
  const kept = previous.filter((finding) => rowScoped.has(finding.check) && !rechecked[finding.side].has(finding.paragraph));
  return [...kept, ...fresh];
}
