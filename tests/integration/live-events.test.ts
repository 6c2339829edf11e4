import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { sampleParagraphs } from "../support/sample";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createArticle } from "../../lib/server/article/create-article";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { createIssue } from "../../lib/server/issue/create-issue";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { updateArticleThreshold } from "../../lib/server/article/update-article-threshold";
import { openLiveStream } from "../../lib/server/live/open-live-stream";
import { openStreams, setStreamLimits } from "../../lib/server/live/stream-limits";
import { getLiveChanges } from "../../lib/server/live/get-live-changes";
import { closeLiveBus, createLiveBus, liveBus, publishLive } from "../../lib/server/live/live-bus";
import { createPgTransport } from "../../lib/server/live/pg-transport";
import { databaseProvider, postgresConnectionString } from "../../lib/server/database-url";
import * as eventsRoute from "../../app/api/articles/[id]/events/route";
import * as presenceRoute from "../../app/api/articles/[id]/presence/route";

const sara: Actor = { userId: "u-sara", name: "Sara", role: "editor" };
const omar: Actor = { userId: "u-omar", name: "عمر", role: "reviewer" };
const vera: Actor = { userId: "u-vera", name: "Vera", role: "viewer" };

let articleId: string;

interface TServerEvent {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

/** An open stream of the events route, read event by event. */
class EventReader {
  private buffer = "";
  private readonly decoder = new TextDecoder();
  readonly events: TServerEvent[] = [];
  readonly comments: string[] = [];
  retry: number | null = null;
  lastId: string | null = null;
  done = false;
  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** Reads until an event matches (or the stream ends, or the time is up: then it fails). */
  async until(match: (event: TServerEvent) => boolean, timeoutMs = 3000): Promise<TServerEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (this.done) throw new Error(`stream ended without the event; got ${JSON.stringify(this.events.map((e) => e.event))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no such event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      const chunk = await Promise.race([this.reader.read(), new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left))]);
      if (chunk === "timeout") continue;
      if (chunk.done) this.done = true;
      else this.parse(this.decoder.decode(chunk.value, { stream: true }));
    }
  }

  /** Reads until the stream ends. */
  async end(timeoutMs = 3000): Promise<void> {
    await this.until(() => false, timeoutMs).catch((error: Error) => {
      if (!this.done) throw error;
    });
  }

  private parse(text: string) {
    this.buffer += text;
    let at: number;
    while ((at = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, at);
      this.buffer = this.buffer.slice(at + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) this.comments.push(line);
        const match = /^(\w+): ?(.*)$/.exec(line);
        if (match) fields[match[1]] = match[2];
      }
      if (fields.retry) this.retry = Number(fields.retry);
      if (fields.id) this.lastId = fields.id;
      if (fields.event) this.events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) as Record<string, unknown> });
    }
  }
}

const open: AbortController[] = [];

async function connect(actor: Actor | null, id = articleId, headers: Record<string, string> = {}) {
  testSession.actor = actor;
  const controller = new AbortController();
  open.push(controller);
  const response = await eventsRoute.GET(new Request(`http://localhost/api/articles/${id}/events`, { headers, signal: controller.signal }), { params: Promise.resolve({ id }) });
  return { response, controller, reader: response.body && response.headers.get("content-type")?.startsWith("text/event-stream") ? new EventReader(response.body.getReader()) : null };
}

async function postPresence(actor: Actor | null, body: unknown, options: { id?: string; headers?: Record<string, string> } = {}) {
  testSession.actor = actor;
  const id = options.id ?? articleId;
  return presenceRoute.POST(
    new Request(`http://localhost/api/articles/${id}/presence`, {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...options.headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}

async function firstTarget(position = 0) {
  return db.paragraph.findUniqueOrThrow({ where: { articleId_side_position: { articleId, side: "target", position } } });
}

beforeAll(async () => {
  for (const actor of [sara, omar, vera]) await db.user.create({ data: { id: actor.userId!, name: actor.name, email: `${actor.userId}@example.org`, role: actor.role } });
  const { source, target } = sampleParagraphs();
  articleId = (await createArticle({ actor: sara, title: "Cairo talks (live)", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target })).id;
});

afterEach(() => {
  for (const controller of open.splice(0)) controller.abort();
  setStreamLimits(null);
});

// The listener connection (PostgreSQL) closes before the test database is dropped.
afterAll(async () => {
  await closeLiveBus();
});

describe("who may open an article's live stream", () => {
  it("answers 401 without a session and 404 for an article out of reach, opening nothing", async () => {
    const before = openStreams();
    const anonymous = await connect(null);
    expect(anonymous.response.status).toBe(401);
    expect(await anonymous.response.json()).toEqual({ error: "auth.required" });
    for (const actor of [vera, omar, sara]) {
      const missing = await connect(actor, "no-such-article");
      expect([actor.role, missing.response.status, await missing.response.json()]).toEqual([actor.role, 404, { error: "article.not-found" }]);
    }
    expect(openStreams()).toBe(before);
  });

  it("opens for every role that reads the article: retry, an id to resume from, and who is here", async () => {
    const { response, reader } = await connect(vera);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    const presence = await reader!.until((e) => e.event === "presence");
    expect(presence.data).toEqual({ entries: [] });
    expect(reader!.retry).toBe(3000);
    expect(reader!.lastId).toMatch(/^[0-9a-f]{8}\.\d+$/);
  });
});

describe("changes reach the open pages after the write has committed", () => {
  it("a save through the data layer reaches a viewer's stream, with the paragraph, its version and the author; then its refetch has the new text", async () => {
    const { reader } = await connect(vera);
    await reader!.until((e) => e.event === "presence");
    const paragraph = await firstTarget(2);
    const started = performance.now();
    await updateParagraphText({ actor: sara, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Talks resumed in Cairo on Monday.", awaitQa: false });
    const change = await reader!.until((e) => e.event === "change" && e.data.kind === "paragraph");
    const latencyMs = performance.now() - started;
    expect(change.data).toEqual({ kind: "paragraph", ids: [paragraph.id], version: paragraph.version + 1, actor: { userId: "u-sara", name: "Sara" } });
    expect(change.id).toMatch(/^[0-9a-f]{8}\.\d+$/);
    // The save (transaction and all) plus delivery: well within the 2 s a colleague may wait.
    expect(latencyMs).toBeLessThan(2000);
    console.log(`live: save to event on a viewer's stream: ${latencyMs.toFixed(1)} ms`);
    const fetched = await getLiveChanges({ actor: vera, articleId, paragraphIds: change.data.ids as string[], rowIds: [] });
    expect(fetched.paragraphs.map((p) => [p.text, p.version])).toEqual([["Talks resumed in Cairo on Monday.", paragraph.version + 1]]);
  });

  it("issues, review marks and article settings each arrive as their kind, in order", async () => {
    const { reader } = await connect(omar);
    await reader!.until((e) => e.event === "presence");
    const paragraph = await firstTarget(3);
    const row = await db.alignmentRow.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } });
    const issue = await createIssue({ actor: omar, paragraphId: paragraph.id, start: 0, end: 4, category: "accuracy", severity: "minor", comment: "check" });
    await setRowReviewed({ actor: omar, rowId: row.id, reviewed: true });
    // The same mark again changes nothing, and is not announced.
    await setRowReviewed({ actor: omar, rowId: row.id, reviewed: true });
    await updateArticleThreshold({ actor: sara, articleId, threshold: 95 });
    await reader!.until((e) => e.data.kind === "article");
    // (A QA run of an earlier save may finish meanwhile and say so: "qa" events are not about these writes.)
    expect(reader!.events.filter((e) => e.event === "change" && e.data.kind !== "qa").map((e) => [e.data.kind, e.data.ids])).toEqual([
      ["issue", [issue.id]],
      ["row", [row.id]],
      ["article", []],
    ]);
  });

  it("a page that reconnects with Last-Event-ID gets only what it missed; with an unknown id it is told to resync", async () => {
    const first = await connect(vera);
    await first.reader!.until((e) => e.event === "presence");
    const resumeFrom = first.reader!.lastId!;
    first.controller.abort();
    const paragraph = await firstTarget(4);
    await updateParagraphText({ actor: sara, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "A missed save.", awaitQa: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await connect(vera, articleId, { "last-event-id": resumeFrom });
    // (A QA run of an earlier save may report in between: its "qa" change is not the one looked for.)
    const missed = await again.reader!.until((e) => e.event === "change" && e.data.kind === "paragraph");
    expect([missed.data.kind, missed.data.ids]).toEqual(["paragraph", [paragraph.id]]);
    const stranger = await connect(vera, articleId, { "last-event-id": "0badf00d.12" });
    expect((await stranger.reader!.until((e) => e.event === "resync" || e.event === "change")).event).toBe("resync");
  });
});

describe("stream limits and clean-up", () => {
  it("refuses a user's stream past the per-user limit and anyone's past the per-process limit (429), and frees a slot when a page goes", async () => {
    setStreamLimits({ perUser: 2, perProcess: 3 });
    const base = openStreams();
    expect(base).toBe(0);
    const a = await connect(sara);
    await connect(sara);
    const third = await connect(sara);
    expect([third.response.status, await third.response.json()]).toEqual([429, { error: "live.too-many-streams" }]);
    await connect(omar);
    const fourth = await connect(vera);
    expect(fourth.response.status).toBe(429);
    expect(openStreams()).toBe(3);
    a.controller.abort();
    await a.reader!.end();
    expect(openStreams("u-sara")).toBe(1);
    expect((await connect(vera)).response.status).toBe(200);
  });

  it("ends the stream, unsubscribed, when the reader loses access at a heartbeat", async () => {
    const controller = new AbortController();
    let allowed = true;
    const stream = await openLiveStream({ actor: vera, articleId, signal: controller.signal, stillAllowed: async () => allowed, heartbeatMs: 30 });
    const reader = new EventReader(stream.getReader());
    await reader.until((e) => e.event === "presence");
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(reader.done).toBe(false);
    expect(openStreams("u-vera")).toBe(1);
    allowed = false;
    await reader.end(1000);
    expect(reader.comments).toContain(": heartbeat");
    expect(openStreams("u-vera")).toBe(0);
    controller.abort();
  });
});

describe("presence", () => {
  it("a page's report reaches the others' streams: who, which row, editing", async () => {
    const { reader } = await connect(vera);
    await reader!.until((e) => e.event === "presence");
    const row = await db.alignmentRow.findFirstOrThrow({ where: { articleId }, orderBy: { position: "desc" } });
    const response = await postPresence(sara, { clientId: "tab-sara-0001", rowId: row.id, editing: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ entries: [{ userId: "u-sara", name: "Sara", rowId: row.id, editing: true }] });
    const seen = await reader!.until((e) => e.event === "presence" && (e.data.entries as unknown[]).length > 0);
    expect(seen.data).toEqual({ entries: [{ userId: "u-sara", name: "Sara", rowId: row.id, editing: true }] });
    const left = await postPresence(sara, { clientId: "tab-sara-0001", rowId: null, editing: false, here: false });
    expect(await left.json()).toEqual({ entries: [] });
    await reader!.until((e) => e.event === "presence" && (e.data.entries as unknown[]).length === 0 && e !== seen);
  });

  it("a page that opens asks the pages already there to report again (so people on other instances show at once)", async () => {
    const first = await connect(vera);
    await first.reader!.until((e) => e.event === "presence");
    expect(first.reader!.events.filter((e) => e.event === "presence-request")).toHaveLength(0);
    const second = await connect(omar);
    await second.reader!.until((e) => e.event === "presence");
    const asked = await first.reader!.until((e) => e.event === "presence-request");
    expect(asked.data).toEqual({});
    // A request is not a change: it has no id to resume from and is not replayed.
    expect(asked.id).toBeUndefined();
  });

  it("refuses reports from other sites, without a session, on unknown articles and with bad bodies, recording nothing", async () => {
    const body = { clientId: "tab-omar-0001", rowId: null, editing: false };
    const cases: [string, Response, number, string][] = [
      ["cross-site", await postPresence(omar, body, { headers: { "sec-fetch-site": "cross-site" } }), 403, "auth.forbidden"],
      ["form post", await postPresence(omar, body, { headers: { "content-type": "application/x-www-form-urlencoded" } }), 403, "auth.forbidden"],
      ["anonymous", await postPresence(null, body), 401, "auth.required"],
      ["unknown article", await postPresence(omar, body, { id: "no-such-article" }), 404, "article.not-found"],
      ["not json", await postPresence(omar, "{"), 422, "live.invalid-presence"],
      ["bad tab id", await postPresence(omar, { ...body, clientId: "x" }), 422, "live.invalid-presence"],
      ["too large", await postPresence(omar, { ...body, rowId: "r".repeat(2000) }), 413, ""],
    ];
    for (const [name, response, status, code] of cases) {
      const json = (await response.json()) as { error: string };
      expect([name, response.status, code ? json.error : ""]).toEqual([name, status, code]);
    }
    const ok = await postPresence(vera, { clientId: "tab-vera-0001", rowId: null, editing: false });
    expect(((await ok.json()) as { entries: { name: string }[] }).entries.map((e) => e.name)).toEqual(["Vera"]);
  });
});

describe("across instances", () => {
  it("an event published by one instance reaches the pages of every instance on PostgreSQL; on SQLite one process serves, and a second bus hears nothing", async () => {
    const provider = databaseProvider();
    const transports = provider === "postgresql" ? [createPgTransport(postgresConnectionString()), createPgTransport(postgresConnectionString())] : [];
    const [one, two] = [createLiveBus(transports[0]), createLiveBus(transports[1])];
    const got: { one: string[]; two: string[] } = { one: [], two: [] };
    one.subscribe(articleId, (event) => got.one.push(`${event.kind}:${event.ids.join(",")}`));
    two.subscribe(articleId, (event) => got.two.push(`${event.kind}:${event.ids.join(",")}`));
    await Promise.all(transports.map((transport) => transport.ready()));
    const started = performance.now();
    one.publish(articleId, { kind: "row", ids: ["row-from-one"], actor: { userId: "u-sara", name: "Sara" } });
    const expected = provider === "postgresql" ? { one: ["row:row-from-one"], two: ["row:row-from-one"] } : { one: ["row:row-from-one"], two: [] };
    while (JSON.stringify(got) !== JSON.stringify(expected) && performance.now() - started < 2000) await new Promise((resolve) => setTimeout(resolve, 5));
    const latencyMs = performance.now() - started;
    expect([provider, got]).toEqual([provider, expected]);
    console.log(`live (${provider}): publish to delivery on every instance: ${latencyMs.toFixed(1)} ms`);
    await Promise.all([one.close(), two.close()]);
  });

  it("events published together (one burst of saves) all arrive, in order: on another instance's bus on PostgreSQL (sent in batches), on this one's on SQLite", async () => {
    const provider = databaseProvider();
    const got: string[] = [];
    let stop: () => Promise<void>;
    if (provider === "postgresql") {
      const transport = createPgTransport(postgresConnectionString());
      const other = createLiveBus(transport);
      other.subscribe(articleId, (event) => got.push(event.ids.join(",")));
      await transport.ready();
      stop = () => other.close();
    } else {
      const unsubscribe = liveBus().subscribe(articleId, (event) => got.push(event.ids.join(",")));
      stop = async () => unsubscribe();
    }
    // 230: more than two statements' worth of notifications
    const ids = Array.from({ length: 230 }, (_, k) => `p${k}`);
    for (const id of ids) publishLive(articleId, "paragraph", { ids: [id], version: 2, actor: { userId: "u-sara", name: "Sara" } });
    const started = performance.now();
    while (got.length < ids.length && performance.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(got).toEqual(ids);
    await stop();
  });
});
