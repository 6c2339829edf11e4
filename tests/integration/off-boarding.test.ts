import { beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { authGet, authPost } from "../../lib/server/auth/auth-handler";
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER } from "../../lib/server/auth/client-address";
import { actorFromSessionHeaders } from "../../lib/server/auth/session-actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import { listUsers } from "../../lib/server/user/users";
import { createArticle } from "../../lib/server/article/create-article";
import { assignArticle } from "../../lib/server/article/assign-article";
import { runCli } from "../../lib/cli/main";
import * as adminActions from "../../app/admin/users/actions";
import { changePasswordAction } from "../../app/actions/auth";
import * as articlesRoute from "../../app/api/v1/articles/route";
import * as usersRoute from "../../app/api/v1/users/route";
import * as userRoute from "../../app/api/v1/users/[id]/route";
import * as deactivateRoute from "../../app/api/v1/users/[id]/deactivate/route";
import * as reactivateRoute from "../../app/api/v1/users/[id]/reactivate/route";
import * as passwordRoute from "../../app/api/v1/users/[id]/password/route";
import * as tokensRoute from "../../app/api/v1/users/[id]/tokens/route";
import * as tokenRoute from "../../app/api/v1/users/[id]/tokens/[tokenId]/route";

process.env[CLIENT_ADDRESS_FLAG] = "1";
const base = "http://localhost:3000";
let admin: Actor;
let adminToken: string;

/** Signs in through the auth endpoint; returns the Cookie header for the new session. */
async function signIn(email: string, password: string, address = "198.51.100.20"): Promise<string> {
  const response = await authPost(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: address },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(response.status, `sign-in of ${email}`).toBe(200);
  return cookieFrom(response);
}

function cookieFrom(response: Response): string {
  const match = /tadqiq\.session_token=([^;]+)/.exec(response.headers.get("set-cookie") ?? "");
  if (!match) throw new Error("no session cookie");
  return `tadqiq.session_token=${match[1]}`;
}

const withCookie = (cookie: string) => new Headers({ cookie, [CLIENT_ADDRESS_HEADER]: "198.51.100.20" });

/** The session as the auth library's own endpoint sees it (null when signed out). */
async function sessionEndpoint(cookie: string): Promise<unknown> {
  const response = await authGet(new Request(`${base}/api/auth/get-session`, { headers: { cookie } }));
  return response.json();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
function api(handler: (r: Request, c: { params: Promise<any> }) => Promise<Response>, token: string, options: { method?: string; params?: Record<string, string>; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return handler(new Request(`${base}/api/v1/x`, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }), { params: Promise.resolve(options.params ?? {}) });
}

async function person(email: string, role: "admin" | "editor" | "reviewer" | "viewer" = "editor", password = "a long enough password") {
  return createUser({ actor: admin, user: { email, password, name: email.split("@")[0]!, role } });
}

function cli(...args: string[]) {
  const out = { code: 0, stdout: "", stderr: "" };
  return runCli(args, { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) }).then((code) => ({ ...out, code }));
}

const auditCount = (action: string, entityId: string) => db.auditEntry.count({ where: { action, entityId } });

beforeAll(async () => {
  const first = await createUser({ actor: null, user: { email: "chief@example.org", password: "chief password 1", name: "Chief", role: "admin" } });
  admin = { userId: first.id, name: "Chief", role: "admin", origin: "test" };
  adminToken = (await createApiToken({ actor: admin, name: "admin" })).token;
});

describe("deactivation", () => {
  it("ends an existing session and token at once: the next request is 401; sign-in is refused", async () => {
    const user = await person("leaver@example.org");
    const cookie = await signIn("leaver@example.org", "a long enough password");
    const token = (await createApiToken({ actor: { userId: user.id, name: "leaver", role: "editor" }, name: "cms" })).token;
    expect((await actorFromSessionHeaders(withCookie(cookie)))?.userId).toBe(user.id);
    expect((await api(articlesRoute.GET, token)).status).toBe(200);

    testSession.actor = admin;
    expect(await adminActions.deactivateUserAction({ userId: user.id })).toEqual({ ok: true, data: null });

    expect(await actorFromSessionHeaders(withCookie(cookie))).toBeNull();
    expect(await sessionEndpoint(cookie)).toBeNull();
    const refused = await api(articlesRoute.GET, token);
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe("auth.invalid-token");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await auditCount("user.deactivate", user.id)).toBe(1);
    const again = await authPost(new Request(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: "198.51.100.21" }, body: JSON.stringify({ email: "leaver@example.org", password: "a long enough password" }) }));
    expect(again.status).toBe(401);
  });

  it("reactivation lets the account sign in again; its revoked tokens stay revoked", async () => {
    const user = await person("returner@example.org");
    const token = (await createApiToken({ actor: { userId: user.id, name: "returner", role: "editor" }, name: "cms" })).token;
    testSession.actor = admin;
    expect((await adminActions.deactivateUserAction({ userId: user.id })).ok).toBe(true);
    expect((await adminActions.reactivateUserAction({ userId: user.id })).ok).toBe(true);
    await signIn("returner@example.org", "a long enough password");
    expect((await api(articlesRoute.GET, token)).status).toBe(401);
    expect(await auditCount("user.reactivate", user.id)).toBe(1);
  });

  it("deactivated accounts are not offered for assignment, but admins still see them", async () => {
    const user = await person("hidden@example.org");
    testSession.actor = admin;
    expect((await adminActions.deactivateUserAction({ userId: user.id })).ok).toBe(true);
    const editor: Actor = { userId: null, name: "desk", role: "editor" };
    expect((await listUsers({ actor: editor })).some((u) => u.email === "hidden@example.org")).toBe(false);
    expect((await listUsers({ actor: admin, includeDeactivated: true })).find((u) => u.email === "hidden@example.org")?.deactivatedAt).toEqual(expect.any(String));
    await expect(listUsers({ actor: editor, includeDeactivated: true })).rejects.toMatchObject({ code: "auth.forbidden" });
  });

  it("a deactivated account cannot be assigned an article (422 assign.deactivated, nothing written)", async () => {
    const user = await person("gone-editor@example.org");
    testSession.actor = admin;
    const { id } = await createArticle({ actor: admin, title: "Assignment", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["نص."], targetParagraphs: ["Text."] });
    expect((await adminActions.deactivateUserAction({ userId: user.id })).ok).toBe(true);
    await expect(assignArticle({ actor: admin, articleId: id, reviewerId: null, editorId: user.id })).rejects.toMatchObject({ code: "assign.deactivated", status: 422 });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ editorId: null });
  });

  it("refuses to deactivate oneself or the last active admin", async () => {
    testSession.actor = admin;
    const self = await adminActions.deactivateUserAction({ userId: admin.userId! });
    expect(self.ok ? null : self.error.code).toBe("user.self-deactivate");
    const other = await person("second-admin@example.org", "admin");
    // With the second admin deactivated, the chief is the last active admin.
    expect((await adminActions.deactivateUserAction({ userId: other.id })).ok).toBe(true);
    testSession.actor = { userId: null, name: "system", role: "admin" };
    const last = await adminActions.deactivateUserAction({ userId: admin.userId! });
    expect(last.ok ? null : last.error.code).toBe("user.last-admin");
    const demote = await adminActions.updateUserRoleAction({ userId: admin.userId!, role: "editor" });
    expect(demote.ok ? null : demote.error.code).toBe("user.last-admin");
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.userId! } })).toMatchObject({ role: "admin", deactivatedAt: null });
  });
});

describe("role changes", () => {
  it("a demotion takes effect on the user's next request, for the same session and token", async () => {
    const user = await person("demoted@example.org", "admin");
    const cookie = await signIn("demoted@example.org", "a long enough password");
    const token = (await createApiToken({ actor: { userId: user.id, name: "demoted", role: "admin" }, name: "ops" })).token;
    expect((await actorFromSessionHeaders(withCookie(cookie)))?.role).toBe("admin");
    expect((await api(usersRoute.GET, token)).status).toBe(200);

    testSession.actor = admin;
    expect((await adminActions.updateUserRoleAction({ userId: user.id, role: "viewer" })).ok).toBe(true);

    // Same session, not signed out: the role is read again.
    expect((await actorFromSessionHeaders(withCookie(cookie)))?.role).toBe("viewer");
    const refused = await api(usersRoute.GET, token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("auth.forbidden");
  });
});

describe("password reset by an admin", () => {
  it("sets the new password, ends the user's sessions and is audited", async () => {
    const user = await person("forgetful@example.org");
    const cookie = await signIn("forgetful@example.org", "a long enough password");
    testSession.actor = admin;
    expect(await adminActions.resetUserPasswordAction({ userId: user.id, password: "brand new password" })).toEqual({ ok: true, data: null });
    expect(await actorFromSessionHeaders(withCookie(cookie))).toBeNull();
    const old = await authPost(new Request(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: "198.51.100.22" }, body: JSON.stringify({ email: "forgetful@example.org", password: "a long enough password" }) }));
    expect(old.status).toBe(401);
    await signIn("forgetful@example.org", "brand new password", "198.51.100.23");
    expect(await auditCount("user.reset-password", user.id)).toBe(1);
  });

  it("refuses weak passwords with the rule's code and changes nothing", async () => {
    const user = await person("weak-reset@example.org");
    const before = (await db.account.findFirstOrThrow({ where: { userId: user.id } })).password;
    testSession.actor = admin;
    const short = await adminActions.resetUserPasswordAction({ userId: user.id, password: "12345678" });
    expect(short.ok ? null : short.fieldErrors).toEqual({ password: "errors:password.too-short" });
    const common = await adminActions.resetUserPasswordAction({ userId: user.id, password: "password1234" });
    expect(common.ok ? null : common.fieldErrors).toEqual({ password: "errors:password.common" });
    expect((await db.account.findFirstOrThrow({ where: { userId: user.id } })).password).toBe(before);
    expect(await auditCount("user.reset-password", user.id)).toBe(0);
  });
});

describe("password change through the raw auth endpoint", () => {
  it("ends the user's other sessions, keeps the caller signed in and writes an audit entry", async () => {
    const user = await person("changer@example.org");
    const here = await signIn("changer@example.org", "a long enough password", "198.51.100.30");
    const elsewhere = await signIn("changer@example.org", "a long enough password", "198.51.100.31");
    const response = await authPost(
      new Request(`${base}/api/auth/change-password`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie: here, [CLIENT_ADDRESS_HEADER]: "198.51.100.30" },
        body: new URLSearchParams({ currentPassword: "a long enough password", newPassword: "changed password 2" }).toString(),
      }),
    );
    expect(response.status).toBe(200);
    expect(await actorFromSessionHeaders(withCookie(elsewhere))).toBeNull();
    expect((await actorFromSessionHeaders(withCookie(cookieFrom(response))))?.userId).toBe(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const audit = await db.auditEntry.findMany({ where: { action: "user.change-password", entityId: user.id } });
    expect(audit.map((a) => [a.actorId, a.origin])).toEqual([[user.id, "198.51.100.30"]]);
    await signIn("changer@example.org", "changed password 2", "198.51.100.32");
  });

  it("refuses a weak new password with the rule's code and changes nothing", async () => {
    const user = await person("weak-change@example.org");
    const cookie = await signIn("weak-change@example.org", "a long enough password", "198.51.100.33");
    for (const [newPassword, code] of [["short", "password.too-short"], ["qwerty123456", "password.common"]] as const) {
      const response = await authPost(
        new Request(`${base}/api/auth/change-password`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: base, cookie, [CLIENT_ADDRESS_HEADER]: "198.51.100.33" },
          body: JSON.stringify({ currentPassword: "a long enough password", newPassword }),
        }),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).code).toBe(code);
    }
    expect(await auditCount("user.change-password", user.id)).toBe(0);
    expect((await actorFromSessionHeaders(withCookie(cookie)))?.userId).toBe(user.id);
  });
});

describe("weak passwords are refused everywhere", () => {
  it("account creation (set-up, admin page, API, CLI) and the Settings password change", async () => {
    await expect(createUser({ actor: admin, user: { email: "w1@example.org", password: "password", name: "W", role: "viewer" } })).rejects.toMatchObject({ details: { fieldErrors: { password: "errors:password.too-short" } } });
    testSession.actor = admin;
    const page = await adminActions.createUserAction({ email: "w2@example.org", password: "12345678", name: "W", role: "viewer" });
    expect(page.ok ? null : page.fieldErrors).toEqual({ password: "errors:password.too-short" });
    const viaApi = await api(usersRoute.POST, adminToken, { method: "POST", body: { email: "w3@example.org", password: "password1234", name: "W", role: "viewer" } });
    expect(viaApi.status).toBe(422);
    expect((await viaApi.json()).error.fieldCodes).toEqual({ password: "password.common" });
    const viaCli = await cli("user", "create", "--email", "w4@example.org", "--password", "iloveyou2024!", "--role", "viewer");
    expect(viaCli.code).toBe(2);
    expect(viaCli.stderr).toContain("This password is too common");
    testSession.actor = { userId: admin.userId, name: "Chief", role: "admin" };
    const change = await changePasswordAction({ currentPassword: "chief password 1", newPassword: "12345678" });
    expect(change.ok ? null : change.fieldErrors).toEqual({ newPassword: "errors:password.too-short" });
    expect(await db.user.count({ where: { email: { in: ["w1@example.org", "w2@example.org", "w3@example.org", "w4@example.org"] } } })).toBe(0);
  });
});

describe("admin API", () => {
  it("lists, deactivates, reactivates, resets and revokes tokens; non-admins get 403", async () => {
    const user = await person("api-target@example.org", "reviewer");
    const userToken = await createApiToken({ actor: { userId: user.id, name: "t", role: "reviewer" }, name: "sync" });
    const params = { id: user.id };

    expect((await api(usersRoute.GET, userToken.token)).status).toBe(403);
    expect((await api(deactivateRoute.POST, userToken.token, { method: "POST", params: { id: admin.userId! } })).status).toBe(403);

    const listed = await (await api(usersRoute.GET, adminToken)).json();
    expect(listed.items.find((u: { email: string }) => u.email === "api-target@example.org")).toMatchObject({ role: "reviewer", deactivatedAt: null });
    const tokens = await (await api(tokensRoute.GET, adminToken, { params })).json();
    expect(tokens.items.map((t: { name: string; revokedAt: string | null }) => [t.name, t.revokedAt])).toEqual([["sync", null]]);
    expect(JSON.stringify(tokens)).not.toContain(userToken.token);

    const revoked = await api(tokenRoute.DELETE, adminToken, { method: "DELETE", params: { id: user.id, tokenId: userToken.dto.id } });
    expect(revoked.status).toBe(200);
    expect((await api(articlesRoute.GET, userToken.token)).status).toBe(401);
    expect((await api(tokenRoute.DELETE, adminToken, { method: "DELETE", params: { id: admin.userId!, tokenId: userToken.dto.id } })).status).toBe(404);

    const patched = await api(userRoute.PATCH, adminToken, { method: "PATCH", params, body: { role: "editor" } });
    expect((await patched.json()).role).toBe("editor");
    const weak = await api(passwordRoute.POST, adminToken, { method: "POST", params, body: { password: "short" } });
    expect(weak.status).toBe(422);
    expect((await weak.json()).error.fieldCodes).toEqual({ password: "password.too-short" });
    expect((await api(passwordRoute.POST, adminToken, { method: "POST", params, body: { password: "reset over the api" } })).status).toBe(200);

    const deactivated = await (await api(deactivateRoute.POST, adminToken, { method: "POST", params })).json();
    expect(deactivated.deactivatedAt).toEqual(expect.any(String));
    const reactivated = await (await api(reactivateRoute.POST, adminToken, { method: "POST", params })).json();
    expect(reactivated.deactivatedAt).toBeNull();
    expect((await api(userRoute.GET, adminToken, { params: { id: "no-such-user" } })).status).toBe(404);
    expect(await db.auditEntry.count({ where: { entityId: user.id, action: { in: ["user.role", "user.reset-password", "user.deactivate", "user.reactivate"] } } })).toBe(4);
  });
});

describe("CLI", () => {
  it("user deactivate, reactivate and reset <email>; token list and revoke", async () => {
    const user = await person("cli-target@example.org", "viewer");
    const token = await createApiToken({ actor: { userId: user.id, name: "c", role: "viewer" }, name: "feed" });

    const list = await cli("token", "list", "--email", "cli-target@example.org");
    expect(list.code).toBe(0);
    expect(list.stdout.split("\t").slice(0, 3)).toEqual([token.dto.id, token.dto.prefix, "active"]);

    const off = await cli("user", "deactivate", "cli-target@example.org");
    expect(off.code).toBe(0);
    expect(off.stderr).toBe("tadqiq user: deactivated cli-target@example.org; sessions ended, 1 API token(s) revoked\n");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deactivatedAt).not.toBeNull();
    expect((await api(articlesRoute.GET, token.token)).status).toBe(401);

    expect((await cli("user", "reactivate", "cli-target@example.org")).code).toBe(0);
    const reset = await cli("user", "reset", "cli-target@example.org");
    expect(reset.code).toBe(0);
    const generated = reset.stdout.trim();
    expect(generated).toMatch(/^[A-Za-z0-9]{20}$/);
    await signIn("cli-target@example.org", generated, "198.51.100.40");

    const weak = await cli("user", "reset", "cli-target@example.org", "--password", "password");
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("The password needs at least 12 characters.");
    const unknown = await cli("user", "deactivate", "nobody@example.org");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no account with email "nobody@example.org"');

    const again = await createApiToken({ actor: { userId: user.id, name: "c", role: "viewer" }, name: "feed 2" });
    expect((await cli("token", "revoke", again.dto.id)).code).toBe(0);
    expect((await api(articlesRoute.GET, again.token)).status).toBe(401);
    const origins = await db.auditEntry.findMany({ where: { entityId: user.id, action: { in: ["user.deactivate", "user.reactivate", "user.reset-password"] } }, select: { origin: true } });
    expect(origins.map((o) => o.origin)).toEqual(["cli", "cli", "cli"]);
  });
});
