import "server-only";
import { touchArticleAfterSave } from "../article/touch-article";
import type { Actor } from "../actor";
import { randomUUID } from "node:crypto";
import { assertCanSomewhere, canOnArticle } from "../access/article-access";
import { db, dbProvider, type Tx } from "../db";
import { AppError } from "../errors";
import { AUDIT_ENTRY_COLUMNS, auditEntryValues } from "../audit/record-audit";
import { articleOfParagraph, awaitQaWithinBudget, beginArticleWrite, scheduleArticleQa } from "../qa/article-qa";
import { getParagraphDto, type TParagraphDto } from "../article/get-article-review";
import { computeEdits, rebaseSpan } from "../../text/span-rebase";
import { indexParagraphText, postgresParagraphDocumentUpsert } from "../search/article-search-index";
import { Prisma } from "../../generated/prisma/client";
import { sqlTyped } from "../raw-sql";
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

/** What a save reads of its paragraph and article (raw SQL: integers may come back as bigint on SQLite). */
interface SavedParagraphRow {
  id: string;
  articleId: string;
  side: string;
  position: number | bigint;
  text: string;
  version: number | bigint;
  status: string;
  sourceLang: string;
  targetLang: string;
  /** one open issue of the paragraph per row (null: none) */
  issueId: string | null;
  issueStart: number | bigint | null;
  issueEnd: number | bigint | null;
}

/** The columns of a revision, in the order the save binds them. */
const REVISION_COLUMNS = Prisma.sql`("id", "paragraphId", "version", "before", "after", "authorName", "authorId", "kind", "note", "createdAt")`;

/** Saves a paragraph's new text inside a transaction (used by single edits and bulk fixes). */
export async function updateParagraphTextInTx(tx: Tx, options: UpdateParagraphTextOptions): Promise<SaveResult> {
  const result = await writeParagraphText(tx, options, false);
  if (result === "needs-transaction") throw new Error("unreachable: a save inside a transaction needs no other");
  return result;
}

interface SaveResult {
  version: number;
  changed: boolean;
  articleId: string;
}

/**
 * The save. `standalone` (PostgreSQL, outside any transaction): the write is one statement, atomic by itself and
 * guarded by the version and the article's state, which also moves the article's "last change" time; a paragraph
 * with open issues (whose spans must move in the same transaction) answers "needs-transaction" before writing.
 */
async function writeParagraphText(tx: Tx, options: UpdateParagraphTextOptions, standalone: boolean): Promise<SaveResult | "needs-transaction"> {
  const permission = options.kind === "edit" || !options.kind ? "paragraph.edit" : "finding.apply";
  assertCanSomewhere(options.actor, permission);
  const text = options.text.replace(/\r\n?|\n/g, " ").trim();
  if (!text) throw new AppError("paragraph.empty", "A paragraph cannot be empty. To leave it out of the corrected article, use Exclude.", { status: 422 });
  if (text.length > MAX_PARAGRAPH_LENGTH) throw new AppError("paragraph.too-long", "The paragraph is too long.", { status: 422, params: { max: MAX_PARAGRAPH_LENGTH } });
  // One read for the paragraph, its article's status and language pair (the access check) and its open issues (one
  // row per issue). The hot path of every save is plain SQL: a Prisma model query costs about three times the CPU of
  // the same raw statement, which decides how many editors one instance serves at once.
  const rows = await tx.$queryRaw<SavedParagraphRow[]>`
    SELECT p."id", p."articleId", CAST(p."side" AS TEXT) AS "side", p."position", p."text", p."version",
           CAST(a."status" AS TEXT) AS "status", a."sourceLang", a."targetLang",
           i."id" AS "issueId", i."start" AS "issueStart", i."end" AS "issueEnd"
    FROM "Paragraph" p JOIN "Article" a ON a."id" = p."articleId"
    LEFT JOIN "Issue" i ON i."paragraphId" = p."id" AND NOT i."outdated"
    WHERE p."id" = ${options.paragraphId}`;
  const found = rows[0];
  // Outside the actor's reach is "not found", as articleWhere's lookups answer.
  if (!found || !canOnArticle(options.actor, permission, found)) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
  const paragraph = { id: found.id, articleId: found.articleId, side: found.side, position: Number(found.position), text: found.text, version: Number(found.version), status: found.status };
  if (paragraph.side !== "target") throw new AppError("paragraph.source-readonly", "Only translation paragraphs can be edited.", { status: 422 });
  if (paragraph.status === "approved" || paragraph.status === "published") {
    throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
  }
  if (paragraph.version !== options.expectedVersion) {
    throw new AppError("paragraph.conflict", "Someone saved this paragraph after you started editing.", {
      status: 409,
      details: { currentText: paragraph.text, currentVersion: paragraph.version },
    });
  }
  if (paragraph.text === text) return { version: paragraph.version, changed: false, articleId: paragraph.articleId };
  const issues = rows.flatMap((row) => (row.issueId ? [{ id: row.issueId, start: Number(row.issueStart), end: Number(row.issueEnd) }] : []));
  if (standalone && issues.length > 0) return "needs-transaction";

  const version = paragraph.version + 1;
  const kind = options.kind ?? "edit";
  const revision = Prisma.sql`${randomUUID()}, ${paragraph.id}, ${sqlTyped(version, "integer")}, ${paragraph.text}, ${text}, ${options.actor.name}, ${options.actor.userId}, ${kind}, ${options.note || null}, ${sqlTyped(new Date(), "timestamp")}`;
  const audit = auditEntryValues({
    actor: options.actor,
    articleId: paragraph.articleId,
    action: "paragraph.edit",
    entityType: "paragraph",
    entityId: paragraph.id,
    details: { version, kind, before: paragraph.text, after: text },
  });
  // The version condition makes the write itself refuse a concurrent save that slipped in since the read; the
  // revision, audit entry and search document are written only with it.
  let updated: number;
  if (dbProvider === "postgresql") {
    // One statement (one round trip) for the text, revision, audit entry and search document, also guarded by the
    // article's state (standalone, an approval may have committed since the read).
    const editable = Prisma.sql`EXISTS (SELECT 1 FROM "Article" WHERE "id" = ${paragraph.articleId} AND "status" IN ('draft', 'in_review'))`;
    const [row] = await tx.$queryRaw<Array<{ updated: number | bigint }>>`
      WITH u AS (UPDATE "Paragraph" SET "text" = ${text}, "version" = "version" + 1 WHERE "id" = ${paragraph.id} AND "version" = ${options.expectedVersion} AND ${editable} RETURNING "id"),
           r AS (INSERT INTO "Revision" ${REVISION_COLUMNS} SELECT ${revision} FROM u),
           a AS (INSERT INTO "AuditEntry" ${AUDIT_ENTRY_COLUMNS} SELECT ${audit} FROM u),
           f AS (${postgresParagraphDocumentUpsert(paragraph.articleId, paragraph.id, text, Prisma.sql`u`)})
      SELECT COUNT(*) AS "updated" FROM u`;
    updated = Number(row!.updated);
  } else {
    updated = await tx.$executeRaw`UPDATE "Paragraph" SET "text" = ${text}, "version" = "version" + 1 WHERE "id" = ${paragraph.id} AND "version" = ${options.expectedVersion}`;
    if (updated === 1) {
      await tx.$executeRaw`INSERT INTO "Revision" ${REVISION_COLUMNS} VALUES (${revision})`;
      await tx.$executeRaw`INSERT INTO "AuditEntry" ${AUDIT_ENTRY_COLUMNS} VALUES (${audit})`;
      await indexParagraphText(tx, paragraph.articleId, paragraph.id, text, paragraph);
    }
  }
  if (updated !== 1) {
    const current = await tx.paragraph.findUniqueOrThrow({ where: { id: paragraph.id }, include: { article: { select: { status: true } } } });
    if (current.article.status === "approved" || current.article.status === "published") {
      throw new AppError("article.locked", "Approved articles are read-only: reopen the review first.", { status: 409 });
    }
    throw new AppError("paragraph.conflict", "Someone saved this paragraph after you started editing.", {
      status: 409,
      details: { currentText: current.text, currentVersion: current.version },
    });
  }

  // Issue spans follow the text, or are marked outdated when their own characters changed.
  const edits = issues.length > 0 ? computeEdits(paragraph.text, text) : [];
  for (const issue of issues) {
    const moved = rebaseSpan(paragraph.text, text, issue.start, issue.end, edits);
    if (!moved) await tx.issue.update({ where: { id: issue.id }, data: { outdated: true } });
    else if (moved.start !== issue.start) await tx.issue.update({ where: { id: issue.id }, data: { start: moved.start, end: moved.end } });
  }
  // The article's row is not written here: callers mark the article changed after their commit (touchArticles), so
  // saves of other paragraphs of this article do not queue on its row lock. A text save changes no summary column
  // (only translation paragraphs are edited; issue counts stay).
  return { version, changed: true, articleId: paragraph.articleId };
}

/**
 * Saves a corrected translation paragraph as a new revision; refuses stale versions (409 with the newer text).
 * The transaction writes only the text, revision, issue spans and audit entry; QA of the saved row (and the
 * article-wide checks) runs afterwards in a worker, and the save waits for it up to the QA time budget unless
 * `awaitQa` is false (getReviewState then has fresh findings, or says QA is pending).
 */
export async function saveParagraphText(options: UpdateParagraphTextOptions): Promise<{ version: number; articleId: string }> {
  // Saves under way hold back the article's next QA run, so saves arriving together are checked together.
  const articleId = articleOfParagraph(options.paragraphId) ?? (await db.paragraph.findUnique({ where: { id: options.paragraphId }, select: { articleId: true } }))?.articleId;
  const endWrite = articleId ? beginArticleWrite(articleId) : () => undefined;
  let result: SaveResult;
  try {
    // PostgreSQL: one statement outside a transaction (fewer round trips per save), unless issue spans must move too.
    const standalone = dbProvider === "postgresql" ? await writeParagraphText(db, options, true) : "needs-transaction";
    result = standalone !== "needs-transaction" ? standalone : await db.$transaction((tx) => updateParagraphTextInTx(tx, options));
  } catch (error) {
    endWrite();
    throw error;
  }
  if (result.changed) {
    await touchArticleAfterSave(result.articleId).catch((error: unknown) => console.error("tadqiq: marking the article changed failed:", error));
    publishLive(result.articleId, "paragraph", { ids: [options.paragraphId], version: result.version, actor: options.actor });
  }
  const qa = result.changed ? scheduleArticleQa(result.articleId, { paragraphIds: [options.paragraphId] }) : null;
  endWrite();
  if (qa && options.awaitQa !== false) await awaitQaWithinBudget(qa);
  return { version: result.version, articleId: result.articleId };
}

/** saveParagraphText, answering with the saved paragraph as the review page shows it (its text and revision count). */
export async function updateParagraphText(options: UpdateParagraphTextOptions): Promise<{ version: number; articleId: string; paragraph: TParagraphDto }> {
  const saved = await saveParagraphText(options);
  return { ...saved, paragraph: await getParagraphDto(options.paragraphId) };
}
