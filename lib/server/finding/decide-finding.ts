import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertArticleUnlocked } from "../article/update-article-status";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import type { MqmCategory } from "../../qa/mqm";
import { publishLive } from "../live/live-bus";

/**
 * Dismisses a finding as a false positive (with a reason), accepts it (it becomes an open issue with the
 * finding's category and severity), or undoes a decision. Decisions are kept by fingerprint, so they survive
 * the recomputation that follows every edit.
 */
export async function decideFinding(options: { actor: Actor; findingId: string; decision: "dismissed" | "accepted" | "undo"; reason?: string }): Promise<{ articleId: string }> {
  const { actor } = options;
  assertCanSomewhere(actor, "finding.decide");
  const decided = await db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: options.findingId, article: articleWhere(actor, "finding.decide") } });
    if (!finding) throw new AppError("finding.not-found", "This finding no longer exists; the page was out of date.", { status: 404 });
    const article = await tx.article.findUniqueOrThrow({ where: { id: finding.articleId }, select: { status: true } });
    assertArticleUnlocked(article.status);
    const where = { articleId_fingerprint: { articleId: finding.articleId, fingerprint: finding.fingerprint } };
    if (options.decision === "undo") {
      const decision = await tx.findingDecision.findUnique({ where });
      if (decision?.decision === "accepted") {
        // Undoing an acceptance takes back the issue it opened, unless people already worked on that issue
        // (otherwise accepting again would open a second issue for the same finding).
        const issues = await tx.issue.findMany({
          where: { articleId: finding.articleId, paragraphId: finding.paragraphId, findingCheck: finding.check, quote: finding.text },
          include: { _count: { select: { comments: true } } },
        });
        if (issues.some((i) => i.status !== "open" || i._count.comments > 0)) {
          throw new AppError("finding.issue-in-use", "The issue opened from this finding was already discussed or resolved.", { status: 409 });
        }
        await tx.issue.deleteMany({ where: { id: { in: issues.map((i) => i.id) } } });
      }
      await tx.findingDecision.deleteMany({ where: { articleId: finding.articleId, fingerprint: finding.fingerprint } });
    } else {
      const reason = options.reason?.trim() || null;
      if (options.decision === "dismissed" && !reason) throw new AppError("finding.reason-required", "Say why this is not an error.", { status: 422 });
      const existing = await tx.findingDecision.findUnique({ where });
      if (existing) throw new AppError("finding.already-decided", "This finding was already handled.", { status: 409 });
      await tx.findingDecision.create({ data: { articleId: finding.articleId, fingerprint: finding.fingerprint, decision: options.decision, reason, authorName: actor.name, authorId: actor.userId } });
      if (options.decision === "accepted") {
        await tx.issue.create({
          data: {
            articleId: finding.articleId,
            paragraphId: finding.paragraphId,
            start: finding.start,
            end: finding.end,
            quote: finding.text,
            category: finding.category as MqmCategory,
            subcategory: finding.subcategory,
            severity: finding.severity,
            comment: reason ?? finding.message,
            findingCheck: finding.check,
            authorName: actor.name,
            authorId: actor.userId,
          },
        });
      }
    }
    await refreshArticleSummary(tx, finding.articleId);
    await recordAudit(tx, { actor, articleId: finding.articleId, action: `finding.${options.decision}`, entityType: "finding", entityId: finding.fingerprint, details: { check: finding.check, text: finding.text, reason: options.reason ?? null } });
    return { articleId: finding.articleId };
  });
  publishLive(decided.articleId, "finding", { ids: [options.findingId], actor });
  return decided;
}
