import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { authPost } from "../../lib/server/auth/auth-handler";
import { beginSignInAttempt, finishSignInAttempt } from "../../lib/server/auth/sign-in-throttle";
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER } from "../../lib/server/auth/client-address";
import { createUser } from "../../lib/server/user/create-user";
import { deactivateUser } from "../../lib/server/user/deactivate-user";

const base = "http://localhost:3000";
const url = `${base}/api/auth/sign-in/email`;

/** What scripts/serve.ts does in production: it vouches for the client address header. */
process.env[CLIENT_ADDRESS_FLAG] = "1";
afterEach(() => {
  process.env[CLIENT_ADDRESS_FLAG] = "1";
});

type Encoding = "json" | "form" | "multipart";

/** A sign-in from `address` (as the app's server would set it), with the credentials in the given encoding. */
function signIn(email: string, password: string, address: string, encoding: Encoding = "json", extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { origin: base, [CLIENT_ADDRESS_HEADER]: address, ...extraHeaders };
  let body: BodyInit;
  if (encoding === "json") {
    headers["content-type"] = "application/json";
    body = JSON.stringify({ email, password });
  } else if (encoding === "form") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams({ email, password }).toString();
  } else {
    const form = new FormData();
    form.set("email", email);
    form.set("password", password);
    body = form;
  }
  return authPost(new Request(url, { method: "POST", headers, body }));
}

async function statuses(count: number, attempt: (i: number) => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await attempt(i)).status);
  return out;
}

async function account(email: string, password: string) {
  return createUser({ actor: { userId: null, name: "system", role: "admin" }, user: { email, password, name: email.split("@")[0]!, role: "viewer" } });
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
    const session = await db.session.findFirstOrThrow({ where: { user: { email: "layla@example.org" } } });
    // The session records the address the app's server vouched for.
    expect(session.ipAddress).toBe("198.51.100.1");
  });

  it("stores only a password hash", async () => {
    const row = await db.account.findFirstOrThrow({ where: { providerId: "credential", user: { email: "layla@example.org" } } });
    expect(row.password).toBeTruthy();
    expect(row.password).not.toContain("correct horse");
  });

  it("form-encoded and multipart sign-ins also work (the auth library accepts them)", async () => {
    await account("forms@example.org", "forms password 1");
    expect((await signIn("forms@example.org", "forms password 1", "198.51.100.2", "form")).status).toBe(200);
    expect((await signIn("forms@example.org", "forms password 1", "198.51.100.2", "multipart")).status).toBe(200);
  });
});

describe("password guessing", () => {
  it("JSON: five wrong passwords from one address, then that address waits 30 s", async () => {
    await account("json@example.org", "json password 1");
    expect(await statuses(7, (i) => signIn("json@example.org", `wrong-${i}`, "203.0.113.10"))).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const refused = await signIn("json@example.org", "json password 1", "203.0.113.10");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(29);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(30);
  });

  it("form-encoded: the same limit (the credentials are read whatever the encoding)", async () => {
    await account("form@example.org", "form password 1");
    expect(await statuses(7, (i) => signIn("form@example.org", `wrong-${i}`, "203.0.113.11", "form"))).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right password waits, in any encoding.
    expect((await signIn("form@example.org", "form password 1", "203.0.113.11", "form")).status).toBe(429);
    expect((await signIn("form@example.org", "form password 1", "203.0.113.11", "json")).status).toBe(429);
  });

  it("multipart: the same limit", async () => {
    await account("multi@example.org", "multi password 1");
    expect(await statuses(6, (i) => signIn("multi@example.org", `wrong-${i}`, "203.0.113.12", "multipart"))).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("mixed encodings count together, and the email's case does not start a new count", async () => {
    await account("mixed@example.org", "mixed password 1");
    const encodings: Encoding[] = ["json", "form", "multipart", "json", "form", "multipart"];
    expect(await statuses(6, (i) => signIn(i % 2 ? "MIXED@example.org" : "mixed@example.org", `wrong-${i}`, "203.0.113.13", encodings[i]))).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("a body without credentials is refused and counts nothing", async () => {
    const before = await db.rateLimit.count({ where: { key: { startsWith: "sign-in-" } } });
    const response = await authPost(new Request(url, { method: "POST", headers: { origin: base, "content-type": "text/csv", [CLIENT_ADDRESS_HEADER]: "203.0.113.14" }, body: "email,password" }));
    expect(response.status).toBe(400);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "sign-in-" } } })).toBe(before);
  });

  it("an attacker's failures do not lock the owner out: the right password from the owner's address works, after a delay", async () => {
    await account("owner@example.org", "owner password 1");
    // Eleven failures from three addresses: each address is stopped after five; the account is now slowed down.
    const attacker = [
      ...(await statuses(6, (i) => signIn("owner@example.org", `guess-a${i}`, "192.0.2.1"))),
      ...(await statuses(6, (i) => signIn("owner@example.org", `guess-b${i}`, "192.0.2.2"))),
      ...(await statuses(1, () => signIn("owner@example.org", "guess-c", "192.0.2.3"))),
    ];
    expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 401, 401, 401, 401, 401, 429, 401]);
    const started = Date.now();
    const owner = await signIn("owner@example.org", "owner password 1", "198.51.100.50");
    const elapsed = Date.now() - started;
    expect(owner.status).toBe(200);
    // 11 failures on the account: answered after 1 s (0.5 s doubling from the 10th failure), never refused.
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(5000);
    // The owner's success does not lift the attacker's wait.
    expect((await signIn("owner@example.org", "guess-a9", "192.0.2.1")).status).toBe(429);
  });

  it("the wait doubles after each failure once it has passed, up to 15 minutes", async () => {
    const email = "escalate@example.org";
    const address = "192.0.2.44";
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 5; i++) {
      expect(await beginSignInAttempt(email, address, t0 + i)).toMatchObject({ allowed: true });
      await finishSignInAttempt(email, address, "wrong-password", t0 + i);
    }
    expect(await beginSignInAttempt(email, address, t0 + 1000)).toEqual({ allowed: false, waitSeconds: 30 });
    expect(await beginSignInAttempt(email, address, t0 + 4 + 30_000)).toMatchObject({ allowed: true });
    await finishSignInAttempt(email, address, "wrong-password", t0 + 30_004);
    expect(await beginSignInAttempt(email, address, t0 + 30_004)).toEqual({ allowed: false, waitSeconds: 60 });
    // Fifteen minutes after the last failure everything is forgotten.
    expect(await beginSignInAttempt(email, address, t0 + 30_004 + 15 * 60_000)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("X-Forwarded-For from the client is not an address: changing it does not escape the limit", async () => {
    await account("xff@example.org", "xff password 12");
    expect(await statuses(6, (i) => signIn("xff@example.org", `wrong-${i}`, "203.0.113.30", "json", { "x-forwarded-for": `10.9.8.${i}`, "x-real-ip": `10.9.9.${i}` }))).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("without the app's own server in front, a client-sent address header is ignored too", async () => {
    process.env[CLIENT_ADDRESS_FLAG] = "";
    await account("noserver@example.org", "noserver password");
    expect(await statuses(6, (i) => signIn("noserver@example.org", `wrong-${i}`, `203.0.113.${100 + i}`))).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("limits sign-in requests per client address across accounts (20 a minute by default)", async () => {
    const result = await statuses(21, (i) => signIn(`nobody${i}@example.org`, "x-password-long", "192.0.2.77"));
    expect(result.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(result[20]).toBe(429);
  });

  it("a deactivated account cannot sign in, even with the right password", async () => {
    const user = await account("gone@example.org", "gone password 12");
    await deactivateUser({ actor: { userId: null, name: "system", role: "admin" }, userId: user.id });
    const response = await signIn("gone@example.org", "gone password 12", "198.51.100.60");
    expect(response.status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("does not allow public sign-up", async () => {
    const response = await authPost(
      new Request(`${base}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: "198.51.100.9" },
        body: JSON.stringify({ email: "intruder@example.org", password: "whatever-123-long", name: "X" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });
  // Cross-origin refusal is tested end to end (tests/e2e/security.spec.ts): the auth library skips origin checks under NODE_ENV=test.
});
