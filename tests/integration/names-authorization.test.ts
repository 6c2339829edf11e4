import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import { ROLES, type Actor, type Role } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import * as actions from "../../app/names/actions";
import * as namesRoute from "../../app/api/v1/names/route";
import * as nameRoute from "../../app/api/v1/names/[id]/route";
import * as fixAllRoute from "../../app/api/v1/names/[id]/fix-all/route";
import type { TActionResult } from "../../lib/server/action";

const actors = {} as Record<Role, Actor>;
const tokens = {} as Record<Role, string>;

/**
 * Who may do what with the name register, written out by hand (not read from PERMISSIONS, which is what is under
 * test): reviewers read, editors and admins also change it, viewers do not see it.
 */
const ALLOWED: Record<string, readonly Role[]> = {
  "update name (action)": ["admin", "editor"],
  "delete name (action)": ["admin", "editor"],
  "count name fix (action)": ["admin", "editor"],
  "fix name everywhere (action)": ["admin", "editor"],
  "GET /names": ["admin", "editor", "reviewer"],
  "GET /names/{id}": ["admin", "editor", "reviewer"],
  "PATCH /names/{id}": ["admin", "editor"],
  "DELETE /names/{id}": ["admin", "editor"],
  "POST /names/{id}/fix-all": ["admin", "editor"],
};

/** A register entry with a house spelling and a variant, made without the data layer (no audit entry). */
async function freshEntry() {
  const entry = await db.nameEntry.create({
    data: {
      targetLang: "en",
      key: `نعيم ${Math.random().toString(36).slice(2)}`,
      arabic: "نعيم",
      house: "Naim",
      spellings: { create: [{ spelling: "Naim", latinKey: "naim", count: 3 }, { spelling: "Naeem", latinKey: "naeem", count: 1 }] },
    },
    include: { spellings: true },
  });
  return { id: entry.id, naeem: entry.spellings.find((s) => s.spelling === "Naeem")!.id };
}

type Fixture = Awaited<ReturnType<typeof freshEntry>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
async function api(handler: (r: Request, c: { params: Promise<any> }) => Promise<Response>, role: Role | "anonymous", options: { method?: string; path: string; body?: unknown; params?: Record<string, string> }) {
  const headers: Record<string, string> = {};
  if (role !== "anonymous") headers.authorization = `Bearer ${tokens[role]}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost:3000/api/v1${options.path}`, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  if (response.ok) return { ok: true as const };
  const body = (await response.json()) as { error: { code: string } };
  return { ok: false as const, code: body.error.code, status: response.status };
}

const asResult = (result: TActionResult<unknown>) => (result.ok ? { ok: true as const } : { ok: false as const, code: result.error.code });

const cases: { name: string; call: (f: Fixture, role: Role | "anonymous") => Promise<{ ok: boolean; code?: string }> }[] = [
  { name: "update name (action)", call: async (f) => asResult(await actions.updateNameEntryAction({ id: f.id, house: "Naïm" })) },
  { name: "delete name (action)", call: async (f) => asResult(await actions.deleteNameEntryAction({ id: f.id })) },
  { name: "count name fix (action)", call: async (f) => asResult(await actions.previewNameFixAction({ id: f.id, spelling: "Naeem" })) },
  { name: "fix name everywhere (action)", call: async (f) => asResult(await actions.fixNameEverywhereAction({ id: f.id, spelling: "Naeem" })) },
  { name: "GET /names", call: (_f, role) => api(namesRoute.GET, role, { path: "/names?targetLang=en&q=naim" }) },
  { name: "GET /names/{id}", call: (f, role) => api(nameRoute.GET, role, { path: `/names/${f.id}`, params: { id: f.id } }) },
  { name: "PATCH /names/{id}", call: (f, role) => api(nameRoute.PATCH, role, { method: "PATCH", path: `/names/${f.id}`, params: { id: f.id }, body: { distinct: { spellingId: f.naeem, distinct: true } } }) },
  { name: "DELETE /names/{id}", call: (f, role) => api(nameRoute.DELETE, role, { method: "DELETE", path: `/names/${f.id}`, params: { id: f.id } }) },
  { name: "POST /names/{id}/fix-all", call: (f, role) => api(fixAllRoute.POST, role, { method: "POST", path: `/names/${f.id}/fix-all`, params: { id: f.id }, body: { spelling: "Naeem", dryRun: true } }) },
];

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password-long", name: "Admin", role: "admin" } });
  actors.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const role of ["editor", "reviewer", "viewer"] as const) {
    const user = await createUser({ actor: actors.admin, user: { email: `${role}@example.org`, password: "long-password-here", name: role, role } });
    actors[role] = { userId: user.id, name: user.name, role };
  }
  for (const role of ROLES) tokens[role] = (await createApiToken({ actor: actors[role], name: "names" })).token;
});

afterAll(async () => {
  for (const article of await db.article.findMany({ select: { id: true } })) await settleArticleQa(article.id);
});

describe("name register × every role", () => {
  let ran = 0;
  for (const c of cases) {
    for (const role of [...ROLES, "anonymous"] as const) {
      const allowed = role !== "anonymous" && ALLOWED[c.name]!.includes(role);
      it(`${c.name} as ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const fixture = await freshEntry();
        testSession.actor = role === "anonymous" ? null : actors[role];
        const auditBefore = await db.auditEntry.count({ where: { action: { startsWith: "names." } } });
        const result = await c.call(fixture, role);
        ran += 1;
        if (allowed) {
          expect(result, `${c.name} as ${role}`).toEqual({ ok: true });
        } else {
          expect(result.ok).toBe(false);
          expect(result.code).toBe(role === "anonymous" ? "auth.required" : "auth.forbidden");
          expect(await db.auditEntry.count({ where: { action: { startsWith: "names." } } })).toBe(auditBefore);
          expect(await db.nameEntry.findUnique({ where: { id: fixture.id }, select: { house: true } })).toEqual({ house: "Naim" });
        }
      });
    }
  }
  it("ran every case, and the table names exactly the cases", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(cases.map((c) => c.name).sort());
    expect(cases.length).toBe(9);
    expect(ran).toBe(9 * 5);
  });
});
