import "server-only";
import type { Actor } from "../actor";
import { articleNotFound, articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";

/** The article a live stream or presence update is about, when the actor may read it (else 404, as everywhere). */
export async function getLiveArticle(options: { actor: Actor; articleId: string }): Promise<{ id: string }> {
  assertCanSomewhere(options.actor, "article.read");
  const article = await db.article.findUnique({ where: { id: options.articleId, AND: [articleWhere(options.actor, "article.read")] }, select: { id: true } });
  if (!article) throw articleNotFound();
  return article;
}
