import { decodeLiveEvent, encodeLiveEvent, type TLiveEvent } from "./live-event";

/** How events leave and reach this process. */
export interface TLiveTransport {
  send(event: TLiveEvent): void;
  start(receive: (event: TLiveEvent) => void): void;
}

/** The NOTIFY channel of live events (one for all articles: the payload names the article). */
export const LIVE_CHANNEL = "tadqiq_live";

/** The parts of the `pg` Client this transport uses. */
interface TPgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<unknown>;
  end(): Promise<void>;
  on(event: "notification", listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: "error" | "end", listener: (error?: Error) => void): void;
}
type TPgModule = { Client: new (options: { connectionString: string; application_name?: string }) => TPgClient };

async function loadPg(): Promise<TPgModule> {
  // Loaded only on PostgreSQL.
  const loaded = (await import("pg")) as unknown as TPgModule & { default?: TPgModule };
  return loaded.default ?? loaded;
}

/**
 * Live events across instances through PostgreSQL: events are sent with pg_notify (by default on the Prisma pool,
 * `notify`), and one dedicated connection per process LISTENs on LIVE_CHANNEL once something in the process
 * subscribes (`start`): PostgreSQL delivers a notification to every listener, this one included, after the sending
 * transaction commits. A process that only writes (the CLI, a worker) opens no listener. While the listener is
 * down, this process's events are also delivered to its own pages directly, and the connection is retried (1 s,
 * doubling up to 30 s); pages of other instances catch up when their stream reconnects.
 */
export function createPgTransport(
  connectionString: string,
  options: { loadModule?: () => Promise<TPgModule>; notify?: (payload: string) => Promise<unknown> } = {},
): TLiveTransport & { close(): Promise<void>; ready(): Promise<void> } {
  let client: TPgClient | null = null;
  let connected = false;
  let started = false;
  let closed = false;
  let retryMs = 1000;
  let receive: (event: TLiveEvent) => void = () => undefined;
  let readyResolve: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  const notify =
    options.notify ??
    ((payload: string) => {
      if (!client || !connected) return Promise.reject(new Error("not connected"));
      return client.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, payload]);
    });

  const retry = () => {
    setTimeout(() => void connect(), retryMs).unref?.();
    retryMs = Math.min(30_000, retryMs * 2);
  };
  const connect = async () => {
    if (closed) return;
    try {
      const pg = await (options.loadModule ?? loadPg)();
      const next = new pg.Client({ connectionString, application_name: "tadqiq-live" });
      next.on("notification", (message) => {
        if (message.channel !== LIVE_CHANNEL || !message.payload) return;
        const event = decodeLiveEvent(message.payload);
        if (event) receive(event);
      });
      const lost = (error?: Error) => {
        if (client !== next) return;
        client = null;
        connected = false;
        if (!closed) {
          console.error("tadqiq live: PostgreSQL listener connection lost; retrying", error?.message ?? "");
          retry();
        }
      };
      next.on("error", lost);
      next.on("end", lost);
      client = next;
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
      connected = true;
      retryMs = 1000;
      readyResolve();
    } catch (error) {
      client = null;
      connected = false;
      if (closed) return;
      console.error("tadqiq live: cannot listen on PostgreSQL; retrying", error instanceof Error ? error.message : error);
      retry();
    }
  };

  return {
    start(onEvent) {
      receive = onEvent;
      if (started) return;
      started = true;
      void connect();
    },
    send(event) {
      const listening = connected;
      // Without a working listener this process's own pages would miss the event: hand it to them directly.
      if (started && !listening) queueMicrotask(() => receive(event));
      notify(encodeLiveEvent(event)).catch((error: unknown) => {
        console.error("tadqiq live: NOTIFY failed; other instances miss this change until their pages reconnect", error instanceof Error ? error.message : error);
        if (started && listening) receive(event);
      });
    },
    ready: () => readyPromise,
    async close() {
      closed = true;
      const current = client;
      client = null;
      connected = false;
      await current?.end().catch(() => undefined);
    },
  };
}
