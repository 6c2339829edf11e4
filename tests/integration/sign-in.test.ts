import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { SIGN_IN_RATE_LIMIT } from "../../lib/server/auth/auth";
import { authPost } from "../../lib/server/auth/auth-handler";
import { ACCOUNT_FAILURES } from "../../lib/server/auth/sign-in-throttle";
import { createUser } from "../../lib/server/user/create-user";

const base = "http://localhost:3000";

function signIn(email: string, password: string, ip: string) {
  return authPost(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  await createUser({ actor: null, user: { email: "layla@example.org", password: "correct horse", name: "Layla", role: "admin" } });
});

describe("sign-in", () => {
  it("signs in with the right password and sets an HttpOnly, SameSite session cookie", async () => {
    const response = await signIn("layla@example.org", "correct horse", "198.51.100.1");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/tadqiq\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Served over plain HTTP here (TADQIQ_URL unset): no Secure flag, or browsers would drop the cookie.
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(await db.session.count()).toBeGreaterThan(0);
  });

  it("stores only a password hash", async () => {
    const account = await db.account.findFirstOrThrow({ where: { providerId: "credential", user: { email: "layla@example.org" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("correct horse");
  });

  it("slows down repeated failures on one account, whatever address they come from", async () => {
    await createUser({ actor: null, user: { email: "omar@example.org", password: "right password", name: "Omar", role: "viewer" } }).catch(() => undefined);
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_FAILURES.max + 2; i++) statuses.push((await signIn("layla@example.org", `wrong-${i}`, `203.0.113.${i + 20}`)).status);
    expect(statuses.slice(0, ACCOUNT_FAILURES.max).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ACCOUNT_FAILURES.max)).toEqual([429, 429]);
    // Even the right password waits while the account is throttled.
    const throttled = await signIn("layla@example.org", "correct horse", "203.0.113.99");
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits sign-in requests per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 1; i++) statuses.push((await signIn(`nobody${i}@example.org`, "x-password", "192.0.2.77")).status);
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("does not allow public sign-up", async () => {
    const response = await authPost(
      new Request(`${base}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": "198.51.100.9" },
        body: JSON.stringify({ email: "intruder@example.org", password: "whatever-123", name: "X" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });
  // Cross-origin refusal is tested end to end (tests/e2e/security.spec.ts): the auth library skips origin checks under NODE_ENV=test.
});
