import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor, Role } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken, revokeApiToken } from "../../lib/server/token/api-tokens";
import * as articles from "../../app/api/v1/articles/route";
import * as article from "../../app/api/v1/articles/[id]/route";
import * as segments from "../../app/api/v1/segments/[id]/route";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import * as articleIssues from "../../app/api/v1/articles/[id]/issues/route";
import * as issues from "../../app/api/v1/issues/[id]/route";
import * as comments from "../../app/api/v1/issues/[id]/comments/route";
import * as transitions from "../../app/api/v1/articles/[id]/transitions/route";

const tokens = {} as Record<Role, string>;
const actors = {} as Record<Role, Actor>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
function call(handler: (r: Request, c: { params: Promise<any> }) => Promise<Response>, options: { method?: string; path?: string; token?: string | null; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost:3000${options.path ?? "/api/v1/articles"}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

const newArticle = {
  title: "Flood warning",
  sourceLang: "ar",
  targetLang: "en",
  sourceText: "حذرت الأرصاد من سيول في 12 محافظة يوم الخميس.\nودعت السكان إلى الابتعاد عن الأودية.",
  targetText: "The weather office warned of floods in 21 provinces on Thursday.\nIt urged residents to stay away from valleys.",
};

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "api-admin@example.org", password: "long-password", name: "Admin", role: "admin" } });
  actors.admin = { userId: admin.id, name: "Admin", role: "admin" };
  for (const role of ["editor", "reviewer", "viewer"] as const) {
    const u = await createUser({ actor: actors.admin, user: { email: `api-${role}@example.org`, password: "long-password", name: role, role } });
    actors[role] = { userId: u.id, name: role, role };
  }
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) tokens[role] = (await createApiToken({ actor: actors[role], name: "test" })).token;
});

describe("REST API authentication", () => {
  it("answers 401 without a token, with an unknown token and with a session cookie alone", async () => {
    expect((await call(articles.GET)).status).toBe(401);
    expect((await call(articles.GET, { token: "tdq_not-a-real-token" })).status).toBe(401);
    const cookieOnly = await call(articles.POST, { method: "POST", body: newArticle, headers: { cookie: "tadqiq.session_token=abc", origin: "https://evil.example" } });
    expect(cookieOnly.status).toBe(401);
    const body = await cookieOnly.json();
    expect(body.error.code).toBe("auth.required");
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it("stores tokens hashed, and a revoked token stops working at once", async () => {
    const { token, dto } = await createApiToken({ actor: actors.viewer, name: "temporary" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await call(articles.GET, { token })).status).toBe(200);
    await revokeApiToken({ actor: actors.viewer, tokenId: dto.id });
    expect((await call(articles.GET, { token })).status).toBe(401);
  });

  it("records a token's last use to the minute, without a write on every request", async () => {
    const { token, dto } = await createApiToken({ actor: actors.viewer, name: "busy integration" });
    expect((await call(articles.GET, { token })).status).toBe(200);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    expect((await call(articles.GET, { token })).status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt).toEqual(first);
    // Two minutes later the next request records the new time.
    const earlier = new Date(first!.getTime() - 120_000);
    await db.apiToken.update({ where: { id: dto.id }, data: { lastUsedAt: earlier } });
    expect((await call(articles.GET, { token })).status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt!.getTime()).toBeGreaterThan(earlier.getTime() + 60_000);
  });
});

describe("REST API articles and segments", () => {
  let id: string;
  let segmentId: string;
  let version: number;

  it("creates an aligned, checked article (201) for an editor, 403 for a viewer, 422 for a bad body", async () => {
    expect((await call(articles.POST, { method: "POST", token: tokens.viewer, body: newArticle })).status).toBe(403);
    const badLanguage = await call(articles.POST, { method: "POST", token: tokens.editor, body: { ...newArticle, sourceLang: "xx" } });
    expect(badLanguage.status).toBe(422);
    expect(Object.keys((await badLanguage.json()).error.fields)).toEqual(["sourceLang"]);
    const emptyText = await call(articles.POST, { method: "POST", token: tokens.editor, body: { ...newArticle, targetText: " " } });
    expect(emptyText.status).toBe(422);
    const emptyError = (await emptyText.json()).error;
    expect(emptyError.fields).toEqual({ targetText: "This text is empty: paste at least one paragraph." });
    expect(emptyError.fieldCodes).toEqual({ targetText: "text.empty" });
    expect((await call(articles.POST, { method: "POST", token: tokens.editor, body: "{not json" })).status).toBe(422);
    const created = await call(articles.POST, { method: "POST", token: tokens.editor, body: newArticle });
    expect(created.status).toBe(201);
    const body = await created.json();
    id = body.id;
    expect(body.pairs).toHaveLength(2);
    // The quality score on the one 0–100 scale: 15 source words, scored over the 250-word base, no open issue yet.
    expect(body.score).toEqual({ quality: 100, threshold: 99, pass: true, penalty: 0, sourceWords: 15, wordBase: 250 });
    expect(body.passThreshold).toBe(99);
    expect(body.pairs[0]).toMatchObject({ row: 1, reviewed: false, version: 1, source: expect.stringContaining("12"), target: expect.stringContaining("21 provinces") });
    expect(body.pairs[1].row).toBe(2);
    // Findings name their row as the review page does.
    expect(body.findings.find((f: { check: string; text: string }) => f.check === "number-mismatch" && f.text === "21")?.row).toBe(1);
    segmentId = body.pairs[0].segmentId;
    version = body.pairs[0].version;
  });

  it("lists and searches articles with pagination", async () => {
    const list = await (await call(articles.GET, { token: tokens.viewer, path: "/api/v1/articles?q=valleys&state=draft&pageSize=10" })).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(list).toMatchObject({ page: 1, pageSize: 10, totalCapped: false });
    const none = await (await call(articles.GET, { token: tokens.viewer, path: "/api/v1/articles?q=zzzz-nothing" })).json();
    expect(none.total).toBe(0);
    expect(none.totalCapped).toBe(false);
    expect((await call(articles.GET, { token: tokens.viewer, path: "/api/v1/articles?state=bogus" })).status).toBe(422);
  });

  it("returns the article, and 404 for one that does not exist", async () => {
    const got = await call(article.GET, { token: tokens.viewer, params: { id } });
    expect(got.status).toBe(200);
    expect((await got.json()).pairs[1].target).toContain("valleys");
    expect((await call(article.GET, { token: tokens.viewer, params: { id: "missing" } })).status).toBe(404);
  });

  it("patches a segment (200) and refuses a stale version with the current text (409)", async () => {
    expect((await call(segments.PATCH, { method: "PATCH", token: tokens.reviewer, params: { id: segmentId }, body: { target: "x", version } })).status).toBe(403);
    const ok = await call(segments.PATCH, { method: "PATCH", token: tokens.editor, params: { id: segmentId }, body: { target: "The weather office warned of floods in 12 provinces on Thursday.", version } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: segmentId, version: version + 1 });
    const stale = await call(segments.PATCH, { method: "PATCH", token: tokens.editor, params: { id: segmentId }, body: { target: "Overwrite", version } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toEqual({ target: "The weather office warned of floods in 12 provinces on Thursday.", version: version + 1 });
    expect((await call(segments.PATCH, { method: "PATCH", token: tokens.editor, params: { id: segmentId }, body: { target: "" } })).status).toBe(422);
  });

  it("re-checks a segment saved through the API after answering: the number fixed in the PATCH above no longer has its finding", async () => {
    // The PATCH answered without waiting for QA; the run it scheduled fixes the findings once it lands.
    await settleArticleQa(id);
    const got = await (await call(article.GET, { token: tokens.viewer, params: { id } })).json();
    expect(got.findings.filter((f: { check: string; text: string; row: number }) => f.check === "number-mismatch" && f.row === 1)).toEqual([]);
  });

  it("flags, comments, resolves issues with the same roles as the UI", async () => {
    const flagged = await call(articleIssues.POST, { method: "POST", token: tokens.reviewer, params: { id }, body: { segmentId, start: 4, end: 18, category: "terminology", subcategory: "wrong-term", severity: "critical", comment: "Met office" } });
    expect(flagged.status).toBe(201);
    const issue = await flagged.json();
    expect(issue.quote).toBe("weather office");
    expect((await call(articleIssues.POST, { method: "POST", token: tokens.viewer, params: { id }, body: { segmentId, start: 0, end: 3, category: "style", severity: "minor" } })).status).toBe(403);
    expect((await call(articleIssues.POST, { method: "POST", token: tokens.reviewer, params: { id }, body: { segmentId, start: 0, end: 999, category: "style", severity: "minor" } })).status).toBe(422);
    expect((await call(comments.POST, { method: "POST", token: tokens.reviewer, params: { id: issue.id }, body: { body: "<script>alert(1)</script>" } })).status).toBe(201);
    const stored = await db.issueComment.findFirstOrThrow({ where: { issueId: issue.id } });
    expect(stored.body).toBe("<script>alert(1)</script>");

    // Approval is refused while the critical issue is open; the body lists the checklist.
    expect((await call(transitions.POST, { method: "POST", token: tokens.editor, params: { id }, body: { to: "in_review" } })).status).toBe(200);
    const refused = await call(transitions.POST, { method: "POST", token: tokens.editor, params: { id }, body: { to: "approved" } });
    expect(refused.status).toBe(409);
    const refusedBody = await refused.json();
    expect(refusedBody.error.code).toBe("article.approval-blocked");
    expect(refusedBody.error.details.items).toContainEqual(expect.objectContaining({ code: "critical-issues", state: "block", params: { count: 1 } }));
    expect((await call(issues.PATCH, { method: "PATCH", token: tokens.reviewer, params: { id: issue.id }, body: { status: "resolved" } })).status).toBe(403);
    expect((await call(issues.PATCH, { method: "PATCH", token: tokens.editor, params: { id: issue.id }, body: { status: "resolved" } })).status).toBe(200);
    expect((await call(transitions.POST, { method: "POST", token: tokens.reviewer, params: { id }, body: { to: "approved" } })).status).toBe(403);
    // No row was marked reviewed: approving needs the explicit confirmation, and then marks them.
    const unconfirmed = await call(transitions.POST, { method: "POST", token: tokens.editor, params: { id }, body: { to: "approved" } });
    expect(unconfirmed.status).toBe(409);
    const unconfirmedBody = await unconfirmed.json();
    expect(unconfirmedBody.error.code).toBe("article.approval-needs-confirmation");
    expect(unconfirmedBody.error.details.items).toContainEqual(expect.objectContaining({ code: "rows-reviewed", state: "warn", rows: [1, 2] }));
    const approved = await call(transitions.POST, { method: "POST", token: tokens.editor, params: { id }, body: { to: "approved", acknowledgeWarnings: true } });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toEqual({ id, status: "approved", markedReviewed: 2 });
    // Approved articles take no new issue until reopened.
    const lateIssue = await call(articleIssues.POST, { method: "POST", token: tokens.reviewer, params: { id }, body: { segmentId, start: 0, end: 3, category: "style", severity: "critical" } });
    expect(lateIssue.status).toBe(409);
    expect((await lateIssue.json()).error.code).toBe("article.locked");
    expect((await call(transitions.POST, { method: "POST", token: tokens.editor, params: { id }, body: { to: "nonsense" } })).status).toBe(422);
    // Approved articles are read-only until reopened.
    const locked = await call(segments.PATCH, { method: "PATCH", token: tokens.editor, params: { id: segmentId }, body: { target: "Late change", version: version + 1 } });
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe("article.locked");
  });
});
