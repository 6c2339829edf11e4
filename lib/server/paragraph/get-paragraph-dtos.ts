import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { toParagraphDto, type TParagraphDto } from "../article/get-article-review";

/** The review-page DTOs of some paragraphs of one article (after a change touched them), in two queries. */
export async function getParagraphDtos(options: { actor: Actor; articleId: string; paragraphIds: readonly string[] }): Promise<TParagraphDto[]> {
  assertCanSomewhere(options.actor, "article.read");
  if (options.paragraphIds.length === 0) return [];
  const ids = [...new Set(options.paragraphIds)];
  const [paragraphs, counts] = await Promise.all([
    db.paragraph.findMany({ where: { articleId: options.articleId, id: { in: ids }, article: articleWhere(options.actor, "article.read") } }),
    db.revision.groupBy({ by: ["paragraphId"], where: { paragraphId: { in: ids } }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.paragraphId, c._count._all]));
  return paragraphs.map((p) => toParagraphDto(p, countOf.get(p.id) ?? 0));
}
