// Every "who" is recorded by account id beside the display name, so that renaming or deactivating a person
// keeps the trail attributable, and a deleted article leaves its audit trail behind.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { createIssue } from "../../lib/server/issue/create-issue";
import { updateIssueStatus } from "../../lib/server/issue/update-issue-status";
import { addIssueComment } from "../../lib/server/issue/add-issue-comment";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { saveGlossaryEntry } from "../../lib/server/glossary/glossary-entries";
import { updateSiteSettings } from "../../lib/server/settings/update-site-settings";
import { listAudit } from "../../lib/server/audit/list-audit";
import { deleteArticle } from "../../lib/server/article/delete-article";
import { AppError } from "../../lib/server/errors";

const people = {} as Record<"admin" | "editor" | "reviewer", Actor>;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "who-admin@example.org", password: "admin-password-long", name: "Amal", role: "admin" } });
  people.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const [key, name, role] of [["editor", "Emad", "editor"], ["reviewer", "Rana", "reviewer"]] as const) {
    const user = await createUser({ actor: people.admin, user: { email: `who-${key}@example.org`, password: "long-password-here", name, role } });
    people[key] = { userId: user.id, name: user.name, role };
  }
});

describe("account ids beside display names", () => {
  it("are written by every kind of change", async () => {
    const { editor, reviewer, admin } = people;
    const { id } = await createArticle({
      actor: editor,
      title: "Who did what",
      sourceLang: "ar",
      targetLang: "en",
      sourceParagraphs: ["وصل الوفد إلى الدوحة.", "ولم يصدر أي بيان."],
      targetParagraphs: ["The delegation arrived in Doha.", "No statement was issued."],
    });
    await updateArticleStatus({ actor: editor, articleId: id, status: "in_review" });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { rows: { orderBy: { position: "asc" } }, paragraphs: { where: { side: "target" }, orderBy: { position: "asc" } } } });
    const [first] = article.paragraphs;
    await updateParagraphText({ actor: editor, paragraphId: first!.id, text: "The delegation arrived in Doha on Tuesday.", expectedVersion: first!.version });
    const issue = await createIssue({ actor: reviewer, paragraphId: first!.id, start: 4, end: 14, category: "accuracy", severity: "minor", comment: "check" });
    await addIssueComment({ actor: editor, issueId: issue.id, body: "Checked." });
    await updateIssueStatus({ actor: editor, issueId: issue.id, status: "resolved" });
    await setRowReviewed({ actor: reviewer, rowId: article.rows[0]!.id, reviewed: true });
    await saveGlossaryEntry({ actor: editor, sourceLang: "ar", targetLang: "en", entry: { source: "الدوحة", target: "Doha", forbidden: [], type: "place" } });
    await updateSiteSettings({ actor: admin, settings: { fourEyesApproval: false } });
    await updateSiteSettings({ actor: admin, settings: { fourEyesApproval: true } });

    const stored = {
      articleCreator: (await db.article.findUniqueOrThrow({ where: { id } })).createdById,
      revisionAuthor: (await db.revision.findFirstOrThrow({ where: { paragraphId: first!.id } })).authorId,
      issueAuthor: (await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).authorId,
      issueResolver: (await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).resolvedById,
      commentAuthor: (await db.issueComment.findFirstOrThrow({ where: { issueId: issue.id } })).authorId,
      rowReviewer: (await db.alignmentRow.findUniqueOrThrow({ where: { id: article.rows[0]!.id } })).reviewedById,
      glossaryCreator: (await db.glossaryEntry.findFirstOrThrow({ where: { source: "الدوحة" } })).createdById,
      settingUpdater: (await db.siteSetting.findUniqueOrThrow({ where: { key: "fourEyesApproval" } })).updatedById,
    };
    expect(stored).toEqual({
      articleCreator: editor.userId,
      revisionAuthor: editor.userId,
      issueAuthor: reviewer.userId,
      issueResolver: editor.userId,
      commentAuthor: editor.userId,
      rowReviewer: reviewer.userId,
      glossaryCreator: editor.userId,
      settingUpdater: admin.userId,
    });
    const actors = new Set((await db.auditEntry.findMany({ where: { articleId: id } })).map((entry) => entry.actorId));
    expect([...actors].sort()).toEqual([editor.userId, reviewer.userId].sort());
  });

  it("keep the audit trail of a deleted article, with its title", async () => {
    const { id } = await createArticle({
      actor: people.editor,
      title: "Short-lived",
      sourceLang: "ar",
      targetLang: "en",
      sourceParagraphs: ["خبر قصير."],
      targetParagraphs: ["A short story."],
    });
    const before = await db.auditEntry.count({ where: { articleId: id } });
    expect(before).toBeGreaterThan(0);
    const refused = await deleteArticle({ actor: people.editor, articleId: id }).catch((error: unknown) => error);
    expect(refused instanceof AppError && [refused.code, refused.status]).toEqual(["auth.forbidden", 403]);
    expect(await deleteArticle({ actor: people.admin, articleId: id })).toEqual({ id, title: "Short-lived" });
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await db.paragraph.count({ where: { articleId: id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { articleId: id } })).toBe(before + 1);
    const trail = await listAudit({ actor: people.admin });
    const entries = trail.filter((entry) => entry.articleId === id).map((entry) => [entry.action, entry.articleTitle, entry.actorName]);
    expect(entries[0]).toEqual(["article.delete", "Short-lived", "Amal"]);
    expect(entries.find((entry) => entry[0] === "article.create")).toEqual(["article.create", "Short-lived", "Emad"]);
  });
});
