import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";

export type TIssueStatus = "open" | "resolved" | "dismissed";

/** Resolves, dismisses or reopens an issue. */
export async function updateIssueStatus(options: { actor: Actor; issueId: string; status: TIssueStatus }): Promise<{ articleId: string }> {
  assertCan(options.actor, "issue.resolve");
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: options.issueId } });
    if (!issue) throw new AppError("issue.not-found", "Issue not found.", { status: 404 });
    if (issue.status === options.status) return { articleId: issue.articleId };
    await tx.issue.update({
      where: { id: issue.id },
      data:
        options.status === "open"
          ? { status: "open", resolvedBy: null, resolvedAt: null }
          : { status: options.status, resolvedBy: options.actor.name, resolvedAt: new Date() },
    });
    await recordAudit(tx, { actor: options.actor, articleId: issue.articleId, action: `issue.${options.status}`, entityType: "issue", entityId: issue.id, details: { from: issue.status } });
    return { articleId: issue.articleId };
  });
}
