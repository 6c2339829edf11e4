import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";

const reader: Actor = { userId: null, name: "Reader", role: "viewer" };
import { createArticle } from "../../lib/server/article/create-article";
import { getArticleReview } from "../../lib/server/article/get-article-review";
import { listArticles } from "../../lib/server/article/list-articles";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { getParagraphHistory } from "../../lib/server/paragraph/get-paragraph-history";
import { createIssue } from "../../lib/server/issue/create-issue";
import { updateIssueStatus } from "../../lib/server/issue/update-issue-status";
import { addIssueComment } from "../../lib/server/issue/add-issue-comment";
import { repairRows } from "../../lib/server/row/repair-rows";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { updateArticleThreshold } from "../../lib/server/article/update-article-threshold";
import { getExportArticle } from "../../lib/server/article/get-export-article";
import { AppError } from "../../lib/server/errors";
import { sampleParagraphs } from "../support/sample";

const alice: Actor = { userId: null, name: "Alice", role: "editor" };
const bob: Actor = { userId: null, name: "Bob", role: "editor" };
let articleId: string;

function targetParagraph(review: Awaited<ReturnType<typeof getArticleReview>>, position: number) {
  const p = review.rows.flatMap((r) => r.target).find((x) => x.position === position);
  if (!p) throw new Error(`no target paragraph ${position}`);
  return p;
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}

beforeAll(async () => {
  const { source, target } = sampleParagraphs();
  articleId = (await createArticle({ actor: alice, title: "Cairo talks", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target })).id;
});

describe("importing the sample article", () => {
  it("stores every paragraph once, in aligned rows, with the expected pairing", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    expect(review.rows.flatMap((r) => r.source.map((p) => p.position))).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(review.rows.flatMap((r) => r.target.map((p) => p.position))).toEqual(Array.from({ length: 19 }, (_, i) => i));
    const groups = review.rows.map((r) => ({ source: r.source.map((p) => p.position), target: r.target.map((p) => p.position) }));
    expect(groups).toContainEqual({ source: [11, 12], target: [11] });
    expect(groups).toContainEqual({ source: [], target: [17] });
    expect(groups).toContainEqual({ source: [], target: [18] });
    expect(groups).toContainEqual({ source: [13], target: [12] });
  });

  it("computes QA findings on import, including the Naeem spelling", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const naeem = review.findings.find((f) => f.check === "name-consistency" && f.text === "Naeem");
    expect(naeem?.suggestion).toBe("Naim");
    expect(review.findings.some((f) => f.check === "addition")).toBe(true);
  });

  it("lists the article with its counts", async () => {
    const item = (await listArticles({ actor: reader })).items.find((a) => a.id === articleId)!;
    expect(item).toMatchObject({ title: "Cairo talks", sourceLang: "ar", targetLang: "en", status: "draft", reviewedCount: 0, openIssues: 0 });
    expect(item.rowCount).toBe((await getArticleReview({ actor: reader, articleId })).rows.length);
  });

  it("refuses empty texts and unknown languages without writing anything", async () => {
    const before = await db.article.count();
    await expectAppError(createArticle({ actor: alice, sourceLang: "ar", targetLang: "en", sourceParagraphs: ["  "], targetParagraphs: ["x"] }), "text.empty");
    await expectAppError(createArticle({ actor: alice, sourceLang: "xx", targetLang: "en", sourceParagraphs: ["a"], targetParagraphs: ["b"] }), "language.unknown");
    await expectAppError(
      createArticle({ actor: alice, sourceLang: "ar", targetLang: "en", sourceParagraphs: Array.from({ length: 2001 }, (_, i) => `p${i}`), targetParagraphs: ["b"] }),
      "text.too-many-paragraphs",
    );
    await expectAppError(
      createArticle({ actor: alice, sourceLang: "ar", targetLang: "en", sourceParagraphs: ["a", "b"], targetParagraphs: ["c"], alignment: [{ source: [0], target: [0] }] }),
      "alignment.invalid",
    );
    expect(await db.article.count()).toBe(before);
    expect(await db.paragraph.count({ where: { article: { title: "" } } })).toBe(0);
  });
});

describe("editing with history and conflicts", () => {
  it("saves a correction as a revision with who, before and after", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p12 = targetParagraph(review, 12);
    expect(p12.text.startsWith("Naeem")).toBe(true);
    const fixed = p12.text.replace(/^Naeem/, "Naim");
    const { version } = await updateParagraphText({ actor: alice, paragraphId: p12.id, expectedVersion: p12.version, text: fixed });
    expect(version).toBe(p12.version + 1);
    const history = await getParagraphHistory({ actor: reader, paragraphId: p12.id });
    expect(history.text).toBe(fixed);
    expect(history.originalText).toBe(p12.originalText);
    expect(history.revisions[0]).toMatchObject({ version, before: p12.text, after: fixed, authorName: "Alice", kind: "edit" });
    const after = await getArticleReview({ actor: reader, articleId });
    expect(after.findings.some((f) => f.check === "name-consistency" && f.text === "Naeem")).toBe(false);
    const audit = await db.auditEntry.findFirst({ where: { articleId, action: "paragraph.edit", entityId: p12.id } });
    expect(audit?.actorName).toBe("Alice");
  });

  it("refuses a stale save and reports the newer text, writing nothing", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p6 = targetParagraph(review, 6);
    await updateParagraphText({ actor: alice, paragraphId: p6.id, expectedVersion: p6.version, text: p6.text.replace("who requested not to be revealed", "who requested anonymity") });
    const revisionsBefore = await db.revision.count({ where: { paragraphId: p6.id } });
    const error = await expectAppError(updateParagraphText({ actor: bob, paragraphId: p6.id, expectedVersion: p6.version, text: "Bob's overwrite" }), "paragraph.conflict");
    expect(error.status).toBe(409);
    expect(error.details?.currentText).toContain("who requested anonymity");
    expect(error.details?.currentVersion).toBe(p6.version + 1);
    const current = await db.paragraph.findUniqueOrThrow({ where: { id: p6.id } });
    expect(current.text).toContain("who requested anonymity");
    expect(await db.revision.count({ where: { paragraphId: p6.id } })).toBe(revisionsBefore);
  });

  it("lets only one of two concurrent saves from the same version win", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p3 = targetParagraph(review, 3);
    const results = await Promise.allSettled([
      updateParagraphText({ actor: alice, paragraphId: p3.id, expectedVersion: p3.version, text: `${p3.text} (A)` }),
      updateParagraphText({ actor: bob, paragraphId: p3.id, expectedVersion: p3.version, text: `${p3.text} (B)` }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("paragraph.conflict");
  });

  it("refuses empty text and source edits", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p0 = targetParagraph(review, 0);
    await expectAppError(updateParagraphText({ actor: alice, paragraphId: p0.id, expectedVersion: p0.version, text: "   " }), "paragraph.empty");
    const s0 = review.rows[0].source[0];
    await expectAppError(updateParagraphText({ actor: alice, paragraphId: s0.id, expectedVersion: s0.version, text: "x" }), "paragraph.source-readonly");
  });
});

describe("issues on spans", () => {
  it("flags, discusses, resolves and reopens an issue", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p9 = targetParagraph(review, 9);
    const quote = 'Benjamin, "Netanyahu';
    const start = p9.text.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const { id } = await createIssue({ actor: alice, paragraphId: p9.id, start, end: start + quote.length, category: "linguistic", subcategory: "punctuation", severity: "major", comment: "The quote opens inside the name." });
    await addIssueComment({ actor: bob, issueId: id, body: "Agreed, it belongs after Netanyahu." });
    let issue = (await getArticleReview({ actor: reader, articleId })).issues.find((i) => i.id === id)!;
    expect(issue).toMatchObject({ quote, status: "open", severity: "major", outdated: false, side: "target" });
    expect(issue.comments.map((c) => c.authorName)).toEqual(["Bob"]);
    const scoreOpen = (await getArticleReview({ actor: reader, articleId })).score.penalty;
    await updateIssueStatus({ actor: bob, issueId: id, status: "resolved" });
    issue = (await getArticleReview({ actor: reader, articleId })).issues.find((i) => i.id === id)!;
    expect(issue.status).toBe("resolved");
    expect(issue.resolvedBy).toBe("Bob");
    expect((await getArticleReview({ actor: reader, articleId })).score.penalty).toBe(scoreOpen - 5);
    await updateIssueStatus({ actor: alice, issueId: id, status: "open" });
    expect((await getArticleReview({ actor: reader, articleId })).issues.find((i) => i.id === id)!.status).toBe("open");
  });

  it("moves spans with the text, and marks them outdated when their words change", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p8 = targetParagraph(review, 8);
    const start = p8.text.indexOf("Bassem Naim");
    const { id: follows } = await createIssue({ actor: alice, paragraphId: p8.id, start, end: start + "Bassem Naim".length, category: "terminology", subcategory: "inconsistent", severity: "minor", comment: "" });
    const reutersStart = p8.text.indexOf("Reuters");
    const { id: touched } = await createIssue({ actor: alice, paragraphId: p8.id, start: reutersStart, end: reutersStart + "Reuters".length, category: "style", severity: "neutral", comment: "" });
    const edited = p8.text.replace("For its part, ", "Meanwhile, ").replace("Reuters quoted", "the agency Reuters News quoted");
    await updateParagraphText({ actor: alice, paragraphId: p8.id, expectedVersion: p8.version, text: edited });
    const after = await db.issue.findUniqueOrThrow({ where: { id: follows } });
    expect(edited.slice(after.start, after.end)).toBe("Bassem Naim");
    expect(after.outdated).toBe(false);
    const reuters = await db.issue.findUniqueOrThrow({ where: { id: touched } });
    // "Reuters" itself is intact, so this one follows too.
    expect(edited.slice(reuters.start, reuters.end)).toBe("Reuters");
    const p8now = await db.paragraph.findUniqueOrThrow({ where: { id: p8.id } });
    await updateParagraphText({ actor: alice, paragraphId: p8.id, expectedVersion: p8now.version, text: edited.replace("Bassem Naim", "Basem Naim") });
    expect((await db.issue.findUniqueOrThrow({ where: { id: follows } })).outdated).toBe(true);
  });

  it("rejects spans outside the paragraph and unknown categories", async () => {
    const review = await getArticleReview({ actor: reader, articleId });
    const p1 = targetParagraph(review, 1);
    await expectAppError(createIssue({ actor: alice, paragraphId: p1.id, start: 0, end: p1.text.length + 5, category: "style", severity: "minor", comment: "" }), "issue.invalid-span");
    await expectAppError(createIssue({ actor: alice, paragraphId: p1.id, start: 0, end: 2, category: "accuracy", subcategory: "grammar", severity: "minor", comment: "" }), "issue.invalid-category");
  });
});

describe("pairing repairs, review progress and status", () => {
  it("merges, splits and moves paragraphs, and the repairs persist", async () => {
    let review = await getArticleReview({ actor: reader, articleId });
    const rowCount = review.rows.length;
    await repairRows({ actor: alice, articleId, repair: { kind: "merge", rowId: review.rows[0].id } });
    review = await getArticleReview({ actor: reader, articleId });
    expect(review.rows.length).toBe(rowCount - 1);
    expect(review.rows[0].source.map((p) => p.position)).toEqual([0, 1]);
    expect(review.rows[0].target.map((p) => p.position)).toEqual([0, 1]);
    await repairRows({ actor: alice, articleId, repair: { kind: "move", paragraphId: review.rows[0].target[1].id, direction: "down" } });
    review = await getArticleReview({ actor: reader, articleId });
    expect(review.rows[1].target.map((p) => p.position)).toEqual([1, 2]);
    await repairRows({ actor: alice, articleId, repair: { kind: "split", rowId: review.rows[0].id } });
    await repairRows({ actor: alice, articleId, repair: { kind: "realign" } });
    review = await getArticleReview({ actor: reader, articleId });
    expect(review.rows.length).toBe(rowCount);
    expect(review.rows[0].source.map((p) => p.position)).toEqual([0]);
    const lastRow = review.rows[review.rows.length - 1];
    await expectAppError(repairRows({ actor: alice, articleId, repair: { kind: "merge", rowId: lastRow.id } }), "row.no-neighbour");
  });

  it("counts reviewed rows and keeps a row's flag when another row is repaired", async () => {
    let review = await getArticleReview({ actor: reader, articleId });
    await setRowReviewed({ actor: alice, rowId: review.rows[0].id, reviewed: true });
    await setRowReviewed({ actor: alice, rowId: review.rows[1].id, reviewed: true });
    await repairRows({ actor: alice, articleId, repair: { kind: "merge", rowId: review.rows[5].id } });
    review = await getArticleReview({ actor: reader, articleId });
    expect(review.reviewedCount).toBe(2);
    expect(review.rows[0].reviewedBy).toBe("Alice");
    await repairRows({ actor: alice, articleId, repair: { kind: "realign" } });
  });

  it("moves through draft → in review → approved: open critical and major issues block, warnings need a confirmation", async () => {
    await updateArticleStatus({ actor: alice, articleId, status: "in_review" });
    const review = await getArticleReview({ actor: reader, articleId });
    const p0 = targetParagraph(review, 2);
    const { id } = await createIssue({ actor: bob, paragraphId: p0.id, start: 0, end: 5, category: "accuracy", subcategory: "mistranslation", severity: "critical", comment: "" });
    const blocked = await expectAppError(updateArticleStatus({ actor: alice, articleId, status: "approved" }), "article.approval-blocked");
    const states = (error: AppError) => Object.fromEntries((error.details!.items as { code: string; state: string }[]).map((i) => [i.code, i.state]));
    expect(states(blocked)).toMatchObject({ "critical-issues": "block", "major-issues": "block", score: "block" });
    await updateIssueStatus({ actor: alice, issueId: id, status: "resolved" });
    // Still open: a major and a minor issue. The major one blocks whatever the score.
    const major = await expectAppError(updateArticleStatus({ actor: alice, articleId, status: "approved" }), "article.approval-blocked");
    expect(states(major)).toMatchObject({ "critical-issues": "ok", "major-issues": "block" });
    const openMajor = (await getArticleReview({ actor: reader, articleId })).issues.filter((i) => i.status === "open" && i.severity === "major");
    expect(openMajor).toHaveLength(1);
    await updateIssueStatus({ actor: alice, issueId: openMajor[0].id, status: "resolved" });
    // One minor issue: 1 point over 458 source words → quality 99.7, passes the default 99; the rows are not all reviewed.
    const confirm = await expectAppError(updateArticleStatus({ actor: alice, articleId, status: "approved" }), "article.approval-needs-confirmation");
    expect(states(confirm)).toMatchObject({ score: "ok", "minor-issues": "warn", "rows-reviewed": "warn" });
    expect((confirm.details!.items as { code: string; params: Record<string, number> }[]).find((i) => i.code === "score")!.params).toEqual({ quality: 99.7, threshold: 99 });
    expect((await getArticleReview({ actor: reader, articleId })).status).toBe("in_review");
    await updateArticleStatus({ actor: alice, articleId, status: "approved", acknowledgeWarnings: true });
    const approved = await getArticleReview({ actor: reader, articleId });
    expect(approved.status).toBe("approved");
    expect(approved.reviewedCount).toBe(approved.rows.length);
    await updateArticleStatus({ actor: alice, articleId, status: "draft" });
    await expectAppError(updateArticleStatus({ actor: alice, articleId, status: "approved" }), "status.transition-not-allowed");
  });

  it("keeps the threshold on the quality scale (0–100)", async () => {
    await updateArticleThreshold({ actor: alice, articleId, threshold: 98.5 });
    expect((await getArticleReview({ actor: reader, articleId })).score).toMatchObject({ threshold: 98.5, quality: 99.7, pass: true });
    await expectAppError(updateArticleThreshold({ actor: alice, articleId, threshold: 101 }), "threshold.invalid");
    expect((await getArticleReview({ actor: reader, articleId })).passThreshold).toBe(98.5);
  });

  it("exports the corrected text", async () => {
    const exported = await getExportArticle({ actor: reader, articleId });
    const text = exported.rows.flatMap((r) => r.target).join("\n");
    expect(text).toContain("Naim explained");
    expect(text).not.toContain("Naeem");
    expect(text).toContain("who requested anonymity");
  });
});
