import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createArticle } from "../../lib/server/article/create-article";
import { getArticleReview } from "../../lib/server/article/get-article-review";
import { listArticles } from "../../lib/server/article/list-articles";
import { recomputeStaleSummaries } from "../../lib/server/article/refresh-article-summary";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { repairRows } from "../../lib/server/row/repair-rows";
import { createIssue } from "../../lib/server/issue/create-issue";
import { updateIssueStatus } from "../../lib/server/issue/update-issue-status";
import { decideFinding } from "../../lib/server/finding/decide-finding";
import { updateArticleThreshold } from "../../lib/server/article/update-article-threshold";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { setParagraphExcluded } from "../../lib/server/paragraph/set-paragraph-excluded";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import { deleteArticleSearch } from "../../lib/server/search/article-search-index";
import { databaseProvider } from "../../lib/server/database-url";

// The summary columns of Article are kept current inside every write transaction that changes them. Each path below
// first spoils the stored columns with a raw UPDATE, then acts: only a refresh inside that path puts them right.

const editor: Actor = { userId: null, name: "Editor", role: "admin" };
let articleId: string;

const SOURCE = ["قال الوزير إن النمو بلغ 3 بالمئة في عام 2024.", "وأضاف أن البطالة تراجعت إلى 7 بالمئة.", "وأكد أن الحكومة ستواصل الإصلاحات."];
// "4 percent" against "3 بالمئة": one number-mismatch finding (major).
const TARGET = ["The minister said growth reached 4 percent in 2024.", "He added that unemployment fell to 7 percent.", "He stressed that the government will continue the reforms."];

async function summary() {
  return db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { rowCount: true, reviewedCount: true, sourceWords: true, openIssues: true, openCritical: true, openMajor: true, openMinor: true, openFindings: true, score: true, passes: true, summaryVersion: true },
  });
}

/** Overwrites the stored summary with nonsense (the source word count is only recounted when source texts change). */
async function spoil() {
  await db.$executeRaw`UPDATE "Article" SET "rowCount" = 99, "reviewedCount" = 99, "openIssues" = 99, "openCritical" = 99, "openMajor" = 99, "openMinor" = 99, "openFindings" = 99, "score" = 1, "passes" = FALSE WHERE "id" = ${articleId}`;
}

/** How many full-text documents the article has (SQLite: rowids of its key; PostgreSQL: rows of its id). */
async function searchDocuments(id: string): Promise<number> {
  const [row] =
    databaseProvider() === "sqlite"
      ? await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM fts_article WHERE rowid / 4096 = (SELECT "key" FROM fts_article_key WHERE "articleId" = ${id})`
      : await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM fts_article WHERE "articleId" = ${id}`;
  return Number(row!.n);
}

async function targetParagraph(position: number) {
  return db.paragraph.findFirstOrThrow({ where: { articleId, side: "target", position } });
}

async function issueOn(position: number, severity: "minor" | "major" | "critical") {
  const paragraph = await targetParagraph(position);
  return createIssue({ actor: editor, paragraphId: paragraph.id, start: 0, end: 3, category: "accuracy", severity, comment: severity });
}

beforeAll(async () => {
  articleId = (await createArticle({ actor: editor, title: "Growth report", sourceLang: "ar", targetLang: "en", sourceParagraphs: SOURCE, targetParagraphs: TARGET })).id;
  await settleArticleQa(articleId);
});

describe("summary columns", () => {
  it("import fills them: 3 rows, 22 source words, the number finding, no issues, score 100", async () => {
    expect(await summary()).toEqual({ rowCount: 3, reviewedCount: 0, sourceWords: 22, openIssues: 0, openCritical: 0, openMajor: 0, openMinor: 0, openFindings: 1, score: 100, passes: true, summaryVersion: 2 });
  });

  it("a review mark counts the row, and leaves updatedAt alone", async () => {
    const before = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).updatedAt;
    const row = await db.alignmentRow.findFirstOrThrow({ where: { articleId, position: 0 } });
    await spoil();
    await setRowReviewed({ actor: editor, rowId: row.id, reviewed: true });
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 1, sourceWords: 22, openFindings: 1, score: 100, passes: true });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).updatedAt).toEqual(before);
    await spoil();
    await setRowReviewed({ actor: editor, rowId: row.id, reviewed: false });
    expect((await summary()).reviewedCount).toBe(0);
    await setRowReviewed({ actor: editor, rowId: row.id, reviewed: true });
  });

  it("issues: create, resolve, reopen, dismiss change the counts and the score (5 points over 250 words = 98)", async () => {
    await spoil();
    const major = await issueOn(1, "major");
    expect(await summary()).toMatchObject({ openIssues: 1, openCritical: 0, openMajor: 1, openMinor: 0, score: 98, passes: false });
    await spoil();
    await issueOn(1, "minor");
    expect(await summary()).toMatchObject({ openIssues: 2, openMajor: 1, openMinor: 1, score: 97.6, passes: false });
    await spoil();
    const critical = await issueOn(2, "critical");
    expect(await summary()).toMatchObject({ openIssues: 3, openCritical: 1, openMajor: 1, openMinor: 1, score: 87.6, passes: false });
    await spoil();
    await updateIssueStatus({ actor: editor, issueId: critical.id, status: "resolved" });
    expect(await summary()).toMatchObject({ openIssues: 2, openCritical: 0, score: 97.6 });
    await spoil();
    await updateIssueStatus({ actor: editor, issueId: critical.id, status: "open" });
    expect(await summary()).toMatchObject({ openIssues: 3, openCritical: 1, score: 87.6 });
    await spoil();
    await updateIssueStatus({ actor: editor, issueId: critical.id, status: "dismissed", reason: "not an error" });
    expect(await summary()).toMatchObject({ openIssues: 2, openCritical: 0, openMajor: 1, openMinor: 1, score: 97.6, passes: false });
    await spoil();
    await updateIssueStatus({ actor: editor, issueId: major.id, status: "resolved" });
    expect(await summary()).toMatchObject({ openIssues: 1, openMajor: 0, openMinor: 1, score: 99.6, passes: true });
  });

  it("the pass threshold decides passes", async () => {
    await spoil();
    await updateArticleThreshold({ actor: editor, articleId, threshold: 99.8 });
    expect(await summary()).toMatchObject({ score: 99.6, passes: false });
    await spoil();
    await updateArticleThreshold({ actor: editor, articleId, threshold: 99 });
    expect(await summary()).toMatchObject({ score: 99.6, passes: true });
  });

  it("finding decisions: dismiss and undo change open findings; accepting turns it into an open major issue", async () => {
    const finding = await db.finding.findFirstOrThrow({ where: { articleId, check: "number-mismatch" } });
    await spoil();
    await decideFinding({ actor: editor, findingId: finding.id, decision: "dismissed", reason: "rounded" });
    expect(await summary()).toMatchObject({ openFindings: 0, openIssues: 1, score: 99.6 });
    await spoil();
    await decideFinding({ actor: editor, findingId: finding.id, decision: "undo" });
    expect(await summary()).toMatchObject({ openFindings: 1, openIssues: 1 });
    await spoil();
    await decideFinding({ actor: editor, findingId: finding.id, decision: "accepted" });
    expect(await summary()).toMatchObject({ openFindings: 0, openIssues: 2, openMajor: 1, openMinor: 1, score: 97.6, passes: false });
    await spoil();
    await decideFinding({ actor: editor, findingId: finding.id, decision: "undo" });
    expect(await summary()).toMatchObject({ openFindings: 1, openIssues: 1, openMajor: 0, score: 99.6, passes: true });
  });

  it("a save refreshes them in its transaction, and the QA run after it (the finding goes away)", async () => {
    const paragraph = await targetParagraph(0);
    await spoil();
    await updateParagraphText({ actor: editor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "The minister said growth reached 3 percent in 2024." });
    await settleArticleQa(articleId);
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 1, sourceWords: 22, openFindings: 0, openIssues: 1, score: 99.6 });
  });

  it("excluding and restoring a translation paragraph keep the source word count", async () => {
    const paragraph = await targetParagraph(2);
    await spoil();
    await setParagraphExcluded({ actor: editor, paragraphId: paragraph.id, excluded: true });
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 1, sourceWords: 22, openIssues: 1 });
    await spoil();
    await setParagraphExcluded({ actor: editor, paragraphId: paragraph.id, excluded: false });
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 1, sourceWords: 22, openIssues: 1 });
  });

  it("row repair: merging the reviewed first row with the next leaves 2 rows, none reviewed; splitting makes 3 again", async () => {
    const first = await db.alignmentRow.findFirstOrThrow({ where: { articleId, position: 0 } });
    await spoil();
    await repairRows({ actor: editor, articleId, repair: { kind: "merge", rowId: first.id } });
    await settleArticleQa(articleId);
    expect(await summary()).toMatchObject({ rowCount: 2, reviewedCount: 0, sourceWords: 22 });
    const merged = await db.alignmentRow.findFirstOrThrow({ where: { articleId, position: 0 } });
    await spoil();
    await repairRows({ actor: editor, articleId, repair: { kind: "split", rowId: merged.id } });
    await settleArticleQa(articleId);
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 0, sourceWords: 22 });
  });

  it("the list shows the review page's score for the same article", async () => {
    const review = await getArticleReview({ actor: editor, articleId });
    const item = (await listArticles({ actor: editor, q: "Growth report" })).items.find((a) => a.id === articleId)!;
    expect(item.score).toEqual(review.score);
    expect(item.score).toEqual({ quality: 99.6, threshold: 99, pass: true, penalty: 1, sourceWords: 22, wordBase: 250 });
    expect([item.rowCount, item.reviewedCount, item.openIssues, item.openFindings]).toEqual([3, 0, 1, 0]);
  });

  it("approval marks every row reviewed: reviewedCount = rowCount", async () => {
    const minor = await db.issue.findFirstOrThrow({ where: { articleId, status: "open" } });
    await updateIssueStatus({ actor: editor, issueId: minor.id, status: "resolved" });
    await updateArticleStatus({ actor: editor, articleId, status: "in_review" });
    await spoil();
    await updateArticleStatus({ actor: editor, articleId, status: "approved", acknowledgeWarnings: true });
    expect(await summary()).toMatchObject({ rowCount: 3, reviewedCount: 3, openIssues: 0, score: 100, passes: true });
    await updateArticleStatus({ actor: editor, articleId, status: "in_review" });
  });

  it("start-up recomputes articles whose summary version is old, and rebuilds their search documents", async () => {
    await spoil();
    await db.$executeRaw`UPDATE "Article" SET "summaryVersion" = 0, "sourceWords" = 99 WHERE "id" = ${articleId}`;
    await db.$transaction((tx) => deleteArticleSearch(tx, articleId));
    expect(await searchDocuments(articleId)).toBe(0);
    expect((await listArticles({ actor: editor, q: "unemployment" })).total).toBe(0);
    expect(await recomputeStaleSummaries(db, 10)).toBe(1);
    expect(await summary()).toEqual({ rowCount: 3, reviewedCount: 3, sourceWords: 22, openIssues: 0, openCritical: 0, openMajor: 0, openMinor: 0, openFindings: 0, score: 100, passes: true, summaryVersion: 2 });
    expect((await listArticles({ actor: editor, q: "unemployment" })).items.map((a) => a.id)).toEqual([articleId]);
    // Title (1) and paragraphs (3 + 3) each have one document.
    expect(await searchDocuments(articleId)).toBe(7);
    expect(await recomputeStaleSummaries(db, 10)).toBe(0);
  });
});
