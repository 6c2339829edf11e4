import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { publishLive } from "../live/live-bus";

export const MAX_COMMENT_LENGTH = 5000;

/** Adds a reply to an issue's discussion thread. */
export async function addIssueComment(options: { actor: Actor; issueId: string; body: string }): Promise<{ id: string; articleId: string }> {
  assertCanSomewhere(options.actor, "issue.comment");
  const body = options.body.trim();
  if (!body) throw new AppError("comment.empty", "Write a reply first.", { status: 422 });
  if (body.length > MAX_COMMENT_LENGTH) throw new AppError("comment.too-long", "The reply is too long.", { status: 422, params: { max: MAX_COMMENT_LENGTH } });
  const created = await db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: options.issueId, article: articleWhere(options.actor, "issue.comment") } });
    if (!issue) throw new AppError("issue.not-found", "Issue not found.", { status: 404 });
    const comment = await tx.issueComment.create({ data: { issueId: issue.id, authorName: options.actor.name, authorId: options.actor.userId, body } });
    await recordAudit(tx, { actor: options.actor, articleId: issue.articleId, action: "issue.comment", entityType: "issue", entityId: issue.id, details: { commentId: comment.id } });
    return { id: comment.id, articleId: issue.articleId };
  });
  publishLive(created.articleId, "issue", { ids: [options.issueId], actor: options.actor });
  return created;
}
