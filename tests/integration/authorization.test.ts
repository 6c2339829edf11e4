import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import { ROLES, type Actor, type Role } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import * as review from "../../app/articles/[id]/actions";
import { createArticleAction } from "../../app/articles/new/actions";
import * as glossary from "../../app/glossary/actions";
import { importArticleAction } from "../../app/articles/import/actions";
import * as settings from "../../app/settings/actions";
import * as users from "../../app/admin/users/actions";
import * as siteSettings from "../../app/admin/settings/actions";
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

/**
 * Who may do what, written out by hand (not read from PERMISSIONS, which is what is under test): a change to the
 * permission table that is not also made here fails.
 */
const ALLOWED: Record<string, readonly Role[]> = {
  "save paragraph": ["admin", "editor"],
  "repair rows": ["admin", "editor"],
  "mark reviewed": ["admin", "editor", "reviewer"],
  "flag issue": ["admin", "editor", "reviewer"],
  "resolve issue": ["admin", "editor"],
  "reply to issue": ["admin", "editor", "reviewer"],
  "accept finding": ["admin", "editor", "reviewer"],
  "apply suggestion": ["admin", "editor"],
  "change status": ["admin", "editor"],
  "set threshold": ["admin", "editor"],
  assign: ["admin", "editor"],
  "create article": ["admin", "editor"],
  "import files": ["admin", "editor"],
  "save glossary entry": ["admin", "editor"],
  "delete glossary entry": ["admin", "editor"],
  "create token": ["admin", "editor", "reviewer", "viewer"],
  "create user": ["admin"],
  "change role": ["admin"],
  "deactivate user": ["admin"],
  "reactivate user": ["admin"],
  "reset password": ["admin"],
  "revoke another user's token": ["admin"],
  "change site settings": ["admin"],
};

/** A user row made without the data layer (no audit entry), for the account actions to act on. */
async function spareUser(deactivated = false) {
  const id = crypto.randomUUID();
  await db.user.create({ data: { id, email: `spare-${id}@example.org`, name: "Spare", role: "viewer", deactivatedAt: deactivated ? new Date() : null } });
  return id;
}

/** Every mutating server action with a valid input. */
const cases: { name: string; call: (f: Fixture) => Promise<TActionResult<unknown> | null | void> }[] = [
  { name: "save paragraph", call: (f) => review.saveParagraphAction({ paragraphId: f.target[1].id, expectedVersion: 1, text: "He added that joblessness fell." }) },
  { name: "repair rows", call: (f) => review.repairRowsAction({ articleId: f.id, repair: { kind: "merge", rowId: f.rows[0].id } }) },
  { name: "mark reviewed", call: (f) => review.setRowReviewedAction({ rowId: f.rows[0].id, reviewed: true }) },
  { name: "flag issue", call: (f) => review.createIssueAction({ paragraphId: f.target[0].id, start: 0, end: 3, category: "accuracy", subcategory: "mistranslation", severity: "major", comment: "x" }) },
  { name: "resolve issue", call: (f) => review.updateIssueStatusAction({ issueId: f.issue.id, status: "resolved" }) },
  { name: "reply to issue", call: (f) => review.addIssueCommentAction({ issueId: f.issue.id, body: "reply" }) },
  { name: "accept finding", call: (f) => review.decideFindingAction({ findingId: f.anyFinding.id, decision: "accepted" }) },
  { name: "apply suggestion", call: (f) => review.applySuggestionAction({ findingId: f.finding.id, everywhere: false }) },
  { name: "change status", call: (f) => review.updateArticleStatusAction({ articleId: f.id, status: "in_review" }) },
  { name: "set threshold", call: (f) => review.updateThresholdAction({ articleId: f.id, threshold: 15 }) },
  { name: "assign", call: (f) => review.assignArticleAction({ articleId: f.id, reviewerId: actors.reviewer.userId, editorId: actors.editor.userId }) },
  {
    name: "create article",
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
  { name: "save glossary entry", call: () => glossary.saveGlossaryEntryAction({ sourceLang: "ar", targetLang: "en", source: `مصطلح${Math.random()}`, target: "term", forbidden: "", type: "term", note: "" }) },
  {
    name: "delete glossary entry",
    call: async () => {
      const entry = await db.glossaryEntry.create({ data: { sourceLang: "ar", targetLang: "en", source: `حذف${Math.random()}`, target: "x", forbidden: [], createdBy: "t" } });
      return glossary.deleteGlossaryEntryAction({ id: entry.id });
    },
  },
  { name: "create token", call: () => settings.createTokenAction({ name: "matrix" }) },
  { name: "create user", call: () => users.createUserAction({ email: `u${Math.random().toString(36).slice(2)}@example.org`, password: "long-password", name: "New", role: "viewer" }) },
  { name: "change role", call: async () => users.updateUserRoleAction({ userId: await spareUser(), role: "reviewer" }) },
  // Sets the default value, so the four-eyes rule stays off for the other cases.
  { name: "change site settings", call: () => siteSettings.updateSiteSettingsAction({ fourEyesApproval: false }) },
  { name: "deactivate user", call: async () => users.deactivateUserAction({ userId: await spareUser() }) },
  { name: "reactivate user", call: async () => users.reactivateUserAction({ userId: await spareUser(true) }) },
  { name: "reset password", call: async () => users.resetUserPasswordAction({ userId: await spareUser(), password: "a new long password" }) },
  {
    name: "revoke another user's token",
    call: async () => {
      const userId = await spareUser();
      const token = await db.apiToken.create({ data: { userId, name: "cms", tokenHash: crypto.randomUUID(), prefix: "tdq_xxxxxx" } });
      return users.revokeUserTokenAction({ userId, tokenId: token.id });
    },
  },
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
      const allowed = role !== "anonymous" && ALLOWED[c.name]!.includes(role);
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
  it("ran every case, and the table names exactly the cases", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(cases.map((c) => c.name).sort());
    expect(cases.length).toBe(23);
    expect(ran).toBe(23 * 5);
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
