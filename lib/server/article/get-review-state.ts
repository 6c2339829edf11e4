import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { articleQaState, type TQaState } from "../qa/article-qa";
import { loadFindingDtos, loadIssueDtos, scoreIssues, sideName, sourceWordCount, type TFindingDto, type TIssueDto, type TScoreDto } from "./get-article-review";

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
  assertCan(options.actor, "article.read");
  const articleId = options.articleId;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { sourceLang: true, passThreshold: true } });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
  const [layout, sourceTexts, reviewedCount] = await Promise.all([
    db.paragraph.findMany({ where: { articleId }, select: { id: true, side: true } }),
    // Only the source texts, for the word count (cached by paragraph version).
    db.paragraph.findMany({ where: { articleId, side: "source" }, select: { id: true, version: true, text: true, side: true, excluded: true } }),
    db.alignmentRow.count({ where: { articleId, reviewed: true } }),
  ]);
  const sideOf = new Map<string, "source" | "target">(layout.map((p) => [p.id, sideName(p.side)]));
  const [issues, findings] = await Promise.all([loadIssueDtos(articleId, sideOf), loadFindingDtos(articleId, sideOf)]);
  return {
    findings,
    issues,
    score: scoreIssues(issues, sourceWordCount(sourceTexts, article.sourceLang), article.passThreshold),
    reviewedCount,
    ...articleQaState(articleId),
  };
}
