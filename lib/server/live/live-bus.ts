import { decodeLiveEvent, encodeLiveEvent, type TLiveEvent } from "./live-event";
import { LiveHub, type TDeliveredEvent } from "./live-hub";
import { createPgTransport, LIVE_CHANNEL, type TLiveTransport } from "./pg-transport";
import { databaseProvider, postgresConnectionString } from "../database-url";

export type { TDeliveredEvent } from "./live-hub";

/**
 * The live bus: `publish` after a write has committed, `subscribe` from a page's event stream. In one process
 * (SQLite) events go straight to the hub; with PostgreSQL they go through LISTEN/NOTIFY so that every instance's
 * hub (this one included) gets them once.
 */
export interface LiveBus {
  publish(articleId: string, event: Omit<TLiveEvent, "articleId">): void;
  subscribe(articleId: string, listener: (event: TDeliveredEvent) => void): () => void;
  readonly hub: LiveHub;
  /** Stops listening (PostgreSQL: closes the listener connection). */
  close(): Promise<void>;
}

/** A bus over a transport (memory: deliver in this process, after the publisher's current task). */
export function createLiveBus(transport?: TLiveTransport & { close?(): Promise<void> }): LiveBus {
  const hub = new LiveHub();
  let listening = false;
  // In memory too the event goes through its wire form, so both buses deliver the same (size-capped) events.
  const send: TLiveTransport["send"] = transport ? transport.send : (event) => {
    const wire = decodeLiveEvent(encodeLiveEvent(event));
    if (wire) queueMicrotask(() => hub.deliver(wire));
  };
  return {
    hub,
    publish(articleId, event) {
      try {
        send({ ...event, articleId });
      } catch (error) {
        // The write has committed: a page missing its refresh is no reason to fail it.
        console.error("tadqiq live: publishing failed:", error);
      }
    },
    subscribe(articleId, listener) {
      // The transport listens from the first subscriber on: a process that only writes listens to nothing.
      if (transport && !listening) {
        listening = true;
        transport.start((event) => hub.deliver(event));
      }
      return hub.subscribe(articleId, listener);
    },
    close: async () => {
      await transport?.close?.();
    },
  };
}

// One bus per process, kept on globalThis: route handlers, server actions and pages may each get their own copy of
// this module from the bundler, and must share listeners.
const globalForLive = globalThis as unknown as { tadqiqLiveBus?: LiveBus };

/** This process's live bus (PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, else in memory). */
export function liveBus(): LiveBus {
  globalForLive.tadqiqLiveBus ??= createLiveBus(databaseProvider() === "postgresql" ? createPgTransport(postgresConnectionString(), { notify: notifyThroughPool }) : undefined);
  return globalForLive.tadqiqLiveBus;
}

interface PendingNotification {
  payload: string;
  resolve(): void;
  reject(error: unknown): void;
}

const pendingNotifications: PendingNotification[] = [];
let notificationsScheduled = false;

/** Notifications per statement (each payload is at most PostgreSQL's 8,000 bytes). */
const NOTIFICATIONS_PER_STATEMENT = 100;

/**
 * Sends a notification on a pooled connection (no extra connection in processes that only write). Notifications
 * sent in the same turn of the event loop go out together, in order, in one statement (`SELECT pg_notify(…),
 * pg_notify(…)`): 25 editors saving on one instance at once cost a round trip or two instead of 25.
 */
function notifyThroughPool(payload: string): Promise<void> {
  return new Promise((resolve, reject) => {
    pendingNotifications.push({ payload, resolve, reject });
    if (notificationsScheduled) return;
    notificationsScheduled = true;
    setImmediate(() => {
      flushing = flushNotifications();
    });
  });
}

let flushing: Promise<void> = Promise.resolve();

/** Resolves when the notifications handed to the pool so far have been sent (tests, before closing the database). */
export async function settleLiveNotifications(): Promise<void> {
  while (notificationsScheduled || pendingNotifications.length > 0) await new Promise((resolve) => setImmediate(resolve));
  await flushing;
}

async function flushNotifications(): Promise<void> {
  notificationsScheduled = false;
  const batch = pendingNotifications.splice(0, pendingNotifications.length);
  const { db } = await import("../db");
  const { Prisma } = await import("../../generated/prisma/client");
  for (let from = 0; from < batch.length; from += NOTIFICATIONS_PER_STATEMENT) {
    const part = batch.slice(from, from + NOTIFICATIONS_PER_STATEMENT);
    try {
      await db.$executeRaw`SELECT ${Prisma.join(part.map((item) => Prisma.sql`pg_notify(${LIVE_CHANNEL}, ${item.payload})`))}`;
      for (const item of part) item.resolve();
    } catch (error) {
      for (const item of part) item.reject(error);
    }
  }
}

/** Closes this process's bus, if any (tests, before their database goes away). */
export async function closeLiveBus(): Promise<void> {
  await globalForLive.tadqiqLiveBus?.close();
  globalForLive.tadqiqLiveBus = undefined;
}

/** Replaces this process's bus (tests). */
export function setLiveBus(bus: LiveBus | undefined): void {
  globalForLive.tadqiqLiveBus = bus;
}

/**
 * Tells open review pages that an article changed. Call after the write's transaction has committed, never
 * inside it (a page would refetch before the change is visible, or a change that was rolled back). Never throws.
 */
export function publishLive(articleId: string, kind: TLiveEvent["kind"], details: { ids?: readonly string[]; version?: number; actor?: { userId: string | null; name: string } } = {}): void {
  liveBus().publish(articleId, {
    kind,
    ids: [...new Set(details.ids ?? [])],
    ...(details.version !== undefined ? { version: details.version } : {}),
    ...(details.actor ? { actor: { userId: details.actor.userId, name: details.actor.name } } : {}),
  });
}
