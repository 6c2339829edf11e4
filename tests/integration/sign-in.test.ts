import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { auth, SIGN_IN_RATE_LIMIT } from "../../lib/server/auth/auth";
import { createUser } from "../../lib/server/user/create-user";

const base = "http://localhost:3000";

function signIn(email: string, password: string, ip: string) {
  return auth.handler(
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

  it("refuses a wrong password and slows down repeated attempts from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 2; i++) statuses.push((await signIn("layla@example.org", `wrong-${i}`, "203.0.113.7")).status);
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGN_IN_RATE_LIMIT.max)).toEqual([429, 429]);
    // Even the right password is refused while the address is limited.
    expect((await signIn("layla@example.org", "correct horse", "203.0.113.7")).status).toBe(429);
    // Another address is not affected.
    expect((await signIn("layla@example.org", "correct horse", "203.0.113.8")).status).toBe(200);
  });

  it("does not allow public sign-up", async () => {
    const response = await auth.handler(
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
