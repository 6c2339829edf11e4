import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";

/** Marks a row (paragraph pair) reviewed or not reviewed. */
export async function setRowReviewed(options: { actor: Actor; rowId: string; reviewed: boolean }): Promise<{ articleId: string }> {
  assertCan(options.actor, "row.review");
  return db.$transaction(async (tx) => {
    const row = await tx.alignmentRow.findUnique({ where: { id: options.rowId } });
    if (!row) throw new AppError("row.not-found", "Row not found.", { status: 404 });
    await tx.alignmentRow.update({
      where: { id: row.id },
      data: options.reviewed ? { reviewed: true, reviewedBy: options.actor.name, reviewedAt: new Date() } : { reviewed: false, reviewedBy: null, reviewedAt: null },
    });
    await recordAudit(tx, { actor: options.actor, articleId: row.articleId, action: options.reviewed ? "row.reviewed" : "row.unreviewed", entityType: "row", entityId: row.id });
    return { articleId: row.articleId };
  });
}
