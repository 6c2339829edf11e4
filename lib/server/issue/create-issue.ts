import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertArticleUnlocked } from "../article/update-article-status";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { isValidSubcategory, MQM_CATEGORIES, SEVERITIES, type MqmCategory, type Severity } from "../../qa/mqm";
import { publishLive } from "../live/live-bus";

export interface CreateIssueOptions {
  actor: Actor;
  paragraphId: string;
  start: number;
  end: number;
  category: MqmCategory;
  subcategory?: string | null;
  severity: Severity;
  comment: string;
  findingCheck?: string;
}

/** Flags an issue on a span of a paragraph (source or translation); refused (409) while the article is approved. */
export async function createIssue(options: CreateIssueOptions): Promise<{ id: string; articleId: string }> {
  const { actor, start, end } = options;
  assertCanSomewhere(actor, "issue.create");
  if (!(options.category in MQM_CATEGORIES) || !isValidSubcategory(options.category, options.subcategory)) {
    throw new AppError("issue.invalid-category", "Unknown issue category.", { status: 422 });
  }
  if (!SEVERITIES.includes(options.severity)) throw new AppError("issue.invalid-severity", "Unknown severity.", { status: 422 });
  const created = await db.$transaction(async (tx) => {
    const paragraph = await tx.paragraph.findUnique({ where: { id: options.paragraphId, article: articleWhere(actor, "issue.create") } });
    if (!paragraph) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
    const article = await tx.article.findUniqueOrThrow({ where: { id: paragraph.articleId }, select: { status: true } });
    assertArticleUnlocked(article.status);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > paragraph.text.length) {
      throw new AppError("issue.invalid-span", "Select some text of the paragraph first.", { status: 422 });
    }
    const issue = await tx.issue.create({
      data: {
        articleId: paragraph.articleId,
        paragraphId: paragraph.id,
        start,
        end,
        quote: paragraph.text.slice(start, end),
        category: options.category,
        subcategory: options.subcategory || null,
        severity: options.severity,
        comment: options.comment.trim(),
        findingCheck: options.findingCheck ?? null,
        authorName: actor.name,
        authorId: actor.userId,
      },
    });
    await recordAudit(tx, {
      actor,
      articleId: paragraph.articleId,
      action: "issue.create",
      entityType: "issue",
      entityId: issue.id,
      details: { quote: issue.quote, category: issue.category, subcategory: issue.subcategory, severity: issue.severity },
    });
    await refreshArticleSummary(tx, paragraph.articleId);
    return { id: issue.id, articleId: paragraph.articleId };
  });
  publishLive(created.articleId, "issue", { ids: [created.id], actor });
  return created;
}
