import { beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import { ROLES, type Actor, type Role } from "../../lib/server/actor";
import { PERMISSIONS, type Permission } from "../../lib/server/authz";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import * as review from "../../app/articles/[id]/actions";
import { createArticleAction } from "../../app/articles/new/actions";
import * as glossary from "../../app/glossary/actions";
import { importArticleAction } from "../../app/articles/import/actions";
import * as settings from "../../app/settings/actions";
import * as users from "../../app/admin/users/actions";
import type { TActionResult } from "../../lib/server/action";

const actors = {} as Record<Role, Actor>;

async function freshArticle() {
  const system: Actor = { userId: null, name: "system", role: "admin" };
  const { id } = await createArticle({
    actor: system,
    title: "Matrix",
    sourceLang: "ar",
    targetLang: "en",
    sourceParagraphs: ["قال الوزير إن النمو بلغ 3 بالمئة.", "وأضاف أن البطالة تراجعت."],
    targetParagraphs: ["The minister said growth reached 4 percent.", "He added that unemployment fell.", "Share this article"],
  });
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { rows: { orderBy: { position: "asc" } }, paragraphs: true, findings: true } });
  const target = article.paragraphs.filter((p) => p.side === "target").sort((a, b) => a.position - b.position);
  const issue = await db.issue.create({ data: { articleId: id, paragraphId: target[0].id, start: 4, end: 12, quote: "minister", category: "style", severity: "minor", comment: "", authorName: "system" } });
  const withSuggestion = article.findings.find((f) => f.suggestion !== null)!;
  const token = await db.apiToken.findFirst({ where: { userId: actors.viewer.userId! } });
  return { id, target, rows: article.rows, issue, finding: withSuggestion, anyFinding: article.findings[0], token };
}

type Fixture = Awaited<ReturnType<typeof freshArticle>>;

/** Every mutating server action with the permission it needs and a valid input. */
const cases: { name: string; permission: Permission; call: (f: Fixture) => Promise<TActionResult<unknown> | null | void> }[] = [
  { name: "save paragraph", permission: "paragraph.edit", call: (f) => review.saveParagraphAction({ paragraphId: f.target[1].id, expectedVersion: 1, text: "He added that joblessness fell." }) },
  { name: "repair rows", permission: "row.repair", call: (f) => review.repairRowsAction({ articleId: f.id, repair: { kind: "merge", rowId: f.rows[0].id } }) },
  { name: "mark reviewed", permission: "row.review", call: (f) => review.setRowReviewedAction({ rowId: f.rows[0].id, reviewed: true }) },
  { name: "flag issue", permission: "issue.create", call: (f) => review.createIssueAction({ paragraphId: f.target[0].id, start: 0, end: 3, category: "accuracy", subcategory: "mistranslation", severity: "major", comment: "x" }) },
  { name: "resolve issue", permission: "issue.resolve", call: (f) => review.updateIssueStatusAction({ issueId: f.issue.id, status: "resolved" }) },
  { name: "reply to issue", permission: "issue.comment", call: (f) => review.addIssueCommentAction({ issueId: f.issue.id, body: "reply" }) },
  { name: "accept finding", permission: "finding.decide", call: (f) => review.decideFindingAction({ findingId: f.anyFinding.id, decision: "accepted" }) },
  { name: "apply suggestion", permission: "finding.apply", call: (f) => review.applySuggestionAction({ findingId: f.finding.id, everywhere: false }) },
  { name: "change status", permission: "article.transition", call: (f) => review.updateArticleStatusAction({ articleId: f.id, status: "in_review" }) },
  { name: "set threshold", permission: "article.settings", call: (f) => review.updateThresholdAction({ articleId: f.id, threshold: 15 }) },
  { name: "assign", permission: "article.assign", call: (f) => review.assignArticleAction({ articleId: f.id, reviewerId: actors.reviewer.userId, editorId: actors.editor.userId }) },
  {
    name: "create article",
    permission: "article.create",
    call: () => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ title: "New", sourceLang: "ar", targetLang: "en", sourceText: "نص.", targetText: "Text." })) form.set(k, v);
      return createArticleAction(null, form).catch((error: unknown) => {
        if ((error as { url?: string }).url) return { ok: true as const, data: null };
        throw error;
      });
    },
  },
  {
    name: "import files",
    permission: "article.create",
    call: () => {
      const form = new FormData();
      form.set("mode", "pair");
      form.set("sourceLang", "ar");
      form.set("targetLang", "en");
      form.set("sourceFile", new File(["فقرة أولى.\nفقرة ثانية."], "source.txt"));
      form.set("targetFile", new File(["First paragraph.\nSecond paragraph."], "target.txt"));
      return importArticleAction(null, form).catch((error: unknown) => {
        if ((error as { url?: string }).url) return { ok: true as const, data: null };
        throw error;
      });
    },
  },
  { name: "save glossary entry", permission: "glossary.edit", call: () => glossary.saveGlossaryEntryAction({ sourceLang: "ar", targetLang: "en", source: `مصطلح${Math.random()}`, target: "term", forbidden: "", type: "term", note: "" }) },
  {
    name: "delete glossary entry",
    permission: "glossary.edit",
    call: async () => {
      const entry = await db.glossaryEntry.create({ data: { sourceLang: "ar", targetLang: "en", source: `حذف${Math.random()}`, target: "x", createdBy: "t" } });
      return glossary.deleteGlossaryEntryAction({ id: entry.id });
    },
  },
  { name: "create token", permission: "token.manage", call: () => settings.createTokenAction({ name: "matrix" }) },
  { name: "create user", permission: "user.manage", call: () => users.createUserAction({ email: `u${Math.random().toString(36).slice(2)}@example.org`, password: "long-password", name: "New", role: "viewer" }) },
  { name: "change role", permission: "user.manage", call: async () => users.updateUserRoleAction({ userId: (await db.user.findFirstOrThrow({ where: { email: "spare@example.org" } })).id, role: "reviewer" }) },
];

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password", name: "Admin", role: "admin" } });
  actors.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const role of ["editor", "reviewer", "viewer"] as const) {
    const u = await createUser({ actor: actors.admin, user: { email: `${role}@example.org`, password: "long-password", name: role, role } });
    actors[role] = { userId: u.id, name: u.name, role };
  }
  await createUser({ actor: actors.admin, user: { email: "spare@example.org", password: "long-password", name: "Spare", role: "viewer" } });
});

describe("every mutating action × every role", () => {
  let ran = 0;
  for (const c of cases) {
    for (const role of [...ROLES, "anonymous"] as const) {
      const allowed = role !== "anonymous" && (PERMISSIONS[c.permission] as readonly string[]).includes(role);
      it(`${c.name} as ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const fixture = await freshArticle();
        testSession.actor = role === "anonymous" ? null : actors[role];
        const auditBefore = await db.auditEntry.count();
        const result = (await c.call(fixture)) as TActionResult<unknown>;
        ran += 1;
        if (allowed) {
          if (!result.ok) expect(result.error.code, `${c.name} as ${role}: ${result.error.code}`).not.toMatch(/^auth\./);
          expect(result.ok, `${c.name} as ${role} should succeed: ${!result.ok ? result.error.code : ""}`).toBe(true);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe(role === "anonymous" ? "auth.required" : "auth.forbidden");
          expect(await db.auditEntry.count()).toBe(auditBefore);
        }
      });
    }
  }
  it("ran every case", () => {
    expect(ran).toBe(cases.length * (ROLES.length + 1));
  });
});

describe("data layer checks on its own", () => {
  it("a viewer cannot read-modify through the DAL either", async () => {
    const { updateParagraphText } = await import("../../lib/server/paragraph/update-paragraph-text");
    const f = await freshArticle();
    await expect(updateParagraphText({ actor: actors.viewer, paragraphId: f.target[0].id, expectedVersion: 1, text: "x" })).rejects.toMatchObject({ code: "auth.forbidden", status: 403 });
    expect((await db.paragraph.findUniqueOrThrow({ where: { id: f.target[0].id } })).version).toBe(1);
  });
});
