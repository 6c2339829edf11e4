import "server-only";
import { touchArticles } from "../article/touch-article";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { updateParagraphTextInTx } from "../paragraph/update-paragraph-text";
import { setParagraphExcludedInTx } from "../paragraph/set-paragraph-excluded";
import { runArticleQaAfterWrite } from "../qa/article-qa";
import { wholeWordPattern } from "../../review/whole-word";
import { publishLive } from "../live/live-bus";

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
export async function applySuggestion(options: { actor: Actor; findingId: string; everywhere: boolean }): Promise<{ articleId: string; changedParagraphs: number; excludedParagraphs: number; paragraphIds: string[] }> {
  const { actor } = options;
  assertCanSomewhere(actor, "finding.apply");
  const applied = await db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: options.findingId, article: articleWhere(actor, "finding.apply") }, include: { paragraph: true } });
    if (!finding) throw new AppError("finding.not-found", "This finding no longer exists; the page was out of date.", { status: 404 });
    if (finding.suggestion === null) throw new AppError("finding.no-suggestion", "This finding has no suggested fix.", { status: 422 });
    if (finding.paragraph.side !== "target") throw new AppError("paragraph.source-readonly", "Only translation paragraphs can be edited.", { status: 422 });
    const articleId = finding.articleId;
    let changed = 0;
    let excluded = 0;
    const paragraphIds: string[] = [];
    if (!options.everywhere) {
      const text = finding.paragraph.text;
      if (text.slice(finding.start, finding.end) !== finding.text) throw new AppError("finding.stale", "The text changed since this finding was computed.", { status: 409 });
      const next = text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);
      if (wouldBeEmpty(next)) {
        const result = await setParagraphExcludedInTx(tx, { actor, paragraphId: finding.paragraphId, excluded: true, expectedVersion: finding.paragraph.version, note: finding.message, via: "finding" });
        changed = excluded = result.changed ? 1 : 0;
        if (result.changed) paragraphIds.push(finding.paragraphId);
      } else {
        const result = await updateParagraphTextInTx(tx, { actor, paragraphId: finding.paragraphId, expectedVersion: finding.paragraph.version, text: next, kind: "suggestion", note: finding.message });
        changed = result.changed ? 1 : 0;
        if (result.changed) paragraphIds.push(finding.paragraphId);
      }
    } else {
      // Whole-word matches only: "Naeem" must not change "Naeemah". Excluded paragraphs are left as they are
      // (the review page counts the paragraphs it will change the same way, lib/review/whole-word).
      const pattern = wholeWordPattern(finding.text);
      const paragraphs = await tx.paragraph.findMany({ where: { articleId, side: "target", excluded: false } });
      for (const paragraph of paragraphs) {
        const next = paragraph.text.replace(pattern, finding.suggestion!);
        // Replacing everywhere never empties a paragraph: leaving one out is a decision made row by row.
        if (next === paragraph.text || wouldBeEmpty(next)) continue;
        const result = await updateParagraphTextInTx(tx, { actor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: next, kind: "apply-all", note: finding.message });
        if (result.changed) {
          changed += 1;
          paragraphIds.push(paragraph.id);
        }
      }
    }
    return { articleId, changedParagraphs: changed, excludedParagraphs: excluded, paragraphIds };
  });
  if (applied.changedParagraphs > 0) await touchArticles([applied.articleId]);
  publishLive(applied.articleId, "paragraph", { ids: applied.paragraphIds, actor });
  // QA after the write (in a worker); an excluded paragraph makes it re-check the whole article.
  if (applied.changedParagraphs > 0) await runArticleQaAfterWrite(applied.articleId, applied.excludedParagraphs > 0 ? "all" : { paragraphIds: applied.paragraphIds });
  return applied;
}
