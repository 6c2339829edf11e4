import "server-only";
import { touchArticles } from "../article/touch-article";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { articleOfParagraph, awaitQaWithinBudget, beginArticleWrite, scheduleArticleQa } from "../qa/article-qa";
import { getParagraphDto, type TParagraphDto } from "../article/get-article-review";
import { computeEdits, rebaseSpan } from "../../text/span-rebase";
import { indexParagraphText } from "../search/article-search-index";
import { publishLive } from "../live/live-bus";

export const MAX_PARAGRAPH_LENGTH = 20_000;

export interface UpdateParagraphTextOptions {
  actor: Actor;
  paragraphId: string;
  /** The version the editor started from: a save based on an older version is refused. */
  expectedVersion: number;
  text: string;
  kind?: "edit" | "suggestion" | "apply-all";
  note?: string;
  /**
   * Wait for the QA run of this save (up to the budget) before answering: the review page does, to show fresh
   * findings. The REST API does not (its answer carries no findings): the run is scheduled and coalesced all the same.
   */
  awaitQa?: boolean;
}

/** Saves a paragraph's new text inside a transaction (used by single edits and bulk fixes). */
export async function updateParagraphTextInTx(tx: Tx, options: UpdateParagraphTextOptions): Promise<{ version: number; changed: boolean; articleId: string }> {
  const permission = options.kind === "edit" || !options.kind ? "paragraph.edit" : "finding.apply";
  assertCanSomewhere(options.actor, permission);
  const text = options.text.replace(/\r\n?|\n/g, " ").trim();
  if (!text) throw new AppError("paragraph.empty", "A paragraph cannot be empty. To leave it out of the corrected article, use Exclude.", { status: 422 });
  if (text.length > MAX_PARAGRAPH_LENGTH) throw new AppError("paragraph.too-long", "The paragraph is too long.", { status: 422, params: { max: MAX_PARAGRAPH_LENGTH } });
  // One read for the paragraph and its article's status: the write lock is held for as few statements as possible.
  const found = await tx.paragraph.findUnique({
    where: { id: options.paragraphId, article: articleWhere(options.actor, permission) },
    include: { article: { select: { status: true } } },
  });
  if (!found) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
  const { article, ...paragraph } = found;
  if (paragraph.side !== "target") throw new AppError("paragraph.source-readonly", "Only translation paragraphs can be edited.", { status: 422 });
  if (article.status === "approved" || article.status === "published") {
    throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
  }
  if (paragraph.version !== options.expectedVersion) {
    throw new AppError("paragraph.conflict", "Someone saved this paragraph after you started editing.", {
      status: 409,
      details: { currentText: paragraph.text, currentVersion: paragraph.version },
    });
  }
  if (paragraph.text === text) return { version: paragraph.version, changed: false, articleId: paragraph.articleId };

  // The version condition makes the write itself refuse a concurrent save that slipped in since the read.
  const updated = await tx.paragraph.updateMany({
    where: { id: paragraph.id, version: options.expectedVersion },
    data: { text, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const current = await tx.paragraph.findUniqueOrThrow({ where: { id: paragraph.id } });
    throw new AppError("paragraph.conflict", "Someone saved this paragraph after you started editing.", {
      status: 409,
      details: { currentText: current.text, currentVersion: current.version },
    });
  }
  const version = paragraph.version + 1;
  await tx.revision.create({
    data: { paragraphId: paragraph.id, version, before: paragraph.text, after: text, authorName: options.actor.name, authorId: options.actor.userId, kind: options.kind ?? "edit", note: options.note || null },
  });

  // Issue spans follow the text, or are marked outdated when their own characters changed.
  const issues = await tx.issue.findMany({ where: { paragraphId: paragraph.id, outdated: false } });
  const edits = computeEdits(paragraph.text, text);
  for (const issue of issues) {
    const moved = rebaseSpan(paragraph.text, text, issue.start, issue.end, edits);
    if (!moved) await tx.issue.update({ where: { id: issue.id }, data: { outdated: true } });
    else if (moved.start !== issue.start) await tx.issue.update({ where: { id: issue.id }, data: { start: moved.start, end: moved.end } });
  }
  await recordAudit(tx, {
    actor: options.actor,
    articleId: paragraph.articleId,
    action: "paragraph.edit",
    entityType: "paragraph",
    entityId: paragraph.id,
    details: { version, kind: options.kind ?? "edit", before: paragraph.text, after: text },
  });
  await indexParagraphText(tx, paragraph.articleId, paragraph.id, text);
  // The article's row is not written here: callers mark the article changed after their commit (touchArticles), so
  // saves of other paragraphs of this article do not queue behind this transaction for its row lock. A text save
  // changes no summary column (only translation paragraphs are edited; issue counts stay).
  return { version, changed: true, articleId: paragraph.articleId };
}

/**
 * Saves a corrected translation paragraph as a new revision; refuses stale versions (409 with the newer text).
 * The transaction writes only the text, revision, issue spans and audit entry; QA of the saved row (and the
 * article-wide checks) runs afterwards in a worker, and the save waits for it up to the QA time budget
 * (getReviewState then has fresh findings, or says QA is pending).
 */
export async function updateParagraphText(options: UpdateParagraphTextOptions): Promise<{ version: number; articleId: string; paragraph: TParagraphDto }> {
  // Saves under way hold back the article's next QA run, so saves arriving together are checked together.
  const articleId = articleOfParagraph(options.paragraphId) ?? (await db.paragraph.findUnique({ where: { id: options.paragraphId }, select: { articleId: true } }))?.articleId;
  const endWrite = articleId ? beginArticleWrite(articleId) : () => undefined;
  let result: Awaited<ReturnType<typeof updateParagraphTextInTx>>;
  try {
    result = await db.$transaction((tx) => updateParagraphTextInTx(tx, options));
  } catch (error) {
    endWrite();
    throw error;
  }
  if (result.changed) {
    await touchArticles([result.articleId]).catch((error: unknown) => console.error("tadqiq: marking the article changed failed:", error));
    publishLive(result.articleId, "paragraph", { ids: [options.paragraphId], version: result.version, actor: options.actor });
  }
  const qa = result.changed ? scheduleArticleQa(result.articleId, { paragraphIds: [options.paragraphId] }) : null;
  endWrite();
  if (qa && options.awaitQa !== false) await awaitQaWithinBudget(qa);
  const paragraph = await getParagraphDto(options.paragraphId);
  return { version: result.version, articleId: result.articleId, paragraph };
}
