import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor, Role } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import * as articles from "../../app/api/v1/articles/route";
import * as reviewedRoute from "../../app/api/v1/rows/[id]/reviewed/route";
import * as exportRoute from "../../app/api/v1/articles/[id]/export/route";

const tokens = {} as Record<Role, string>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
function call(handler: (r: Request, c: { params: Promise<any> }) => Promise<Response>, options: { method?: string; path?: string; token?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return handler(
    new Request(`http://localhost:3000${options.path ?? "/api/v1/articles"}`, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
}

const put = (rowId: string, token: string, body: unknown) =>
  call(reviewedRoute.PUT, { method: "PUT", path: `/api/v1/rows/${rowId}/reviewed`, token, body, params: { id: rowId } });

const tmxOf = async (articleId: string) => {
  const response = await call(exportRoute.GET, { path: `/api/v1/articles/${articleId}/export?format=tmx`, token: tokens.viewer, params: { id: articleId } });
  expect(response.status).toBe(200);
  return response.text();
};

let articleId: string;
let rowIds: string[];

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "rows-admin@example.org", password: "long-password", name: "Admin", role: "admin" } });
  const actors = { admin: { userId: admin.id, name: "Admin", role: "admin" } } as Record<Role, Actor>;
  for (const role of ["editor", "reviewer", "viewer"] as const) {
    const user = await createUser({ actor: actors.admin, user: { email: `rows-${role}@example.org`, password: "long-password", name: `Rania ${role}`, role } });
    actors[role] = { userId: user.id, name: `Rania ${role}`, role };
  }
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) tokens[role] = (await createApiToken({ actor: actors[role], name: "rows" })).token;
  const created = await call(articles.POST, {
    method: "POST",
    token: tokens.editor,
    body: {
      title: "Port closed",
      sourceLang: "ar",
      targetLang: "en",
      sourceText: "أغلقت السلطات الميناء يوم الاثنين.\nوأُلغيت رحلات العبّارات.",
      targetText: "The authorities closed the port on Monday.\nFerry crossings were cancelled.",
    },
  });
  expect(created.status).toBe(201);
  const body = (await created.json()) as { id: string; pairs: { id: string; reviewed: boolean }[] };
  articleId = body.id;
  rowIds = body.pairs.map((pair) => pair.id);
  expect(body.pairs.map((pair) => pair.reviewed)).toEqual([false, false]);
});

describe("PUT /api/v1/rows/{id}/reviewed", () => {
  it("the TMX of an article with no reviewed pair has no unit", async () => {
    expect(await tmxOf(articleId)).not.toContain("<tu ");
  });

  it("a reviewer ticks a pair reviewed: 200 with the mark, a row.reviewed audit entry, and the pair in the TMX", async () => {
    const response = await put(rowIds[0]!, tokens.reviewer, { reviewed: true });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: rowIds[0], articleId, reviewed: true, reviewedBy: "Rania reviewer", changed: true });
    expect(body.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const row = await db.alignmentRow.findUniqueOrThrow({ where: { id: rowIds[0] } });
    expect([row.reviewed, row.reviewedBy]).toEqual([true, "Rania reviewer"]);
    expect(await db.auditEntry.count({ where: { articleId, action: "row.reviewed", entityId: rowIds[0] } })).toBe(1);
    const tmx = await tmxOf(articleId);
    expect(tmx.match(/<tu /g)).toHaveLength(1);
    expect(tmx).toContain("<seg>أغلقت السلطات الميناء يوم الاثنين.</seg>");
    expect(tmx).toContain("<seg>The authorities closed the port on Monday.</seg>");
  });

  it("ticking again changes nothing: same reviewer and date, no second audit entry", async () => {
    const before = await db.alignmentRow.findUniqueOrThrow({ where: { id: rowIds[0] } });
    const response = await put(rowIds[0]!, tokens.editor, { reviewed: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reviewed: true, reviewedBy: "Rania reviewer", reviewedAt: before.reviewedAt!.toISOString(), changed: false });
    expect(await db.auditEntry.count({ where: { articleId, action: "row.reviewed", entityId: rowIds[0] } })).toBe(1);
  });

  it("unticking clears the mark and takes the pair out of the TMX", async () => {
    const response = await put(rowIds[0]!, tokens.editor, { reviewed: false });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: rowIds[0], articleId, reviewed: false, reviewedBy: null, reviewedAt: null, changed: true });
    expect(await db.auditEntry.count({ where: { articleId, action: "row.unreviewed", entityId: rowIds[0] } })).toBe(1);
    expect(await tmxOf(articleId)).not.toContain("<tu ");
  });

  it.each([
    ["a viewer", () => tokens.viewer, { reviewed: true }, 403, "auth.forbidden"],
    ["a string instead of a boolean", () => tokens.editor, { reviewed: "yes" }, 422, "validation"],
    ["a missing field", () => tokens.editor, {}, 422, "validation"],
    ["an extra field", () => tokens.editor, { reviewed: true, note: "x" }, 422, "validation"],
    ["a body that is not JSON", () => tokens.editor, "{reviewed", 422, "validation"],
  ])("%s → %i %s, nothing written", async (_name, token, body, status, code) => {
    const response = await put(rowIds[1]!, token(), body);
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
    expect((await db.alignmentRow.findUniqueOrThrow({ where: { id: rowIds[1] } })).reviewed).toBe(false);
  });

  it("a wrong boolean names the field in English and by code", async () => {
    const response = await put(rowIds[1]!, tokens.editor, { reviewed: "yes" });
    expect((await response.json()).error).toMatchObject({ fields: { reviewed: "Send reviewed as true or false." }, fieldCodes: { reviewed: "row.reviewed-boolean" } });
  });

  it("an approved article's marks are read-only: 409 article.locked, nothing written", async () => {
    await db.article.update({ where: { id: articleId }, data: { status: "approved" } });
    try {
      const response = await put(rowIds[1]!, tokens.editor, { reviewed: true });
      expect(response.status).toBe(409);
      expect((await response.json()).error.code).toBe("article.locked");
      expect((await db.alignmentRow.findUniqueOrThrow({ where: { id: rowIds[1] } })).reviewed).toBe(false);
    } finally {
      await db.article.update({ where: { id: articleId }, data: { status: "in_review" } });
    }
  });

  it("an unknown row → 404 row.not-found; no token → 401", async () => {
    const missing = await put("no-such-row", tokens.editor, { reviewed: true });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("row.not-found");
    const anonymous = await call(reviewedRoute.PUT, { method: "PUT", path: `/api/v1/rows/${rowIds[1]}/reviewed`, body: { reviewed: true }, params: { id: rowIds[1]! } });
    expect(anonymous.status).toBe(401);
  });
});
