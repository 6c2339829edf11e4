import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { articleQaState, type TQaState } from "../qa/article-qa";
import { loadFindingDtos, loadIssueDtos, scoreIssues, sideName, sourceWordCountByVersion, type TFindingDto, type TIssueDto, type TScoreDto } from "./get-article-review";

/** What changes on the review page after a save or a QA run, without the paragraph texts. */
export interface TReviewStateDto {
  findings: TFindingDto[];
  issues: TIssueDto[];
  score: TScoreDto;
  reviewedCount: number;
  qaPending: boolean;
  qaState: TQaState;
}

/** The live parts of the review page (findings, issues, score, reviewed rows, QA state) for one article. */
export async function getReviewState(options: { actor: Actor; articleId: string }): Promise<TReviewStateDto> {
  assertCanSomewhere(options.actor, "article.read");
  const articleId = options.articleId;
  const article = await db.article.findUnique({ where: { id: articleId, AND: [articleWhere(options.actor, "article.read")] }, select: { sourceLang: true, passThreshold: true } });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
  // No paragraph texts: sides for the DTOs, versions for the cached source word counts.
  const [layout, reviewedCount] = await Promise.all([
    db.paragraph.findMany({ where: { articleId }, select: { id: true, side: true, version: true, excluded: true } }),
    db.alignmentRow.count({ where: { articleId, reviewed: true } }),
  ]);
  const sideOf = new Map<string, "source" | "target">(layout.map((p) => [p.id, sideName(p.side)]));
  const [issues, findings, sourceWords] = await Promise.all([loadIssueDtos(articleId, sideOf), loadFindingDtos(articleId, sideOf), sourceWordCountByVersion(layout, article.sourceLang)]);
  return {
    findings,
    issues,
    score: scoreIssues(issues, sourceWords, article.passThreshold),
    reviewedCount,
    ...articleQaState(articleId),
  };
}
