import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { deleteArticleSearch } from "../search/article-search-index";
import { forgetArticleNames } from "../names/learn-article-names";

/**
 * Deletes an article with its rows, paragraphs, revisions, issues and findings (administrators only). Its audit
 * trail stays: the entries keep the article id, and a last entry records the title, language pair and size.
 */
export async function deleteArticle(options: { actor: Actor; articleId: string }): Promise<{ id: string; title: string }> {
  assertCanSomewhere(options.actor, "article.delete");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { AND: [{ id: options.articleId }, articleWhere(options.actor, "article.delete")] },
      select: { id: true, title: true, sourceLang: true, targetLang: true, status: true, _count: { select: { rows: true } } },
    });
    if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    // Its evidence leaves the name register (counts included) before the occurrences go with the article.
    await forgetArticleNames(tx, article);
    // Paragraphs first: a row may not be deleted while paragraphs point at it.
    await tx.paragraph.deleteMany({ where: { articleId: article.id } });
    await tx.article.delete({ where: { id: article.id } });
    await deleteArticleSearch(tx, article.id);
    await recordAudit(tx, {
      actor: options.actor,
      articleId: article.id,
      action: "article.delete",
      entityType: "article",
      entityId: article.id,
      details: { title: article.title, sourceLang: article.sourceLang, targetLang: article.targetLang, status: article.status, rows: article._count.rows },
    });
    return { id: article.id, title: article.title };
  });
}
