import { afterEach, describe, expect, it } from "vitest";
import { createLiveBus, publishLive, setLiveBus, type TDeliveredEvent } from "../../lib/server/live/live-bus";
import { LiveHub } from "../../lib/server/live/live-hub";
import { decodeLiveEvent, encodeLiveEvent, formatServerSentEvent, MAX_EVENT_BYTES } from "../../lib/server/live/live-event";
import { createPgTransport } from "../../lib/server/live/pg-transport";
import { setStreamLimits, takeStreamSlot, openStreams } from "../../lib/server/live/stream-limits";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  setLiveBus(undefined);
  setStreamLimits(null);
});

describe("in-process live bus", () => {
  it("delivers an article's events to its subscribers only, after the publisher's task", async () => {
    const bus = createLiveBus();
    const got: Record<string, string[]> = { a1: [], a2: [] };
    bus.subscribe("a1", (e) => got.a1.push(`${e.kind}:${e.ids.join(",")}`));
    bus.subscribe("a2", (e) => got.a2.push(`${e.kind}:${e.ids.join(",")}`));
    bus.publish("a1", { kind: "paragraph", ids: ["p1"], version: 3 });
    expect(got.a1).toEqual([]);
    await tick();
    expect(got).toEqual({ a1: ["paragraph:p1"], a2: [] });
  });

  it("stops delivering after unsubscribe", async () => {
    const bus = createLiveBus();
    const got: string[] = [];
    const unsubscribe = bus.subscribe("a1", (e) => got.push(e.kind));
    bus.publish("a1", { kind: "issue", ids: ["i1"] });
    await tick();
    unsubscribe();
    bus.publish("a1", { kind: "issue", ids: ["i2"] });
    await tick();
    expect(got).toEqual(["issue"]);
    expect(bus.hub.listenerCount("a1")).toBe(0);
  });

  it("a failing listener does not keep the event from the others", async () => {
    const bus = createLiveBus();
    const got: string[] = [];
    bus.subscribe("a1", () => {
      throw new Error("broken stream");
    });
    bus.subscribe("a1", (e) => got.push(e.ids[0]));
    const errors = console.error;
    console.error = () => undefined;
    bus.publish("a1", { kind: "row", ids: ["r1"] });
    await tick();
    console.error = errors;
    expect(got).toEqual(["r1"]);
  });

  it("publishLive names the actor and drops duplicate ids", async () => {
    const bus = createLiveBus();
    setLiveBus(bus);
    const got: TDeliveredEvent[] = [];
    bus.subscribe("a1", (e) => got.push(e));
    publishLive("a1", "paragraph", { ids: ["p1", "p1", "p2"], version: 2, actor: { userId: "u1", name: "سارة", role: "editor" } as never });
    await tick();
    expect(got.map((e) => ({ kind: e.kind, ids: e.ids, version: e.version, actor: e.actor }))).toEqual([{ kind: "paragraph", ids: ["p1", "p2"], version: 2, actor: { userId: "u1", name: "سارة" } }]);
  });

  it("presence events update the map before listeners run", async () => {
    const bus = createLiveBus();
    const seen: string[][] = [];
    bus.subscribe("a1", () => seen.push(bus.hub.presence.list("a1").map((e) => e.name)));
    bus.publish("a1", { kind: "presence", ids: [], presence: { clientId: "tab-12345678", userId: "u1", name: "Sara", rowId: "r1", editing: true, here: true } });
    await tick();
    expect(seen).toEqual([["Sara"]]);
  });
});

describe("event wire form", () => {
  it("keeps small events whole and replaces too many ids by `all`, under NOTIFY's 8000 bytes", () => {
    const small = { articleId: "a1", kind: "paragraph" as const, ids: ["p1"], version: 4, actor: { userId: "u1", name: "Sara" } };
    expect(decodeLiveEvent(encodeLiveEvent(small))).toEqual(small);
    const ids = Array.from({ length: 2000 }, (_, i) => `cmparagraph${String(i).padStart(12, "0")}`);
    const wire = encodeLiveEvent({ articleId: "a1", kind: "row", ids, actor: { userId: "u1", name: "Sara" } });
    expect(Buffer.byteLength(wire)).toBeLessThan(MAX_EVENT_BYTES);
    expect(decodeLiveEvent(wire)).toEqual({ articleId: "a1", kind: "row", ids: [], all: true, actor: { userId: "u1", name: "Sara" } });
  });

  it.each([
    ["not json", "{"],
    ["unknown kind", '{"articleId":"a1","kind":"delete-all","ids":[]}'],
    ["bad article id", '{"articleId":"a 1; drop","kind":"row","ids":[]}'],
    ["ids not strings", '{"articleId":"a1","kind":"row","ids":[1]}'],
    ["presence without entry", '{"articleId":"a1","kind":"presence","ids":[]}'],
  ])("refuses a payload that is not an event: %s", (_name, json) => {
    expect(decodeLiveEvent(json)).toBeNull();
  });

  it("formats a server-sent event on one data line", () => {
    expect(formatServerSentEvent({ id: "ab.3", event: "change", data: { kind: "row", ids: ["r1"] } })).toBe('id: ab.3\nevent: change\ndata: {"kind":"row","ids":["r1"]}\n\n');
  });
});

describe("replay after a reconnect (Last-Event-ID)", () => {
  it("gives the events after the id, and null for another process's id", () => {
    const hub = new LiveHub();
    const first = hub.deliver({ articleId: "a1", kind: "paragraph", ids: ["p1"] }, 0);
    hub.deliver({ articleId: "a2", kind: "paragraph", ids: ["p9"] }, 0);
    hub.deliver({ articleId: "a1", kind: "issue", ids: ["i1"] }, 0);
    hub.deliver({ articleId: "a1", kind: "row", ids: ["r1"] }, 0);
    expect(hub.eventsSince("a1", first.id, 1)?.map((e) => e.ids[0])).toEqual(["i1", "r1"]);
    expect(hub.eventsSince("a1", "0badbeef.1", 1)).toBeNull();
    expect(hub.eventsSince("a1", "garbage", 1)).toBeNull();
  });

  it("gives null when events after the id were dropped (over 200 kept, or older than 5 minutes)", () => {
    const hub = new LiveHub();
    const first = hub.deliver({ articleId: "a1", kind: "paragraph", ids: ["p0"] }, 0);
    const second = hub.deliver({ articleId: "a1", kind: "paragraph", ids: ["p1"] }, 0);
    for (let i = 2; i <= 200; i++) hub.deliver({ articleId: "a1", kind: "paragraph", ids: [`p${i}`] }, 0);
    // 201 events: the first no longer kept; after the second, all 199 later ones are.
    expect(hub.eventsSince("a1", second.id, 1)?.length).toBe(199);
    hub.deliver({ articleId: "a1", kind: "paragraph", ids: ["p201"] }, 0);
    expect(hub.eventsSince("a1", first.id, 1)).toBeNull();
    expect(hub.eventsSince("a1", second.id, 1)?.length).toBe(200);
    hub.deliver({ articleId: "a1", kind: "paragraph", ids: ["p202"] }, 0);
    expect(hub.eventsSince("a1", second.id, 1)).toBeNull();
    const recent = hub.deliver({ articleId: "a3", kind: "row", ids: ["r1"] }, 1000);
    const after = hub.deliver({ articleId: "a3", kind: "row", ids: ["r2"] }, 2000);
    expect(hub.eventsSince("a3", recent.id, 3000)?.map((e) => e.ids[0])).toEqual(["r2"]);
    expect(hub.eventsSince("a3", recent.id, 2000 + 5 * 60_000)).toBeNull();
    expect(after.id).toMatch(/^[0-9a-f]{8}\.\d+$/);
  });
});

describe("stream limits", () => {
  it("refuses a stream past the per-user and per-process limits, and frees slots once", () => {
    setStreamLimits({ perUser: 2, perProcess: 3 });
    const a1 = takeStreamSlot("u-a");
    takeStreamSlot("u-a");
    expect(() => takeStreamSlot("u-a")).toThrow(expect.objectContaining({ code: "live.too-many-streams", status: 429 }));
    takeStreamSlot("u-b");
    expect(() => takeStreamSlot("u-c")).toThrow(expect.objectContaining({ status: 429 }));
    a1();
    a1();
    expect(openStreams("u-a")).toBe(1);
    expect(openStreams()).toBe(2);
    takeStreamSlot("u-c")();
  });
});

describe("PostgreSQL transport (with a stand-in client)", () => {
  it("LISTENs, sends with pg_notify, delivers notifications of its channel only, and falls back to local delivery while down", async () => {
    const queries: [string, unknown[] | undefined][] = [];
    const handlers: Record<string, (arg: never) => void> = {};
    let connectFails = true;
    class FakeClient {
      constructor(readonly options: { connectionString: string }) {}
      async connect() {
        if (connectFails) throw new Error("connection refused");
      }
      async query(text: string, values?: unknown[]) {
        queries.push([text, values]);
        return {};
      }
      async end() {}
      on(event: string, listener: (arg: never) => void) {
        handlers[event] = listener;
      }
    }
    const errors = console.error;
    console.error = () => undefined;
    const transport = createPgTransport("postgresql://tadqiq@localhost/tadqiq", { loadModule: async () => ({ Client: FakeClient as never }) });
    const received: string[] = [];
    transport.start((event) => received.push(`${event.kind}:${event.ids.join(",")}`));
    await tick();
    // Down: delivered in this process.
    transport.send({ articleId: "a1", kind: "row", ids: ["r1"] });
    await tick();
    expect(received).toEqual(["row:r1"]);
    connectFails = false;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await transport.ready();
    expect(queries[0]).toEqual(["LISTEN tadqiq_live", undefined]);
    transport.send({ articleId: "a1", kind: "issue", ids: ["i1"] });
    await tick();
    expect(queries[1]).toEqual(["SELECT pg_notify($1, $2)", ["tadqiq_live", '{"articleId":"a1","kind":"issue","ids":["i1"]}']]);
    // Only what comes back as a notification is delivered (once).
    expect(received).toEqual(["row:r1"]);
    handlers.notification({ channel: "tadqiq_live", payload: '{"articleId":"a1","kind":"issue","ids":["i1"]}' } as never);
    handlers.notification({ channel: "other", payload: '{"articleId":"a1","kind":"issue","ids":["i2"]}' } as never);
    handlers.notification({ channel: "tadqiq_live", payload: "not json" } as never);
    expect(received).toEqual(["row:r1", "issue:i1"]);
    await transport.close();
    console.error = errors;
  });
});
