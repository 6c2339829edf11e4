import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertArticleUnlocked } from "../article/update-article-status";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { publishLive } from "../live/live-bus";

export type TIssueStatus = "open" | "resolved" | "dismissed";

export const MAX_STATUS_REASON_LENGTH = 1000;

/** The issue was raised by someone else than the actor (by account id when known, otherwise by name). */
function raisedByAnother(issue: { authorId: string | null; authorName: string }, actor: Actor): boolean {
  if (issue.authorId && actor.userId) return issue.authorId !== actor.userId;
  return issue.authorName !== actor.name;
}

/**
 * Resolves, dismisses or reopens an issue, with an optional reason (kept in statusReason, cleared on reopen).
 * Dismissing another person's critical or major issue needs a reason (422 issue.reason-required); the approval
 * checklist lists such dismissals. Refused (409 article.locked) while the article is approved or published.
 */
export async function updateIssueStatus(options: { actor: Actor; issueId: string; status: TIssueStatus; reason?: string }): Promise<{ articleId: string }> {
  assertCanSomewhere(options.actor, "issue.resolve");
  const reason = options.reason?.trim() || null;
  if (reason && reason.length > MAX_STATUS_REASON_LENGTH) {
    throw new AppError("issue.reason-too-long", "The reason is too long.", { status: 422, params: { max: MAX_STATUS_REASON_LENGTH } });
  }
  const updated = await db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: options.issueId, article: articleWhere(options.actor, "issue.resolve") }, include: { article: { select: { status: true } } } });
    if (!issue) throw new AppError("issue.not-found", "Issue not found.", { status: 404 });
    assertArticleUnlocked(issue.article.status);
    if (issue.status === options.status) return { articleId: issue.articleId, changed: false };
    if (options.status === "dismissed" && !reason && (issue.severity === "critical" || issue.severity === "major") && raisedByAnother(issue, options.actor)) {
      throw new AppError("issue.reason-required", "Say why you dismiss another person's critical or major issue.", {
        status: 422,
        params: { author: issue.authorName },
        details: { fieldErrors: { reason: "errors:issue.reason-required" } },
      });
    }
    await tx.issue.update({
      where: { id: issue.id },
      data:
        options.status === "open"
          ? { status: "open", resolvedBy: null, resolvedById: null, resolvedAt: null, statusReason: null }
          : { status: options.status, resolvedBy: options.actor.name, resolvedById: options.actor.userId, resolvedAt: new Date(), statusReason: reason },
    });
    await recordAudit(tx, {
      actor: options.actor,
      articleId: issue.articleId,
      action: `issue.${options.status}`,
      entityType: "issue",
      entityId: issue.id,
      details: { from: issue.status, severity: issue.severity, author: issue.authorName, ...(reason ? { reason } : {}) },
    });
    await refreshArticleSummary(tx, issue.articleId);
    return { articleId: issue.articleId, changed: true };
  });
  if (updated.changed) publishLive(updated.articleId, "issue", { ids: [options.issueId], actor: options.actor });
  return { articleId: updated.articleId };
}
