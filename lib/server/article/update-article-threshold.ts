import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertArticleUnlocked } from "./update-article-status";
import { refreshArticleSummary } from "./refresh-article-summary";
import { publishLive } from "../live/live-bus";

/** Sets the pass threshold of an article on the quality-score scale (0–100; it passes at or above it); 409 while approved. */
export async function updateArticleThreshold(options: { actor: Actor; articleId: string; threshold: number }): Promise<void> {
  assertCanSomewhere(options.actor, "article.settings");
  if (!Number.isFinite(options.threshold) || options.threshold < 0 || options.threshold > 100) {
    throw new AppError("threshold.invalid", "The threshold must be a number between 0 and 100.", { status: 422, params: { min: 0, max: 100 } });
  }
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: options.articleId, AND: [articleWhere(options.actor, "article.settings")] } });
    if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    // The verdict an approval was given under stays as it was until the review is reopened.
    assertArticleUnlocked(article.status);
    await tx.article.update({ where: { id: article.id }, data: { passThreshold: options.threshold } });
    await refreshArticleSummary(tx, article.id);
    await recordAudit(tx, { actor: options.actor, articleId: article.id, action: "article.threshold", entityType: "article", entityId: article.id, details: { from: article.passThreshold, to: options.threshold } });
  });
  publishLive(options.articleId, "article", { actor: options.actor });
}
