import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { publishLive } from "../live/live-bus";

/** A row's review mark after setRowReviewed. */
export interface TRowReviewed {
  rowId: string;
  articleId: string;
  reviewed: boolean;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  /** False when the row already had the requested mark (nothing written, no audit entry). */
  changed: boolean;
}

/**
 * Marks a row (paragraph pair) reviewed or not reviewed. Reviewed rows are the ones the TMX export carries.
 * Setting the mark a row already has changes nothing (the first reviewer and date are kept).
 */
export async function setRowReviewed(options: { actor: Actor; rowId: string; reviewed: boolean }): Promise<TRowReviewed> {
  assertCanSomewhere(options.actor, "row.review");
  const marked = await db.$transaction(async (tx) => {
    const row = await tx.alignmentRow.findUnique({ where: { id: options.rowId, article: articleWhere(options.actor, "row.review") } });
    if (!row) throw new AppError("row.not-found", "Row not found.", { status: 404 });
    // Approval marks every row reviewed (its pairs are approved): an approved article's marks are read-only too.
    const article = await tx.article.findUniqueOrThrow({ where: { id: row.articleId }, select: { status: true } });
    if (article.status === "approved" || article.status === "published") {
      throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
    }
    const current = { rowId: row.id, articleId: row.articleId, reviewed: row.reviewed, reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt };
    if (row.reviewed === options.reviewed) return { ...current, changed: false };
    const updated = await tx.alignmentRow.update({
      where: { id: row.id },
      data: options.reviewed ? { reviewed: true, reviewedBy: options.actor.name, reviewedById: options.actor.userId, reviewedAt: new Date() } : { reviewed: false, reviewedBy: null, reviewedById: null, reviewedAt: null },
    });
    await recordAudit(tx, { actor: options.actor, articleId: row.articleId, action: options.reviewed ? "row.reviewed" : "row.unreviewed", entityType: "row", entityId: row.id });
    await refreshArticleSummary(tx, row.articleId);
    return { rowId: updated.id, articleId: updated.articleId, reviewed: updated.reviewed, reviewedBy: updated.reviewedBy, reviewedAt: updated.reviewedAt, changed: true };
  });
  if (marked.changed) publishLive(marked.articleId, "row", { ids: [marked.rowId], actor: options.actor });
  return marked;
}
