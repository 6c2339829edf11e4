import { beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import type { Actor, Role } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import { createArticle } from "../../lib/server/article/create-article";
import { assignArticle } from "../../lib/server/article/assign-article";
import { listArticles } from "../../lib/server/article/list-articles";
import { listUsers } from "../../lib/server/user/users";
import { saveGlossaryEntry } from "../../lib/server/glossary/glossary-entries";
import { articleWhere } from "../../lib/server/access/article-access";
import { actorFromSessionHeaders } from "../../lib/server/auth/session-actor";
import { authPost } from "../../lib/server/auth/auth-handler";
import { CLIENT_ADDRESS_HEADER } from "../../lib/server/auth/client-address";
import { runCli } from "../../lib/cli/main";
import * as adminActions from "../../app/admin/users/actions";
import * as articlesRoute from "../../app/api/v1/articles/route";
import * as articleRoute from "../../app/api/v1/articles/[id]/route";
import * as segmentRoute from "../../app/api/v1/segments/[id]/route";
import * as articleIssuesRoute from "../../app/api/v1/articles/[id]/issues/route";
import * as exportRoute from "../../app/api/v1/articles/[id]/export/route";
import * as scopesRoute from "../../app/api/v1/users/[id]/scopes/route";

const base = "http://localhost:3000";
const system: Actor = { userId: null, name: "system", role: "admin" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
function api(handler: (r: Request, c: { params: Promise<any> }) => Promise<Response>, token: string, options: { method?: string; path?: string; params?: Record<string, string>; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return handler(new Request(`${base}${options.path ?? "/api/v1/x"}`, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }), {
    params: Promise.resolve(options.params ?? {}),
  });
}

const TARGET_TEXT: Record<string, string[]> = {
  en: ["The minister said growth reached 3 percent.", "He added that unemployment fell."],
  fr: ["Le ministre a dit que la croissance a atteint 3 pour cent.", "Il a ajouté que le chômage a baissé."],
  es: ["El ministro dijo que el crecimiento alcanzó el 3 por ciento.", "Añadió que el desempleo bajó."],
};

async function articleIn(targetLang: "en" | "fr" | "es", title = `Growth ${targetLang}`): Promise<{ id: string; segmentId: string }> {
  const { id } = await createArticle({
    actor: system,
    title,
    sourceLang: "ar",
    targetLang,
    sourceParagraphs: ["قال الوزير إن النمو بلغ 3 بالمئة.", "وأضاف أن البطالة تراجعت."],
    targetParagraphs: TARGET_TEXT[targetLang]!,
  });
  const segment = await db.paragraph.findFirstOrThrow({ where: { articleId: id, side: "target", position: 1 } });
  return { id, segmentId: segment.id };
}

/** A user with a global role and desk roles written straight into the table (the admin paths are tested below). */
async function person(email: string, role: Role, scopes: { sourceLang: string; targetLang: string; role: Role }[]) {
  const user = await createUser({ actor: adminActor, user: { email, password: "a long enough password", name: email.split("@")[0]!, role } });
  for (const scope of scopes) await db.userScope.create({ data: { userId: user.id, ...scope } });
  const token = (await createApiToken({ actor: { userId: user.id, name: user.name, role }, name: "desk" })).token;
  return { id: user.id, token };
}

let adminToken = "";
let adminActor: Actor;
const people = {} as Record<"viewerEditsEnglish" | "editorViewsFrench" | "viewerReviewsEnglish", { id: string; token: string }>;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "desk-admin@example.org", password: "a long enough password", name: "Desk Admin", role: "admin" } });
  adminActor = { userId: admin.id, name: "Desk Admin", role: "admin", origin: "test" };
  adminToken = (await createApiToken({ actor: adminActor, name: "admin" })).token;
  people.viewerEditsEnglish = await person("vee@example.org", "viewer", [{ sourceLang: "ar", targetLang: "en", role: "editor" }]);
  people.editorViewsFrench = await person("evf@example.org", "editor", [{ sourceLang: "ar", targetLang: "fr", role: "viewer" }]);
  people.viewerReviewsEnglish = await person("vre@example.org", "viewer", [{ sourceLang: "ar", targetLang: "en", role: "reviewer" }]);
});

type Outcome = 200 | 201 | 403 | 404;

/**
 * Written out by hand: per person and language pair, the HTTP status of read (GET article), edit paragraph
 * (PATCH segment), flag issue (POST issue), export (GET export) and whether the article list shows the article.
 * 404 is "your role for this pair does not allow it" when another pair allows it; 403 is "no role of yours allows it".
 */
const EXPECTED: Record<keyof typeof people, Record<"en" | "fr" | "es", { read: Outcome; edit: Outcome; flag: Outcome; export: Outcome; listed: boolean }>> = {
  // Global viewer, editor for ar→en.
  viewerEditsEnglish: {
    en: { read: 200, edit: 200, flag: 201, export: 200, listed: true },
    fr: { read: 200, edit: 404, flag: 404, export: 200, listed: true },
    es: { read: 200, edit: 404, flag: 404, export: 200, listed: true },
  },
  // Global editor, viewer for ar→fr.
  editorViewsFrench: {
    en: { read: 200, edit: 200, flag: 201, export: 200, listed: true },
    fr: { read: 200, edit: 404, flag: 404, export: 200, listed: true },
    es: { read: 200, edit: 200, flag: 201, export: 200, listed: true },
  },
  // Global viewer, reviewer for ar→en: no role of theirs edits anywhere (403), they flag only in ar→en.
  viewerReviewsEnglish: {
    en: { read: 200, edit: 403, flag: 201, export: 200, listed: true },
    fr: { read: 200, edit: 403, flag: 404, export: 200, listed: true },
    es: { read: 200, edit: 403, flag: 404, export: 200, listed: true },
  },
};

describe("desk roles: the role for an article is the desk role for its pair, else the global role", () => {
  let cases = 0;
  for (const who of Object.keys(EXPECTED) as (keyof typeof people)[]) {
    for (const lang of ["en", "fr", "es"] as const) {
      const expected = EXPECTED[who][lang];
      it(`${who} on ar→${lang}: read ${expected.read}, edit ${expected.edit}, flag ${expected.flag}, export ${expected.export}, ${expected.listed ? "listed" : "not listed"}`, async () => {
        const article = await articleIn(lang, `Growth ${who} ${lang}`);
        const { token } = people[who];
        const auditBefore = await db.auditEntry.count({ where: { articleId: article.id } });

        const read = await api(articleRoute.GET, token, { params: { id: article.id } });
        expect(read.status).toBe(expected.read);

        const edit = await api(segmentRoute.PATCH, token, { method: "PATCH", params: { id: article.segmentId }, body: { target: "A corrected sentence.", version: 1 } });
        expect(edit.status).toBe(expected.edit);
        if (expected.edit === 404) expect((await edit.json()).error.code).toBe("paragraph.not-found");
        if (expected.edit === 403) expect((await edit.json()).error.code).toBe("auth.forbidden");
        const segment = await db.paragraph.findUniqueOrThrow({ where: { id: article.segmentId } });
        expect(segment.version).toBe(expected.edit === 200 ? 2 : 1);

        const flag = await api(articleIssuesRoute.POST, token, {
          method: "POST",
          params: { id: article.id },
          body: { segmentId: article.segmentId, start: 0, end: 1, category: "accuracy", subcategory: "mistranslation", severity: "minor", comment: "" },
        });
        expect(flag.status).toBe(expected.flag);
        expect(await db.issue.count({ where: { articleId: article.id } })).toBe(expected.flag === 201 ? 1 : 0);

        const exported = await api(exportRoute.GET, token, { path: `/api/v1/articles/${article.id}/export?format=txt`, params: { id: article.id } });
        expect(exported.status).toBe(expected.export);

        const list = await api(articlesRoute.GET, token, { path: "/api/v1/articles?pageSize=200" });
        expect(list.status).toBe(200);
        const ids = ((await list.json()) as { items: { id: string }[] }).items.map((item) => item.id);
        expect(ids.includes(article.id)).toBe(expected.listed);

        // Refused requests write nothing.
        const writes = (expected.edit === 200 ? 1 : 0) + (expected.flag === 201 ? 1 : 0);
        expect(await db.auditEntry.count({ where: { articleId: article.id } })).toBe(auditBefore + writes);
        cases += 1;
      });
    }
  }
  it("ran every case of the table", () => {
    expect(cases).toBe(9);
  });
});

describe("desk roles elsewhere", () => {
  it("a forbidden article's id is 404 through the REST API, the same answer as an unknown id", async () => {
    const french = await articleIn("fr", "Forbidden French");
    const { token } = people.editorViewsFrench;
    const forbidden = await api(segmentRoute.PATCH, token, { method: "PATCH", params: { id: french.segmentId }, body: { target: "Texte.", version: 1 } });
    const unknown = await api(segmentRoute.PATCH, token, { method: "PATCH", params: { id: "no-such-segment" }, body: { target: "Texte.", version: 1 } });
    expect(forbidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await forbidden.json()).toEqual(await unknown.json());
    const unknownArticle = await api(articleRoute.GET, token, { params: { id: "no-such-article" } });
    expect(unknownArticle.status).toBe(404);
  });

  it("creating an article needs the create permission for its pair", async () => {
    const body = (targetLang: string) => ({ title: "New", sourceLang: "ar", targetLang, sourceText: "قال الوزير إن النمو بلغ 3 بالمئة.", targetText: TARGET_TEXT[targetLang]!.join("\n") });
    const created = await api(articlesRoute.POST, people.viewerEditsEnglish.token, { method: "POST", body: body("en") });
    expect(created.status).toBe(201);
    const refusedFrench = await api(articlesRoute.POST, people.viewerEditsEnglish.token, { method: "POST", body: body("fr") });
    expect(refusedFrench.status).toBe(403);
    expect((await refusedFrench.json()).error.code).toBe("auth.forbidden");
    const refusedByScope = await api(articlesRoute.POST, people.editorViewsFrench.token, { method: "POST", body: body("fr") });
    expect(refusedByScope.status).toBe(403);
    expect(await db.article.count({ where: { title: "New" } })).toBe(1);
  });

  it("the glossary of a pair is edited only with the permission for that pair", async () => {
    const actor: Actor = { userId: people.viewerEditsEnglish.id, name: "vee", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "en", role: "editor" }] };
    await saveGlossaryEntry({ actor, sourceLang: "ar", targetLang: "en", entry: { source: "الوزير", target: "minister", forbidden: [], type: "term" } });
    await expect(saveGlossaryEntry({ actor, sourceLang: "ar", targetLang: "fr", entry: { source: "الوزير", target: "ministre", forbidden: [], type: "term" } })).rejects.toMatchObject({ code: "auth.forbidden", status: 403 });
    expect(await db.glossaryEntry.count({ where: { source: "الوزير" } })).toBe(1);
  });

  it("the list and the queue show the articles the actor may read; assignment checks the role for the article's pair", async () => {
    const english = await articleIn("en", "Queue English");
    const french = await articleIn("fr", "Queue French");
    // A global viewer who reviews ar→en can be the reviewer of an ar→en article, not of an ar→fr one.
    await assignArticle({ actor: system, articleId: english.id, reviewerId: people.viewerReviewsEnglish.id, editorId: null });
    await expect(assignArticle({ actor: system, articleId: french.id, reviewerId: people.viewerReviewsEnglish.id, editorId: null })).rejects.toMatchObject({ code: "assign.wrong-role", status: 422 });
    // A global editor who only views ar→fr cannot be its editor.
    await expect(assignArticle({ actor: system, articleId: french.id, reviewerId: null, editorId: people.editorViewsFrench.id })).rejects.toMatchObject({ code: "assign.wrong-role", status: 422 });
    const forEnglish = await listUsers({ actor: adminActor, pair: { sourceLang: "ar", targetLang: "en" } });
    const forFrench = await listUsers({ actor: adminActor, pair: { sourceLang: "ar", targetLang: "fr" } });
    expect([forEnglish, forFrench].map((list) => list.find((u) => u.id === people.viewerReviewsEnglish.id)?.role)).toEqual(["reviewer", "viewer"]);
    expect([forEnglish, forFrench].map((list) => list.find((u) => u.id === people.editorViewsFrench.id)?.role)).toEqual(["editor", "viewer"]);

    const actor: Actor = { userId: people.viewerReviewsEnglish.id, name: "vre", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "en", role: "reviewer" }] };
    const queue = await listArticles({ actor, assignee: "me", pageSize: 200 });
    expect(queue.items.map((item) => item.title)).toEqual(["Queue English"]);
    const all = await listArticles({ actor, q: "Queue", pageSize: 200 });
    expect(all.items.map((item) => item.title).sort()).toEqual(["Queue English", "Queue French"]);
    const frenchOnly = await listArticles({ actor, q: "Queue", pair: "ar-fr", pageSize: 200 });
    expect(frenchOnly.items.map((item) => item.title)).toEqual(["Queue French"]);
    // No role lacks article.read today, so no article is left out of these lists; the where the list adds is the
    // same articleWhere that, for a permission some pairs lack, leaves those pairs' articles out in SQLite:
    const editable = (who: Actor) => db.article.findMany({ where: { AND: [articleWhere(who, "paragraph.edit"), { title: { startsWith: "Queue" } }] }, orderBy: { title: "asc" }, select: { title: true } });
    expect(await editable({ userId: null, name: "editor", role: "editor", scopes: [{ sourceLang: "ar", targetLang: "fr", role: "viewer" }] })).toEqual([{ title: "Queue English" }]);
    expect(await editable({ userId: null, name: "viewer", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "fr", role: "editor" }] })).toEqual([{ title: "Queue French" }]);
    expect(await editable(actor)).toEqual([]);
  });

  it("the session actor and the token actor carry the desk roles, read on every request", async () => {
    const response = await authPost(
      new Request(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: "198.51.100.40" },
        body: JSON.stringify({ email: "vee@example.org", password: "a long enough password" }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = /tadqiq\.session_token=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")![1];
    const headers = new Headers({ cookie: `tadqiq.session_token=${cookie}` });
    expect((await actorFromSessionHeaders(headers))?.scopes).toEqual([{ sourceLang: "ar", targetLang: "en", role: "editor" }]);
    await db.userScope.create({ data: { userId: people.viewerEditsEnglish.id, sourceLang: "ar", targetLang: "es", role: "reviewer" } });
    const next = await actorFromSessionHeaders(headers);
    expect([...(next?.scopes ?? [])].sort((a, b) => a.targetLang.localeCompare(b.targetLang))).toEqual([
      { sourceLang: "ar", targetLang: "en", role: "editor" },
      { sourceLang: "ar", targetLang: "es", role: "reviewer" },
    ]);
    await db.userScope.deleteMany({ where: { userId: people.viewerEditsEnglish.id, targetLang: "es" } });
  });
});

describe("managing desk roles", () => {
  it("the admin page's action adds, changes and removes a desk role, each audited; others are refused", async () => {
    const target = await person("desk-target@example.org", "viewer", []);
    const count = (action: string) => db.auditEntry.count({ where: { action, entityId: target.id } });

    testSession.actor = adminActor;
    expect(await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "en", role: "editor" })).toEqual({ ok: true, data: { changed: true } });
    expect(await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "en", role: "editor" })).toEqual({ ok: true, data: { changed: false } });
    expect(await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "en", role: "reviewer" })).toEqual({ ok: true, data: { changed: true } });
    expect(await db.userScope.findMany({ where: { userId: target.id }, select: { sourceLang: true, targetLang: true, role: true } })).toEqual([{ sourceLang: "ar", targetLang: "en", role: "reviewer" }]);
    expect(await count("user.scope.add")).toBe(2);
    const change = await db.auditEntry.findFirstOrThrow({ where: { action: "user.scope.add", entityId: target.id }, orderBy: { createdAt: "desc" } });
    expect(change.details).toEqual({ sourceLang: "ar", targetLang: "en", role: "reviewer", from: "editor" });

    expect(await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "en", role: null })).toEqual({ ok: true, data: { changed: true } });
    expect(await db.userScope.count({ where: { userId: target.id } })).toBe(0);
    expect(await count("user.scope.remove")).toBe(1);

    const bad = await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "ar", role: "editor" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("language.unknown");

    testSession.actor = { userId: people.editorViewsFrench.id, name: "evf", role: "editor", scopes: [{ sourceLang: "ar", targetLang: "fr", role: "admin" }] };
    const refused = await adminActions.setUserScopeAction({ userId: target.id, sourceLang: "ar", targetLang: "en", role: "admin" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe("auth.forbidden");
    expect(await db.userScope.count({ where: { userId: target.id } })).toBe(0);
  });

  it("PUT /users/{id}/scopes replaces the list, audits each change, and counts from the user's next request", async () => {
    const user = await person("desk-api@example.org", "viewer", []);
    const french = await articleIn("fr", "API French");
    const edit = (version: number) => api(segmentRoute.PATCH, user.token, { method: "PATCH", params: { id: french.segmentId }, body: { target: "Il a ajouté que le chômage a reculé.", version } });

    expect((await edit(1)).status).toBe(403);

    const put = await api(scopesRoute.PUT, adminToken, {
      method: "PUT",
      params: { id: user.id },
      body: { scopes: [{ sourceLang: "ar", targetLang: "fr", role: "editor" }, { sourceLang: "ar", targetLang: "en", role: "reviewer" }] },
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ items: [{ sourceLang: "ar", targetLang: "en", role: "reviewer" }, { sourceLang: "ar", targetLang: "fr", role: "editor" }] });
    expect(await db.auditEntry.count({ where: { action: "user.scope.add", entityId: user.id } })).toBe(2);

    // The same token, next request: the desk role applies.
    expect((await edit(1)).status).toBe(200);

    const replaced = await api(scopesRoute.PUT, adminToken, { method: "PUT", params: { id: user.id }, body: { scopes: [{ sourceLang: "ar", targetLang: "en", role: "reviewer" }] } });
    expect(replaced.status).toBe(200);
    expect(await db.auditEntry.count({ where: { action: "user.scope.remove", entityId: user.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "user.scope.add", entityId: user.id } })).toBe(2);
    // Editing French again is refused now: a reviewer for ar→en edits nowhere (403).
    expect((await edit(2)).status).toBe(403);

    const get = await api(scopesRoute.GET, adminToken, { params: { id: user.id } });
    expect(await get.json()).toEqual({ items: [{ sourceLang: "ar", targetLang: "en", role: "reviewer" }] });

    const duplicate = await api(scopesRoute.PUT, adminToken, {
      method: "PUT",
      params: { id: user.id },
      body: { scopes: [{ sourceLang: "ar", targetLang: "fr", role: "editor" }, { sourceLang: "ar", targetLang: "fr", role: "viewer" }] },
    });
    expect(duplicate.status).toBe(422);
    expect((await duplicate.json()).error.code).toBe("scope.duplicate-pair");
    const badRole = await api(scopesRoute.PUT, adminToken, { method: "PUT", params: { id: user.id }, body: { scopes: [{ sourceLang: "ar", targetLang: "fr", role: "owner" }] } });
    expect(badRole.status).toBe(422);
    expect(await db.userScope.findMany({ where: { userId: user.id }, select: { targetLang: true, role: true } })).toEqual([{ targetLang: "en", role: "reviewer" }]);

    const notAdmin = await api(scopesRoute.PUT, people.editorViewsFrench.token, { method: "PUT", params: { id: user.id }, body: { scopes: [] } });
    expect(notAdmin.status).toBe(403);
    expect((await api(scopesRoute.GET, adminToken, { params: { id: "no-such-user" } })).status).toBe(404);
    expect(await db.userScope.count({ where: { userId: user.id } })).toBe(1);
  });

  it("tadqiq user scope <email> <src>-<tgt> <role|none> sets and removes a desk role", async () => {
    const user = await person("desk-cli@example.org", "viewer", []);
    const out = { stdout: "", stderr: "" };
    const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) };
    expect(await runCli(["user", "scope", "desk-cli@example.org", "ar-en", "editor"], io)).toBe(0);
    expect(out.stdout).toBe("ar-en editor\n");
    expect(out.stderr).toBe("tadqiq user: desk role for ar-en set to editor (desk-cli@example.org)\n");
    out.stdout = "";
    expect(await runCli(["user", "scope", "desk-cli@example.org", "ar-en", "none"], io)).toBe(0);
    expect(out.stdout).toBe("");
    expect(await db.userScope.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { entityId: user.id, action: { startsWith: "user.scope." } }, orderBy: { createdAt: "asc" }, select: { action: true, origin: true } });
    expect(audit).toEqual([
      { action: "user.scope.add", origin: "cli" },
      { action: "user.scope.remove", origin: "cli" },
    ]);
    expect(await runCli(["user", "scope", "desk-cli@example.org", "arabic", "editor"], io)).toBe(2);
    expect(await runCli(["user", "scope", "desk-cli@example.org", "ar-en", "owner"], io)).toBe(2);
  });
});
