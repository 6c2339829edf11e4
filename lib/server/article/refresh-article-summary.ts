import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { scoreFindings } from "../../qa/score";
import type { Severity } from "../../qa/mqm";
import { sourceWordCount } from "./get-article-review";
import { reindexArticleSearch } from "../search/article-search-index";

/**
 * Version of the summary computation below. Articles whose summaryVersion is lower (0 right after the migration
 * that added the columns) are recomputed at start-up (recomputeStaleSummaries); raise it when the computation
 * changes. Versions 1 and 2 also (re)write the article's full-text documents (version 2: the rowid layout of
 * migration 20261202091000_fulltext_keys).
 */
export const SUMMARY_VERSION = 2;

export interface TArticleSummary {
  rowCount: number;
  reviewedCount: number;
  sourceWords: number;
  openIssues: number;
  openCritical: number;
  openMajor: number;
  openMinor: number;
  openFindings: number;
  score: number;
  passes: boolean;
}

export interface RefreshArticleSummaryOptions {
  /**
   * Recount the source words (a source paragraph was added, changed, excluded or restored). Otherwise the stored
   * count is kept, unless the summary was never computed. Counting reads the source texts; the other columns are
   * counted by the database.
   */
  words?: boolean;
  /**
   * Rewrite the article's full-text documents. Default: only when the summary is older than SUMMARY_VERSION; a
   * new article, already indexed by createArticle, passes false.
   */
  search?: boolean;
}

type CountValue = bigint | number | null;

/**
 * Recomputes an article's summary columns (list, filters, sorting) from its rows, issues, findings and decisions,
 * inside the caller's write transaction, so the list never disagrees with the review page. One aggregate query
 * (each part on an index by articleId), the word count only when asked, one UPDATE that leaves updatedAt alone
 * (a review mark or a QA run is not an edit of the article). The score is the review page's: lib/qa/score.ts over
 * the open issues and the source words of the paragraphs that are not excluded.
 */
export async function refreshArticleSummary(tx: Tx, articleId: string, options: RefreshArticleSummaryOptions = {}): Promise<TArticleSummary | null> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { sourceLang: true, passThreshold: true, sourceWords: true, summaryVersion: true } });
  if (!article) return null;
  // Enum values are written in the SQL text (PostgreSQL compares an enum column with a literal, not with a text parameter).
  const [counts] = await tx.$queryRaw<Array<Record<"rowCount" | "reviewedCount" | "openIssues" | "openCritical" | "openMajor" | "openMinor" | "openFindings", CountValue>>>`
    SELECT
      (SELECT COUNT(*) FROM "AlignmentRow" WHERE "articleId" = ${articleId}) AS "rowCount",
      (SELECT COUNT(*) FROM "AlignmentRow" WHERE "articleId" = ${articleId} AND "reviewed" = TRUE) AS "reviewedCount",
      (SELECT COUNT(*) FROM "Issue" WHERE "articleId" = ${articleId} AND "status" = 'open') AS "openIssues",
      (SELECT COUNT(*) FROM "Issue" WHERE "articleId" = ${articleId} AND "status" = 'open' AND "severity" = 'critical') AS "openCritical",
      (SELECT COUNT(*) FROM "Issue" WHERE "articleId" = ${articleId} AND "status" = 'open' AND "severity" = 'major') AS "openMajor",
      (SELECT COUNT(*) FROM "Issue" WHERE "articleId" = ${articleId} AND "status" = 'open' AND "severity" = 'minor') AS "openMinor",
      (SELECT COUNT(*) FROM "Finding" f WHERE f."articleId" = ${articleId}
         AND NOT EXISTS (SELECT 1 FROM "FindingDecision" d WHERE d."articleId" = f."articleId" AND d."fingerprint" = f."fingerprint")) AS "openFindings"`;
  const n = (key: keyof NonNullable<typeof counts>) => Number(counts?.[key] ?? 0);
  let sourceWords = article.sourceWords;
  if (options.words || article.summaryVersion < SUMMARY_VERSION) {
    const paragraphs = await tx.paragraph.findMany({ where: { articleId, side: "source", excluded: false }, select: { id: true, version: true, text: true, side: true, excluded: true } });
    sourceWords = sourceWordCount(paragraphs, article.sourceLang);
  }
  const openCritical = n("openCritical");
  const openMajor = n("openMajor");
  const openMinor = n("openMinor");
  // The same function the review page scores with (neutral issues weigh nothing).
  const counted: Array<{ severity: Severity }> = [
    ...Array.from({ length: openCritical }, () => ({ severity: "critical" as const })),
    ...Array.from({ length: openMajor }, () => ({ severity: "major" as const })),
    ...Array.from({ length: openMinor }, () => ({ severity: "minor" as const })),
  ];
  const score = scoreFindings(counted, sourceWords, article.passThreshold);
  const summary: TArticleSummary = {
    rowCount: n("rowCount"),
    reviewedCount: n("reviewedCount"),
    sourceWords,
    openIssues: n("openIssues"),
    openCritical,
    openMajor,
    openMinor,
    openFindings: n("openFindings"),
    score: score.quality,
    passes: score.pass,
  };
  if (options.search ?? article.summaryVersion < SUMMARY_VERSION) await reindexArticleSearch(tx, articleId);
  // Raw UPDATE: Prisma would also move updatedAt (@updatedAt), which the list sorts by.
  await tx.$executeRaw`
    UPDATE "Article" SET
      "rowCount" = ${summary.rowCount}, "reviewedCount" = ${summary.reviewedCount}, "sourceWords" = ${summary.sourceWords},
      "openIssues" = ${summary.openIssues}, "openCritical" = ${summary.openCritical}, "openMajor" = ${summary.openMajor},
      "openMinor" = ${summary.openMinor}, "openFindings" = ${summary.openFindings}, "score" = ${summary.score},
      "passes" = ${summary.passes ? Prisma.sql`TRUE` : Prisma.sql`FALSE`}, "summaryVersion" = ${SUMMARY_VERSION}
    WHERE "id" = ${articleId}`;
  return summary;
}

/**
 * Recomputes, in batches of `batchSize` articles per transaction, every article whose summary is older than
 * SUMMARY_VERSION (start-up, after a migration). Returns how many were recomputed.
 */
export async function recomputeStaleSummaries(client: { $transaction: <T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }) => Promise<T>; article: Tx["article"] }, batchSize = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const stale = await client.article.findMany({ where: { summaryVersion: { lt: SUMMARY_VERSION } }, select: { id: true }, orderBy: { id: "asc" }, take: batchSize });
    if (stale.length === 0) return done;
    await client.$transaction(
      async (tx) => {
        for (const { id } of stale) await refreshArticleSummary(tx, id, { words: true });
      },
      { timeout: 120_000 },
    );
    done += stale.length;
  }
}
