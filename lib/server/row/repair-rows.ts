import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { loadArticleTexts } from "../finding/recompute-findings";
import { runArticleQaAfterWrite } from "../qa/article-qa";
import { applyAlignment } from "./apply-alignment";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { mergeRows, moveParagraph, RowRepairError, splitRow } from "../../review/row-repair";
import { alignParagraphs } from "../../align/align";
import { publishLive } from "../live/live-bus";

export type TRowRepair =
  | { kind: "merge"; rowId: string }
  | { kind: "split"; rowId: string; sourceCount?: number; targetCount?: number }
  | { kind: "move"; paragraphId: string; direction: "up" | "down" }
  | { kind: "realign" };

/** Repairs the pairing by hand (merge, split, move a paragraph) or re-runs the aligner; persists and re-checks. */
export async function repairRows(options: { actor: Actor; articleId: string; repair: TRowRepair }): Promise<void> {
  const { actor, articleId, repair } = options;
  assertCanSomewhere(actor, "row.repair");
  await db.$transaction(async (tx) => {
    const exists = await tx.article.findUnique({ where: { id: articleId, AND: [articleWhere(actor, "row.repair")] }, select: { id: true, status: true } });
    if (!exists) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    if (exists.status === "approved" || exists.status === "published") {
      throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
    }
    const { source, target, alignment, article } = await loadArticleTexts(tx, articleId);
    const rowIds = (await tx.alignmentRow.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true } })).map((r) => r.id);
    let next;
    try {
      if (repair.kind === "realign") {
        next = alignParagraphs(source.map((p) => p.text), target.map((p) => p.text), { sourceLang: article.sourceLang, targetLang: article.targetLang });
      } else if (repair.kind === "move") {
        const paragraph = [...source, ...target].find((p) => p.id === repair.paragraphId);
        if (!paragraph) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
        next = moveParagraph(alignment, paragraph.side as "source" | "target", paragraph.position, repair.direction);
      } else {
        const index = rowIds.indexOf(repair.rowId);
        if (index < 0) throw new AppError("row.not-found", "Row not found.", { status: 404 });
        const counts = repair.kind === "split" && repair.sourceCount !== undefined && repair.targetCount !== undefined ? { sourceCount: repair.sourceCount, targetCount: repair.targetCount } : undefined;
        next = repair.kind === "merge" ? mergeRows(alignment, index) : splitRow(alignment, index, counts);
      }
    } catch (error) {
      if (error instanceof RowRepairError) throw new AppError(error.code, "This repair is not possible here.", { status: 422 });
      throw error;
    }
    await applyAlignment(tx, articleId, next, repair.kind === "realign" ? "auto" : "manual");
    await recordAudit(tx, { actor, articleId, action: `rows.${repair.kind}`, entityType: "article", entityId: articleId, details: { ...repair } });
    await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
    await refreshArticleSummary(tx, articleId);
  });
  publishLive(articleId, "structure", { actor });
  // Rows changed: every row-scoped finding may move, so the whole article is re-checked (after the write).
  await runArticleQaAfterWrite(articleId, "all");
}
