import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { computeApprovalChecklist, type TChecklistItem } from "./get-approval-checklist";
import { refreshArticleSummary } from "./refresh-article-summary";
import { learnArticleNames } from "../names/learn-article-names";
import { publishLive } from "../live/live-bus";

export const ARTICLE_STATUSES = ["draft", "in_review", "approved", "published"] as const;
export type TArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Allowed moves: forward one step, or back (reopen) from any later state. */
export const TRANSITIONS: Record<TArticleStatus, TArticleStatus[]> = {
  draft: ["in_review"],
  in_review: ["approved", "draft"],
  approved: ["published", "in_review", "draft"],
  published: ["in_review"],
};

/** Statuses in which an article is read-only (text, issues, findings) until reopened. */
export const LOCKED_STATUSES: readonly string[] = ["approved", "published"];

/** Throws 409 article.locked when the article is approved or published. */
export function assertArticleUnlocked(status: string): void {
  if (LOCKED_STATUSES.includes(status)) {
    throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
  }
}

export interface UpdateArticleStatusOptions {
  actor: Actor;
  articleId: string;
  status: TArticleStatus;
  /** Approve although the checklist warns (rows not reviewed, open minor issues…); blocking items still refuse. */
  acknowledgeWarnings?: boolean;
}

const itemSummary = (items: TChecklistItem[]) => items.map((i) => ({ code: i.code, state: i.state, params: i.params, ...(i.rows ? { rows: i.rows } : {}) }));

/**
 * Changes an article's workflow status (draft → in review → approved → published, or reopen). Approval runs the
 * approval checklist: a blocking item refuses it (409 article.approval-blocked), warnings need
 * `acknowledgeWarnings` (409 article.approval-needs-confirmation); both carry the items in `details.items`.
 * Approving marks every row still unreviewed as reviewed by the approver: an approved article's pairs are approved
 * (the TMX export carries reviewed pairs only).
 */
export async function updateArticleStatus(options: UpdateArticleStatusOptions): Promise<{ markedReviewed: number }> {
  assertCanSomewhere(options.actor, "article.transition");
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: options.articleId, AND: [articleWhere(options.actor, "article.transition")] } });
    if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    const from = article.status as TArticleStatus;
    if (from === options.status) return { markedReviewed: 0 };
    if (!TRANSITIONS[from]?.includes(options.status)) {
      throw new AppError("status.transition-not-allowed", "This status change is not allowed.", { status: 409, params: { from, to: options.status } });
    }
    let details: Record<string, unknown> = { from, to: options.status };
    let markedReviewed = 0;
    if (options.status === "approved") {
      const checklist = await computeApprovalChecklist(tx, { actor: options.actor, articleId: article.id });
      const blocking = checklist.items.filter((i) => i.state === "block");
      if (blocking.length > 0) {
        throw new AppError("article.approval-blocked", "Approval is refused until the blocking items are fixed.", {
          status: 409,
          params: { count: blocking.length },
          details: { items: checklist.items },
        });
      }
      if (checklist.hasWarnings && options.acknowledgeWarnings !== true) {
        throw new AppError("article.approval-needs-confirmation", "Approving needs a confirmation: the checklist has warnings.", {
          status: 409,
          params: { count: checklist.items.filter((i) => i.state === "warn").length },
          details: { items: checklist.items },
        });
      }
      const rows = checklist.items.find((i) => i.code === "rows-reviewed")?.rows ?? [];
      if (rows.length > 0) {
        const all = await tx.alignmentRow.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" }, select: { id: true } });
        const ids = rows.map((n) => all[n - 1]?.id).filter((id): id is string => Boolean(id));
        markedReviewed = (await tx.alignmentRow.updateMany({ where: { id: { in: ids }, reviewed: false }, data: { reviewed: true, reviewedBy: options.actor.name, reviewedById: options.actor.userId, reviewedAt: new Date() } })).count;
      }
      details = { ...details, checklist: itemSummary(checklist.items), acknowledgedWarnings: checklist.hasWarnings, markedReviewed };
    }
    await tx.article.update({ where: { id: article.id }, data: { status: options.status } });
    if (markedReviewed > 0) await refreshArticleSummary(tx, article.id);
    // The name register learns the spellings of an approved article in the same transaction (reopening keeps them
    // until the next approval replaces them: lib/server/names/learn-article-names.ts).
    if (options.status === "approved") details = { ...details, names: await learnArticleNames(tx, article) };
    await recordAudit(tx, { actor: options.actor, articleId: article.id, action: "article.status", entityType: "article", entityId: article.id, details });
    return { markedReviewed };
  });
  publishLive(options.articleId, "article", { actor: options.actor });
  return result;
}
