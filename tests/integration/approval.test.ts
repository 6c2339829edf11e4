import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { getApprovalChecklist, type TApprovalChecklist } from "../../lib/server/article/get-approval-checklist";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { updateArticleThreshold } from "../../lib/server/article/update-article-threshold";
import { createIssue } from "../../lib/server/issue/create-issue";
import { updateIssueStatus } from "../../lib/server/issue/update-issue-status";
import { addIssueComment } from "../../lib/server/issue/add-issue-comment";
import { decideFinding } from "../../lib/server/finding/decide-finding";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { getSiteSettings } from "../../lib/server/settings/get-site-settings";
import { updateSiteSettings } from "../../lib/server/settings/update-site-settings";
import { getReviewReport } from "../../lib/server/article/get-review-report";

const people = {} as Record<"admin" | "editor" | "otherEditor" | "reviewer", Actor>;

// A 3-paragraph brief (well under the 250-word base): one minor issue costs 0.4 points, one major 2.
const SOURCE = ["وصل الوفد المصري إلى الدوحة مساء الثلاثاء.", "وقال مسؤول إن المحادثات ستستمر يومين.", "ولم يصدر أي بيان رسمي حتى الآن."];
const TARGET = ["The Egyptian delegation arrived in Doha on Tuesday evening.", "An official said the talks would last two days.", "No official statement has been issued so far."];

async function brief(title: string, status: "draft" | "in_review" = "in_review") {
  const { id } = await createArticle({ actor: people.editor, title, sourceLang: "ar", targetLang: "en", sourceParagraphs: SOURCE, targetParagraphs: TARGET });
  if (status === "in_review") await updateArticleStatus({ actor: people.editor, articleId: id, status: "in_review" });
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { rows: { orderBy: { position: "asc" } }, paragraphs: { orderBy: { position: "asc" } } } });
  const target = article.paragraphs.filter((p) => p.side === "target");
  return { id, rows: article.rows, target };
}

async function expectAppError(promise: Promise<unknown>, code: string, status: number): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).status).toBe(status);
  return error as AppError;
}

const stateOf = (checklist: Pick<TApprovalChecklist, "items">) => Object.fromEntries(checklist.items.map((item) => [item.code, item.state]));
const item = (checklist: Pick<TApprovalChecklist, "items">, code: string) => checklist.items.find((i) => i.code === code)!;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password-long", name: "Admin", role: "admin" } });
  people.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const [key, name, role] of [["editor", "Emad", "editor"], ["otherEditor", "Olfa", "editor"], ["reviewer", "Rana", "reviewer"]] as const) {
    const user = await createUser({ actor: people.admin, user: { email: `${key}@example.org`, password: "long-password-here", name, role } });
    people[key] = { userId: user.id, name: user.name, role };
  }
});

describe("approval checklist", () => {
  it("says what a fresh brief lacks: every row unreviewed, nothing blocking", async () => {
    const { id } = await brief("Fresh brief");
    const checklist = await getApprovalChecklist({ actor: people.editor, articleId: id });
    expect(checklist.blocked).toBe(false);
    expect(checklist.hasWarnings).toBe(true);
    expect(stateOf(checklist)).toEqual({
      score: "ok",
      "critical-issues": "ok",
      "major-issues": "ok",
      "minor-issues": "ok",
      "undecided-findings": "ok",
      "rows-reviewed": "warn",
      "dismissed-by-others": "ok",
    });
    expect(item(checklist, "score").params).toEqual({ quality: 100, threshold: 99 });
    expect(item(checklist, "rows-reviewed")).toMatchObject({ params: { reviewed: 0, total: 3, missing: 3 }, rows: [1, 2, 3] });
  });

  it("one minor issue on a short brief passes (99.6) and only warns; one major fails (98) and blocks", async () => {
    const { id, rows, target } = await brief("Minor and major");
    for (const row of rows) await setRowReviewed({ actor: people.reviewer, rowId: row.id, reviewed: true });
    const minor = await createIssue({ actor: people.reviewer, paragraphId: target[0].id, start: 4, end: 12, category: "style", severity: "minor", comment: "Egypt's?" });
    let checklist = await getApprovalChecklist({ actor: people.editor, articleId: id });
    expect(item(checklist, "score")).toMatchObject({ state: "ok", params: { quality: 99.6, threshold: 99 } });
    expect(item(checklist, "minor-issues")).toMatchObject({ state: "warn", params: { count: 1 } });
    expect(item(checklist, "rows-reviewed")).toMatchObject({ state: "ok", params: { reviewed: 3, total: 3, missing: 0 } });

    await updateIssueStatus({ actor: people.editor, issueId: minor.id, status: "resolved" });
    const major = await createIssue({ actor: people.reviewer, paragraphId: target[1].id, start: 0, end: 11, category: "accuracy", subcategory: "mistranslation", severity: "major", comment: "A senior official" });
    checklist = await getApprovalChecklist({ actor: people.editor, articleId: id });
    expect(item(checklist, "score")).toMatchObject({ state: "block", params: { quality: 98, threshold: 99 } });
    expect(item(checklist, "major-issues")).toMatchObject({ state: "block", params: { count: 1 } });
    expect(item(checklist, "major-issues").issues).toEqual([
      { id: major.id, row: 2, severity: "major", category: "accuracy", quote: "An official", authorName: "Rana", dismissedBy: null, reason: null },
    ]);
    expect(checklist.blocked).toBe(true);
  });

  it("refuses approval with the blocking items and writes nothing", async () => {
    const { id, target } = await brief("Critical open");
    await createIssue({ actor: people.reviewer, paragraphId: target[2].id, start: 0, end: 2, category: "accuracy", subcategory: "omission", severity: "critical", comment: "" });
    const auditBefore = await db.auditEntry.count({ where: { articleId: id } });
    const refused = await expectAppError(updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true }), "article.approval-blocked", 409);
    expect(refused.params).toEqual({ count: 2 });
    expect(stateOf(refused.details as { items: TApprovalChecklist["items"] })).toMatchObject({ score: "block", "critical-issues": "block" });
    const after = await db.article.findUniqueOrThrow({ where: { id }, include: { rows: true } });
    expect(after.status).toBe("in_review");
    expect(after.rows.filter((r) => r.reviewed)).toHaveLength(0);
    expect(await db.auditEntry.count({ where: { articleId: id } })).toBe(auditBefore);
  });

  it("asks for a confirmation when there are warnings, then approves, marks every row reviewed and audits the checklist", async () => {
    const { id, rows } = await brief("Warnings only");
    await setRowReviewed({ actor: people.reviewer, rowId: rows[0].id, reviewed: true });
    const needs = await expectAppError(updateArticleStatus({ actor: people.editor, articleId: id, status: "approved" }), "article.approval-needs-confirmation", 409);
    expect(needs.params).toEqual({ count: 1 });
    expect(item(needs.details as { items: TApprovalChecklist["items"] }, "rows-reviewed")).toMatchObject({ state: "warn", params: { reviewed: 1, total: 3, missing: 2 }, rows: [2, 3] });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");

    expect(await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true })).toEqual({ markedReviewed: 2 });
    const approved = await db.article.findUniqueOrThrow({ where: { id }, include: { rows: { orderBy: { position: "asc" } } } });
    expect(approved.status).toBe("approved");
    expect(approved.rows.map((r) => [r.reviewed, r.reviewedBy])).toEqual([[true, "Rana"], [true, "Emad"], [true, "Emad"]]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { articleId: id, action: "article.status" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const details = audit.details as unknown as { to: string; acknowledgedWarnings: boolean; markedReviewed: number; checklist: { code: string; state: string }[] };
    expect(details).toMatchObject({ to: "approved", acknowledgedWarnings: true, markedReviewed: 2 });
    expect(details.checklist.find((i) => i.code === "rows-reviewed")).toMatchObject({ state: "warn", rows: [2, 3] });
  });

  it("approves without a confirmation when nothing warns", async () => {
    const { id, rows } = await brief("All clear");
    for (const row of rows) await setRowReviewed({ actor: people.reviewer, rowId: row.id, reviewed: true });
    expect(await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved" })).toEqual({ markedReviewed: 0 });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
  });
});

describe("approved articles are read-only until reopened", () => {
  it("refuses a new issue, status changes, finding decisions and threshold changes (409 article.locked), writing nothing; replies stay possible", async () => {
    const { id, target } = await brief("Locked");
    const earlier = await createIssue({ actor: people.reviewer, paragraphId: target[0].id, start: 0, end: 3, category: "style", severity: "minor", comment: "" });
    const finding = await db.finding.create({
      data: { articleId: id, paragraphId: target[1].id, check: "number-mismatch", category: "accuracy", severity: "major", start: 0, end: 2, text: "An", message: "m", messageKey: "qa:x", params: {}, fingerprint: "fp-locked" },
    });
    await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true });
    const issuesBefore = await db.issue.count({ where: { articleId: id } });
    await expectAppError(createIssue({ actor: people.reviewer, paragraphId: target[2].id, start: 0, end: 2, category: "accuracy", subcategory: "omission", severity: "critical", comment: "late" }), "article.locked", 409);
    await expectAppError(updateIssueStatus({ actor: people.editor, issueId: earlier.id, status: "dismissed" }), "article.locked", 409);
    await expectAppError(decideFinding({ actor: people.reviewer, findingId: finding.id, decision: "accepted" }), "article.locked", 409);
    await expectAppError(updateArticleThreshold({ actor: people.editor, articleId: id, threshold: 90 }), "article.locked", 409);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).passThreshold).toBe(99);
    expect(await db.issue.count({ where: { articleId: id } })).toBe(issuesBefore);
    expect((await db.issue.findUniqueOrThrow({ where: { id: earlier.id } })).status).toBe("open");
    expect(await db.findingDecision.count({ where: { articleId: id } })).toBe(0);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
    // Discussion is not content: a reply (e.g. asking to reopen) is still possible.
    await addIssueComment({ actor: people.reviewer, issueId: earlier.id, body: "Please reopen: the date is wrong." });

    await updateArticleStatus({ actor: people.editor, articleId: id, status: "in_review" });
    await createIssue({ actor: people.reviewer, paragraphId: target[2].id, start: 0, end: 2, category: "accuracy", subcategory: "omission", severity: "critical", comment: "late" });
    expect(await db.issue.count({ where: { articleId: id } })).toBe(issuesBefore + 1);
  });
});

describe("an approved article's review marks", () => {
  it("cannot be taken back or set until the article is reopened (409 article.locked, nothing written)", async () => {
    const { id, rows } = await brief("Approved marks");
    await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true });
    expect((await db.alignmentRow.findMany({ where: { articleId: id }, select: { reviewed: true } })).map((r) => r.reviewed)).toEqual([true, true, true]);
    const before = await db.auditEntry.count({ where: { articleId: id } });
    await expectAppError(setRowReviewed({ actor: people.reviewer, rowId: rows[0].id, reviewed: false }), "article.locked", 409);
    expect((await db.alignmentRow.findUniqueOrThrow({ where: { id: rows[0].id } })).reviewed).toBe(true);
    expect(await db.auditEntry.count({ where: { articleId: id } })).toBe(before);
    await updateArticleStatus({ actor: people.editor, articleId: id, status: "in_review" });
    await setRowReviewed({ actor: people.reviewer, rowId: rows[0].id, reviewed: false });
    expect((await db.alignmentRow.findUniqueOrThrow({ where: { id: rows[0].id } })).reviewed).toBe(false);
  });
});

describe("dismissing another person's critical or major issue", () => {
  it("needs a reason (422 issue.reason-required, nothing written), and the checklist lists it with the reason", async () => {
    const { id, target } = await brief("Dismissals");
    const major = await createIssue({ actor: people.reviewer, paragraphId: target[0].id, start: 4, end: 12, category: "terminology", subcategory: "wrong-term", severity: "major", comment: "" });
    const refused = await expectAppError(updateIssueStatus({ actor: people.editor, issueId: major.id, status: "dismissed", reason: "   " }), "issue.reason-required", 422);
    expect(refused.params).toEqual({ author: "Rana" });
    const stored = await db.issue.findUniqueOrThrow({ where: { id: major.id } });
    expect([stored.status, stored.statusReason, stored.resolvedBy]).toEqual(["open", null, null]);

    await updateIssueStatus({ actor: people.editor, issueId: major.id, status: "dismissed", reason: "House style keeps “Egyptian”." });
    expect((await db.issue.findUniqueOrThrow({ where: { id: major.id } })).statusReason).toBe("House style keeps “Egyptian”.");
    const checklist = await getApprovalChecklist({ actor: people.otherEditor, articleId: id });
    expect(item(checklist, "major-issues").state).toBe("ok");
    expect(item(checklist, "dismissed-by-others")).toMatchObject({ state: "warn", params: { count: 1 } });
    expect(item(checklist, "dismissed-by-others").issues).toEqual([
      { id: major.id, row: 1, severity: "major", category: "terminology", quote: "Egyptian", authorName: "Rana", dismissedBy: "Emad", reason: "House style keeps “Egyptian”." },
    ]);

    // Reopening clears the reason; one's own major issue and another's minor one need none.
    await updateIssueStatus({ actor: people.editor, issueId: major.id, status: "open" });
    expect((await db.issue.findUniqueOrThrow({ where: { id: major.id } })).statusReason).toBeNull();
    const own = await createIssue({ actor: people.editor, paragraphId: target[1].id, start: 0, end: 2, category: "style", severity: "major", comment: "" });
    await updateIssueStatus({ actor: people.editor, issueId: own.id, status: "dismissed" });
    const minor = await createIssue({ actor: people.reviewer, paragraphId: target[2].id, start: 0, end: 2, category: "style", severity: "minor", comment: "" });
    await updateIssueStatus({ actor: people.editor, issueId: minor.id, status: "dismissed" });
    expect(item(await getApprovalChecklist({ actor: people.editor, articleId: id }), "dismissed-by-others").state).toBe("ok");
  });
});

describe("four-eyes rule", () => {
  it("is an audited site setting only administrators change", async () => {
    expect((await getSiteSettings({ actor: people.admin })).settings).toEqual({ fourEyesApproval: false });
    await expectAppError(updateSiteSettings({ actor: people.editor, settings: { fourEyesApproval: true } }), "auth.forbidden", 403);
    expect(await db.siteSetting.count({ where: { key: "fourEyesApproval" } })).toBe(0);
    await updateSiteSettings({ actor: people.admin, settings: { fourEyesApproval: true } });
    const { settings, updated } = await getSiteSettings({ actor: people.admin });
    expect(settings).toEqual({ fourEyesApproval: true });
    expect(updated.fourEyesApproval?.by).toBe("Admin");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "settings.update" } });
    expect([audit.entityId, audit.actorId, audit.details]).toEqual(["fourEyesApproval", people.admin.userId, { from: false, to: true }]);
  });

  it("blocks approval by the person who last edited the text; another editor may approve", async () => {
    await updateSiteSettings({ actor: people.admin, settings: { fourEyesApproval: true } });
    const { id, rows, target } = await brief("Four eyes");
    for (const row of rows) await setRowReviewed({ actor: people.reviewer, rowId: row.id, reviewed: true });
    await updateParagraphText({ actor: people.otherEditor, paragraphId: target[0].id, expectedVersion: 1, text: "The Egyptian delegation reached Doha on Tuesday evening." });

    const own = await getApprovalChecklist({ actor: people.otherEditor, articleId: id });
    expect(item(own, "four-eyes")).toEqual({ code: "four-eyes", state: "block", params: { name: "Olfa" } });
    await expectAppError(updateArticleStatus({ actor: people.otherEditor, articleId: id, status: "approved", acknowledgeWarnings: true }), "article.approval-blocked", 409);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");

    expect(item(await getApprovalChecklist({ actor: people.editor, articleId: id }), "four-eyes").state).toBe("ok");
    await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("approved");

    // The importer counts as the last editor of an untouched text.
    const untouched = await brief("Four eyes untouched");
    expect(item(await getApprovalChecklist({ actor: people.editor, articleId: untouched.id }), "four-eyes")).toMatchObject({ state: "block", params: { name: "Emad" } });
    await updateSiteSettings({ actor: people.admin, settings: { fourEyesApproval: false } });
    expect(item(await getApprovalChecklist({ actor: people.editor, articleId: untouched.id }), "four-eyes")).toBeUndefined();
  });
});

describe("review report counts with statuses", () => {
  it("an approved article with one dismissed critical issue shows 0 open critical issues and lists the dismissed one; CSV rows count from 1", async () => {
    const { id, rows, target } = await brief("Report statuses");
    for (const row of rows) await setRowReviewed({ actor: people.reviewer, rowId: row.id, reviewed: true });
    const critical = await createIssue({ actor: people.reviewer, paragraphId: target[1].id, start: 0, end: 11, category: "accuracy", subcategory: "mistranslation", severity: "critical", comment: "Wrong speaker" });
    await updateIssueStatus({ actor: people.editor, issueId: critical.id, status: "dismissed", reason: "The source says an official." });
    await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true });

    const html = (await getReviewReport({ actor: people.reviewer, articleId: id, format: "report-html", uiLang: "en", generatedAt: "2026-12-02T14:05:00Z", timeZone: "UTC" })).body;
    expect(html).toContain("Quality score: <strong>100</strong> / 100 · pass at ≥ 99 <strong class=\"verdict\">✓ PASS</strong>");
    expect(html).toContain("Status: Approved · Generated: 2 Dec 2026, 14:05");
    expect(html).toContain("<p>No issue is open.</p>");
    expect(html).toContain("Counts open issues only");
    expect(html).not.toContain("<h2>Open issues</h2>");
    expect(html).toContain("<h2>Resolved and dismissed issues</h2>");
    expect(html).toContain(
      '<tr><td>row 2</td><td>Accuracy / mistranslation</td><td>Critical</td><td>Dismissed</td><td lang="en" dir="ltr">An official</td><td dir="auto">Wrong speaker</td><td dir="auto">The source says an official. <span class="meta">(Emad)</span></td><td>Rana</td>',
    );

    const csv = (await getReviewReport({ actor: people.reviewer, articleId: id, format: "report-csv", timeZone: "UTC" })).body;
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Entry,Id,Row,Side,Paragraph,Category,Severity,Status,Text,Comment,Why,Suggestion,Who,When");
    expect(lines[1]).toBe("Quality score,,,,,,,PASS,100 / 100,pass at ≥ 99,,,,");
    expect(lines[2]).toMatch(new RegExp(`^Issue,${critical.id},2,translation,2,Accuracy / mistranslation,Critical,Dismissed,An official,Wrong speaker,The source says an official\\.,,Rana,"\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}"$`));

    const arabic = (await getReviewReport({ actor: people.reviewer, articleId: id, format: "report-html", uiLang: "ar", generatedAt: "2026-12-02T14:05:00Z", timeZone: "UTC" })).body;
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("<td>الصف 2</td><td>الدقة / ");
    expect(arabic).toContain("2 ديسمبر 2026");
  });
});
