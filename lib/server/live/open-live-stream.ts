import "server-only";
import type { Actor } from "../actor";
import { formatServerSentEvent, type TPresenceEntry } from "./live-event";
import { liveBus, type TDeliveredEvent } from "./live-bus";
import { getLiveArticle } from "./get-live-article";
import { takeStreamSlot } from "./stream-limits";

/** A comment line every HEARTBEAT_MS keeps proxies from closing an idle stream and shows a dead one; access is re-checked then. */
export const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting a dropped stream (the `retry:` field). */
export const RECONNECT_MS = 3_000;
/** Chunks queued for a client that does not read; past this the stream is closed (the page reconnects and refetches). */
const MAX_QUEUED_CHUNKS = 500;

/** One person on the page, as other pages are told (no tab ids). */
export interface TPresenceDto {
  userId: string;
  name: string;
  rowId: string | null;
  editing: boolean;
}

function presenceDtos(entries: readonly TPresenceEntry[]): TPresenceDto[] {
  return entries.map((e) => ({ userId: e.userId, name: e.name, rowId: e.rowId, editing: e.editing }));
}

/** What a page is sent for one change (the article id is the stream's). */
function changeData(event: TDeliveredEvent) {
  return { kind: event.kind, ids: event.ids, ...(event.all ? { all: true } : {}), ...(event.version !== undefined ? { version: event.version } : {}), actor: event.actor ?? null };
}

export interface OpenLiveStreamOptions {
  actor: Actor;
  articleId: string;
  /** The id of the last event the page got (Last-Event-ID), to send only what it missed. */
  lastEventId?: string | null;
  /** Ends the stream when the request is aborted (the page closed or navigated away). */
  signal: AbortSignal;
  /** Re-checks the reader's access at every heartbeat (signed out, deactivated, role changed: the stream ends). */
  stillAllowed: () => Promise<boolean>;
  heartbeatMs?: number;
}

/**
 * The server-sent event stream of one article for one reader: 404 for an article out of their reach, 429 past the
 * stream limits. Sends `retry:`, the missed events (or `resync` when they cannot be told), the people on the
 * article, then every change and presence update, and a heartbeat comment every HEARTBEAT_MS.
 */
export async function openLiveStream(options: OpenLiveStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { actor, articleId } = options;
  await getLiveArticle({ actor, articleId });
  const release = takeStreamSlot(actor.userId ?? `name:${actor.name}`);
  const bus = liveBus();
  const encoder = new TextEncoder();
  let cleanup: () => void = release;

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        let lastPresence = "";
        const write = (text: string) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) {
            cleanup();
            return;
          }
          controller.enqueue(encoder.encode(text));
        };
        const sendPresence = (force: boolean) => {
          const entries = presenceDtos(bus.hub.presence.list(articleId));
          const json = JSON.stringify(entries);
          if (!force && json === lastPresence) return;
          lastPresence = json;
          write(formatServerSentEvent({ event: "presence", data: { entries } }));
        };
        const unsubscribe = bus.subscribe(articleId, (event) => {
          if (event.kind === "presence") sendPresence(false);
          else if (event.kind === "presence-request") write(formatServerSentEvent({ event: "presence-request", data: {} }));
          else write(formatServerSentEvent({ id: event.id, event: "change", data: changeData(event) }));
        });
        const heartbeat = setInterval(() => {
          write(": heartbeat\n\n");
          sendPresence(false);
          options.stillAllowed().then(
            (allowed) => {
              if (!allowed) cleanup();
            },
            () => cleanup(),
          );
        }, options.heartbeatMs ?? HEARTBEAT_MS);
        const onAbort = () => cleanup();
        cleanup = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          unsubscribe();
          options.signal.removeEventListener("abort", onAbort);
          release();
          try {
            controller.close();
          } catch {
            // Already closed or errored by the client going away.
          }
        };
        options.signal.addEventListener("abort", onAbort);
        if (options.signal.aborted) {
          cleanup();
          return;
        }

        write(`retry: ${RECONNECT_MS}\n\n`);
        // Who the page's reader is, so it can leave itself out of the people shown.
        write(formatServerSentEvent({ event: "hello", data: { userId: actor.userId } }));
        if (options.lastEventId) {
          const missed = bus.hub.eventsSince(articleId, options.lastEventId);
          if (missed === null) write(formatServerSentEvent({ event: "resync", data: {} }));
          else for (const event of missed) write(formatServerSentEvent({ id: event.id, event: "change", data: changeData(event) }));
        }
        // An id from the start, so a page that reconnects before any change still gets only what it missed.
        write(`id: ${bus.hub.instance}.${bus.hub.currentSequence}\n\n`);
        sendPresence(true);
        // The pages on this article (on every instance) report where they are again: people on other instances
        // show here now, not at their next 20-second report.
        bus.publish(articleId, { kind: "presence-request", ids: [] });
      },
      cancel() {
        cleanup();
      },
    },
    new CountQueuingStrategy({ highWaterMark: 16 }),
  );
}
