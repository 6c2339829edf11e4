import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { articleQaState, runArticleQaAfterWrite, type TQaState } from "../qa/article-qa";

/**
 * Re-checks the whole article (after a QA run timed out or failed, or to be sure), waiting up to the QA budget.
 * Returns the QA state afterwards; the findings are read with getReviewState.
 */
export async function recheckArticle(options: { actor: Actor; articleId: string }): Promise<{ qaPending: boolean; qaState: TQaState }> {
  assertCanSomewhere(options.actor, "finding.decide");
  const article = await db.article.findUnique({ where: { id: options.articleId, AND: [articleWhere(options.actor, "finding.decide")] }, select: { id: true } });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
  await runArticleQaAfterWrite(article.id, "all");
  return articleQaState(article.id);
}
