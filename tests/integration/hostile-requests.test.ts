import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import pg from "pg";
import { databaseProvider, databaseUrl, postgresConnectionString } from "../../lib/server/database-url";
import { DATABASE_BUSY_TIMEOUT_MS } from "../../lib/server/db";
import { toActionError } from "../../lib/server/errors";
import { createArticle } from "../../lib/server/article/create-article";
import type { Actor } from "../../lib/server/actor";
import * as articles from "../../app/api/v1/articles/route";
import * as auth from "../../app/api/auth/[...all]/route";

let token = "";
let adminActor: Actor;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "hostile-admin@example.org", password: "long-password", name: "Admin", role: "admin" } });
  adminActor = { userId: admin.id, name: "Admin", role: "admin" };
  token = (await createApiToken({ actor: adminActor, name: "test" })).token;
});

/** A streamed body of `total` bytes that counts how many bytes the server pulled from it. */
function countingBody(total: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  }, { highWaterMark: 0 }); // nothing is produced ahead of a read
  return { stream, pulled: () => sent };
}

function post(path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3000${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);
}

describe("oversized request bodies", () => {
  it("REST API: a declared 21 MB body from an anonymous client is refused with 413 before a byte is read", async () => {
    const body = countingBody(21 * 1024 * 1024);
    const response = await articles.POST(post("/api/v1/articles", body.stream, { "content-length": String(21 * 1024 * 1024) }), { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("body.too-large");
    expect(body.pulled()).toBe(0);
  });

  it("REST API: a streamed body without a length stops being read just past the 13 MB limit", async () => {
    const body = countingBody(40 * 1024 * 1024);
    const response = await articles.POST(post("/api/v1/articles", body.stream, { authorization: `Bearer ${token}` }), { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("body.too-large");
    // 13 MiB, plus at most the chunk that crossed the limit.
    expect(body.pulled()).toBeGreaterThan(13 * 1024 * 1024);
    expect(body.pulled()).toBeLessThan(13 * 1024 * 1024 + 3 * 64 * 1024);
  });

  it("auth endpoints: a 1 MB sign-in body is refused with 413, streamed or declared", async () => {
    const declared = countingBody(1024 * 1024);
    const first = await auth.POST(post("/api/auth/sign-in/email", declared.stream, { "content-length": String(1024 * 1024) }));
    expect(first.status).toBe(413);
    expect(declared.pulled()).toBe(0);
    const streamed = countingBody(1024 * 1024, 4 * 1024);
    const second = await auth.POST(post("/api/auth/sign-in/email", streamed.stream));
    expect(second.status).toBe(413);
    expect(streamed.pulled()).toBeLessThan(16 * 1024 + 3 * 4 * 1024);
  });

  it("a normal API body still works", async () => {
    const response = await articles.POST(
      post("/api/v1/articles", JSON.stringify({ sourceLang: "ar", targetLang: "en", sourceText: "قال الوزير إن 5 أشخاص أصيبوا.", targetText: "The minister said 5 people were injured." }), { authorization: `Bearer ${token}` }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
  });
});

describe("a database locked by another process", () => {
  it("waits the short busy timeout, then answers 503 db.busy with Retry-After (API) and a translated error (actions)", async () => {
    expect(DATABASE_BUSY_TIMEOUT_MS).toBe(2000);
    const other = await holdWriteLock();
    try {
      const started = Date.now();
      const response = await articles.POST(
        post("/api/v1/articles", JSON.stringify({ sourceLang: "ar", targetLang: "en", sourceText: "قال الوزير.", targetText: "The minister said." }), { authorization: `Bearer ${token}` }),
        { params: Promise.resolve({}) },
      );
      const waited = Date.now() - started;
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect((await response.json()).error.code).toBe("db.busy");
      expect(waited).toBeGreaterThanOrEqual(1900);
      expect(waited).toBeLessThan(10_000);

      // A server action goes through toActionError: the same code, with a message key the form translates.
      const thrown = await createArticle({ actor: adminActor, sourceLang: "ar", targetLang: "en", sourceParagraphs: ["قال."], targetParagraphs: ["He said."] }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(toActionError(thrown)).toMatchObject({ code: "db.busy", messageKey: "errors:db.busy", params: { retryAfter: 5 } });
    } finally {
      await other.release();
    }
  });
});

/**
 * Another process holding the write lock: SQLite, a connection in BEGIN IMMEDIATE; PostgreSQL, a transaction holding
 * an EXCLUSIVE lock on "Article" (reads pass, every insert or update of an article waits for it).
 */
async function holdWriteLock(): Promise<{ release: () => Promise<void> }> {
  if (databaseProvider() === "sqlite") {
    const other = new Database(databaseUrl().replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    return {
      release: async () => {
        other.exec("ROLLBACK");
        other.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: postgresConnectionString() });
  await client.connect();
  await client.query("BEGIN");
  await client.query('LOCK TABLE "Article" IN EXCLUSIVE MODE');
  return {
    release: async () => {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}
