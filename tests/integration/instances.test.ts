// Several instances, one truth: two server processes (tests/support/instance-server.ts: the app's route handlers
// behind scripts/serve.ts's wrapper, each process with its own database pool) on one database behave as one. A session
// made on A works on B and a sign-out on B ends it on A; a token made on A works on B and a revocation on B stops it on
// A; failed sign-ins on A throttle the same account and address on B; a save on B with the version A already moved
// past is refused as stale. Runs on the database of the current pass (the PostgreSQL pass is the deployment this is
// for; on SQLite the two processes share the file).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";

const ORIGIN = "http://localhost:3000";
const SECRET = "instances-test-secret-0123456789abcdef0123456789";
const PASSWORD = "a long shared passphrase";

interface Instance {
  process: ChildProcess;
  url: string;
}

function startInstance(name: string): Promise<Instance> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--import", "./tests/support/server-only-hook.mjs", "tests/support/instance-server.ts"], {
    env: { ...process.env, PORT: "0", TADQIQ_URL: ORIGIN, BETTER_AUTH_SECRET: SECRET, NODE_ENV: "production", TADQIQ_QA_INLINE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start in 120 s\n${stderr}`)), 120_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: `http://127.0.0.1:${match[1]}` });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`instance ${name} exited with ${code}\n${stderr}`));
    });
  });
}

let a: Instance;
let b: Instance;
let adminId: string;
let paragraphId: string;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "amal@example.org", password: PASSWORD, name: "Amal", role: "admin" } });
  adminId = admin.id;
  const system = { userId: null, name: "system", role: "admin" as const };
  await createUser({ actor: system, user: { email: "karim@example.org", password: PASSWORD, name: "Karim", role: "editor" } });
  const { id } = await createArticle({ actor: { userId: adminId, name: "Amal", role: "admin", origin: "test" }, title: "Shared across instances", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["قال الوزير إن المحادثات مستمرة."], targetParagraphs: ["The minister said the talks continue."] });
  paragraphId = (await db.paragraph.findFirstOrThrow({ where: { articleId: id, side: "target" } })).id;
  [a, b] = await Promise.all([startInstance("A"), startInstance("B")]);
}, 240_000);

afterAll(() => {
  a?.process.kill("SIGTERM");
  b?.process.kill("SIGTERM");
});

function signIn(instance: Instance, email: string, password: string) {
  return fetch(`${instance.url}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify({ email, password }) });
}

async function sessionEmail(instance: Instance, cookie: string): Promise<string | null> {
  const response = await fetch(`${instance.url}/api/auth/get-session`, { headers: { cookie, origin: ORIGIN } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
}

describe("two instances on one database", () => {
  it("a session made on A works on B; signing out on B ends it on A", { timeout: 60_000 }, async () => {
    const response = await signIn(a, "amal@example.org", PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(cookie).toMatch(/tadqiq\.session_token=/);
    expect(await sessionEmail(b, cookie)).toBe("amal@example.org");
    expect(await sessionEmail(a, cookie)).toBe("amal@example.org");

    const out = await fetch(`${b.url}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: ORIGIN, "content-type": "application/json" }, body: "{}" });
    expect(out.status).toBe(200);
    expect(await sessionEmail(a, cookie)).toBeNull();
  });

  it("a token made on A works on B; revoking it on B stops it on A", { timeout: 60_000 }, async () => {
    const signedIn = await signIn(a, "amal@example.org", PASSWORD);
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const made = await fetch(`${a.url}/settings/tokens`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ name: "made on A" }) });
    expect(made.status).toBe(201);
    const { token, id } = (await made.json()) as { token: string; id: string };

    const listed = await fetch(`${b.url}/api/v1/articles`, { headers: { authorization: `Bearer ${token}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: Array<{ title: string }> }).items.map((item) => item.title)).toEqual(["Shared across instances"]);

    const revoked = await fetch(`${b.url}/api/v1/users/${adminId}/tokens/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status).toBeLessThan(300);
    const refused = await fetch(`${a.url}/api/v1/articles`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
  });

  it("five wrong passwords on A make B refuse the next sign-in for that account from that address", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(a, "karim@example.org", `wrong password number ${i}`)).status).toBe(401);
    const onB = await signIn(b, "karim@example.org", PASSWORD);
    expect(onB.status).toBe(429);
    expect(((await onB.json()) as { code: string }).code).toBe("TOO_MANY_ATTEMPTS");
    expect(Number(onB.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a save on A with version n, then a save on B with version n: B is refused as stale with A's text", { timeout: 60_000 }, async () => {
    const { token } = await (async () => {
      const signedIn = await signIn(a, "amal@example.org", PASSWORD);
      const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const made = await fetch(`${a.url}/settings/tokens`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ name: "saves" }) });
      return (await made.json()) as { token: string };
    })();
    const { version } = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { version: true } });
    expect(version).toBe(1);
    const save = (instance: Instance, target: string) =>
      fetch(`${instance.url}/api/v1/segments/${paragraphId}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ target, version: 1 }) });

    const first = await save(a, "The minister said the talks go on.");
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ id: paragraphId, version: 2 });
    const second = await save(b, "The minister said the negotiations continue.");
    expect(second.status).toBe(409);
    expect(((await second.json()) as { current: unknown }).current).toEqual({ target: "The minister said the talks go on.", version: 2 });
    const stored = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { text: true, version: true } });
    expect(stored).toEqual({ text: "The minister said the talks go on.", version: 2 });
  });
});
