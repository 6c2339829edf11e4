import "server-only";
import type { Actor } from "../actor";
import { articleWhere } from "../access/article-access";
import { db } from "../db";
import { getParagraphDtos } from "../paragraph/get-paragraph-dtos";
import { getReviewState, type TReviewStateDto } from "../article/get-review-state";
import type { TParagraphDto } from "../article/get-article-review";
import { getLiveArticle } from "./get-live-article";

/** What a review page refetches after a colleague's change: the changed paragraphs and row marks, and the review state. */
export interface TLiveChangesDto {
  paragraphs: TParagraphDto[];
  rows: { id: string; reviewed: boolean; reviewedBy: string | null }[];
  /** Left out when the page asked only for the paragraphs and marks (it fetches the review state next). */
  review: TReviewStateDto | null;
}

/** Reads what changed on an article (ids from live events) for a page whose reader may read it (else 404). */
export async function getLiveChanges(options: { actor: Actor; articleId: string; paragraphIds: readonly string[]; rowIds: readonly string[]; review?: boolean }): Promise<TLiveChangesDto> {
  // Access is checked first: a page without it learns nothing about the paragraphs either.
  await getLiveArticle({ actor: options.actor, articleId: options.articleId });
  const review = options.review === false ? null : await getReviewState({ actor: options.actor, articleId: options.articleId });
  const rowIds = [...new Set(options.rowIds)];
  const [paragraphs, rows] = await Promise.all([
    getParagraphDtos({ actor: options.actor, articleId: options.articleId, paragraphIds: options.paragraphIds }),
    rowIds.length === 0
      ? Promise.resolve([])
      : db.alignmentRow.findMany({ where: { articleId: options.articleId, id: { in: rowIds }, article: articleWhere(options.actor, "article.read") }, select: { id: true, reviewed: true, reviewedBy: true } }),
  ]);
  return { paragraphs, rows, review };
}
