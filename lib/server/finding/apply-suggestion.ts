import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { updateParagraphTextInTx } from "../paragraph/update-paragraph-text";
import { setParagraphExcludedInTx } from "../paragraph/set-paragraph-excluded";
import { recomputeFindings } from "./recompute-findings";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when a paragraph text would be empty once saved (saves turn line breaks into spaces and trim). */
function wouldBeEmpty(text: string): boolean {
  return text.replace(/\r\n?|\n/g, " ").trim() === "";
}

/**
 * Applies a finding's suggested replacement as a normal revision. A suggestion that leaves nothing of the paragraph
 * (web-page chrome, a repeated headline) excludes the paragraph from the corrected article instead: nothing is
 * deleted and it can be restored. With `everywhere`, replaces every whole-word occurrence of the flagged variant in
 * all translation paragraphs of the article, skipping paragraphs the replacement would empty.
 */
export async function applySuggestion(options: { actor: Actor; findingId: string; everywhere: boolean }): Promise<{ articleId: string; changedParagraphs: number; excludedParagraphs: number }> {
  const { actor } = options;
  assertCan(actor, "finding.apply");
  return db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: options.findingId }, include: { paragraph: true } });
    if (!finding) throw new AppError("finding.not-found", "This finding no longer exists; the page was out of date.", { status: 404 });
    if (finding.suggestion === null) throw new AppError("finding.no-suggestion", "This finding has no suggested fix.", { status: 422 });
    if (finding.paragraph.side !== "target") throw new AppError("paragraph.source-readonly", "Only translation paragraphs can be edited.", { status: 422 });
    const articleId = finding.articleId;
    let changed = 0;
    let excluded = 0;
    if (!options.everywhere) {
      const text = finding.paragraph.text;
      if (text.slice(finding.start, finding.end) !== finding.text) throw new AppError("finding.stale", "The text changed since this finding was computed.", { status: 409 });
      const next = text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);
      if (wouldBeEmpty(next)) {
        const result = await setParagraphExcludedInTx(tx, { actor, paragraphId: finding.paragraphId, excluded: true, expectedVersion: finding.paragraph.version, note: finding.message, via: "finding" });
        changed = excluded = result.changed ? 1 : 0;
      } else {
        const result = await updateParagraphTextInTx(tx, { actor, paragraphId: finding.paragraphId, expectedVersion: finding.paragraph.version, text: next, kind: "suggestion", note: finding.message });
        changed = result.changed ? 1 : 0;
      }
    } else {
      // Whole-word matches only: "Naeem" must not change "Naeemah".
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(finding.text)}(?![\\p{L}\\p{N}_])`, "gu");
      const paragraphs = await tx.paragraph.findMany({ where: { articleId, side: "target" } });
      for (const paragraph of paragraphs) {
        const next = paragraph.text.replace(pattern, finding.suggestion!);
        // Replacing everywhere never empties a paragraph: leaving one out is a decision made row by row.
        if (next === paragraph.text || wouldBeEmpty(next)) continue;
        const result = await updateParagraphTextInTx(tx, { actor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: next, kind: "apply-all", note: finding.message });
        if (result.changed) changed += 1;
      }
    }
    if (changed > 0) await recomputeFindings(tx, articleId);
    return { articleId, changedParagraphs: changed, excludedParagraphs: excluded };
  });
}
