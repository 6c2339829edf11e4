import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { scoreIssues } from "./get-article-review";
import { countWords } from "../../qa/score";

export const ARTICLE_STATUSES = ["draft", "in_review", "approved", "published"] as const;
export type TArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Allowed moves: forward one step, or back (reopen) from any later state. */
export const TRANSITIONS: Record<TArticleStatus, TArticleStatus[]> = {
  draft: ["in_review"],
  in_review: ["approved", "draft"],
  approved: ["published", "in_review", "draft"],
  published: ["in_review"],
};

/** Changes an article's workflow status (draft → in review → approved, or reopen). */
export async function updateArticleStatus(options: { actor: Actor; articleId: string; status: TArticleStatus }): Promise<void> {
  assertCan(options.actor, "article.transition");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: options.articleId } });
    if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    const from = article.status as TArticleStatus;
    if (from === options.status) return;
    if (!TRANSITIONS[from]?.includes(options.status)) {
      throw new AppError("status.transition-not-allowed", "This status change is not allowed.", { status: 409, params: { from, to: options.status } });
    }
    if (options.status === "approved") {
      const critical = await tx.issue.count({ where: { articleId: article.id, status: "open", severity: "critical" } });
      if (critical > 0) throw new AppError("status.critical-issues-open", "Critical issues are still open.", { status: 409, params: { count: critical } });
      const sources = await tx.paragraph.findMany({ where: { articleId: article.id, side: "source" }, select: { text: true } });
      const issues = await tx.issue.findMany({ where: { articleId: article.id }, select: { severity: true, status: true } });
      const score = scoreIssues(issues, countWords(sources.map((p) => p.text), article.sourceLang), article.passThreshold);
      if (!score.pass) {
        throw new AppError("status.score-fails", "The quality score fails the pass threshold.", {
          status: 409,
          params: { score: score.penaltyPer1000Words.toFixed(1), threshold: score.threshold },
        });
      }
    }
    await tx.article.update({ where: { id: article.id }, data: { status: options.status } });
    await recordAudit(tx, { actor: options.actor, articleId: article.id, action: "article.status", entityType: "article", entityId: article.id, details: { from, to: options.status } });
  });
}
