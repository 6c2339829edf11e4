import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { runArticleQaAfterWrite } from "../qa/article-qa";
import type { TParagraphDto } from "../article/get-article-review";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { publishLive } from "../live/live-bus";

export interface SetParagraphExcludedOptions {
  actor: Actor;
  paragraphId: string;
  /** true leaves the paragraph out of the corrected article, false brings it back. */
  excluded: boolean;
  /** The version the caller saw; when given, a change based on an older version is refused like a stale save. */
  expectedVersion?: number;
  /** Why (kept on the revision), e.g. the QA message when an applied suggestion excluded the paragraph. */
  note?: string;
  /** What triggered the change, kept in the audit entry ("finding" when an applied suggestion excluded it). */
  via?: "finding";
}

export interface TSetParagraphExcludedResult {
  articleId: string;
  /** The paragraph's version after the call (unchanged when it was already in the requested state). */
  version: number;
  /** false when the paragraph was already excluded (or already included): nothing was written. */
  changed: boolean;
  paragraph: TParagraphDto;
}

function conflict(current: { text: string; version: number; excluded: boolean }): AppError {
  return new AppError("paragraph.conflict", "Someone saved this paragraph after you started editing.", {
    status: 409,
    details: { currentText: current.text, currentVersion: current.version, currentExcluded: current.excluded },
  });
}

/**
 * Excludes a translation paragraph from the corrected article, or restores it, inside a transaction: a new version,
 * a revision (kind "exclude" or "restore", text unchanged) and an audit entry. The caller re-checks findings.
 */
export async function setParagraphExcludedInTx(tx: Tx, options: SetParagraphExcludedOptions): Promise<TSetParagraphExcludedResult> {
  assertCanSomewhere(options.actor, "paragraph.edit");
  const paragraph = await tx.paragraph.findUnique({ where: { id: options.paragraphId, article: articleWhere(options.actor, "paragraph.edit") }, include: { _count: { select: { revisions: true } } } });
  if (!paragraph) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
  if (paragraph.side !== "target") throw new AppError("paragraph.source-readonly", "Only translation paragraphs can be edited.", { status: 422 });
  const article = await tx.article.findUniqueOrThrow({ where: { id: paragraph.articleId }, select: { status: true } });
  if (article.status === "approved" || article.status === "published") {
    throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
  }
  const dto = (version: number, excluded: boolean, revisionCount: number): TParagraphDto => ({
    id: paragraph.id,
    side: "target",
    position: paragraph.position,
    text: paragraph.text,
    originalText: paragraph.originalText,
    version,
    revisionCount,
    excluded,
  });
  // Already in the requested state: the caller's intent holds and nothing would be overwritten.
  if (paragraph.excluded === options.excluded) {
    return { articleId: paragraph.articleId, version: paragraph.version, changed: false, paragraph: dto(paragraph.version, paragraph.excluded, paragraph._count.revisions) };
  }
  if (options.expectedVersion !== undefined && paragraph.version !== options.expectedVersion) throw conflict(paragraph);

  // The version condition makes the write itself refuse a concurrent change that slipped in since the read.
  const updated = await tx.paragraph.updateMany({
    where: { id: paragraph.id, version: paragraph.version },
    data: { excluded: options.excluded, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw conflict(await tx.paragraph.findUniqueOrThrow({ where: { id: paragraph.id } }));
  const version = paragraph.version + 1;
  const kind = options.excluded ? "exclude" : "restore";
  await tx.revision.create({
    data: {
      paragraphId: paragraph.id,
      version,
      before: paragraph.text,
      after: paragraph.text,
      authorName: options.actor.name,
      authorId: options.actor.userId,
      kind,
      note: options.note || null,
    },
  });
  await recordAudit(tx, {
    actor: options.actor,
    articleId: paragraph.articleId,
    action: `paragraph.${kind}`,
    entityType: "paragraph",
    entityId: paragraph.id,
    details: { version, text: paragraph.text, ...(options.via ? { via: options.via } : {}) },
  });
  await tx.article.update({ where: { id: paragraph.articleId }, data: { updatedAt: new Date() } });
  // Only translation paragraphs are excluded: the source word count (the score's base) does not change.
  await refreshArticleSummary(tx, paragraph.articleId);
  return { articleId: paragraph.articleId, version, changed: true, paragraph: dto(version, options.excluded, paragraph._count.revisions + 1) };
}

/**
 * Leaves a translation paragraph out of the corrected article (web-page chrome, a repeated headline) or brings it
 * back. Nothing is deleted: the text stays, the change is a revision in the paragraph's history and can be undone.
 */
export async function setParagraphExcluded(options: SetParagraphExcludedOptions): Promise<TSetParagraphExcludedResult> {
  const result = await db.$transaction((tx) => setParagraphExcludedInTx(tx, options));
  if (result.changed) publishLive(result.articleId, "paragraph", { ids: [options.paragraphId], version: result.version, actor: options.actor });
  // Excluding renumbers the checked paragraphs: the whole article is re-checked, after the write, in a worker.
  if (result.changed) await runArticleQaAfterWrite(result.articleId, "all");
  return result;
}
