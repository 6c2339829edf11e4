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
 * Live events across instances through PostgreSQL: one dedicated connection per process LISTENs on LIVE_CHANNEL
 * and sends with pg_notify (PostgreSQL delivers a notification to every listener, the sender included, after the
 * sending transaction commits). While the connection is down, events are delivered in this process only and the
 * connection is retried (1 s, doubling up to 30 s); pages of other instances then catch up when their stream
 * reconnects.
 */
export function createPgTransport(connectionString: string, options: { loadModule?: () => Promise<TPgModule> } = {}): TLiveTransport & { close(): Promise<void>; ready(): Promise<void> } {
  let client: TPgClient | null = null;
  let connected = false;
  let closed = false;
  let retryMs = 1000;
  let receive: (event: TLiveEvent) => void = () => undefined;
  let readyResolve: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));

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
          setTimeout(() => void connect(), retryMs).unref?.();
          retryMs = Math.min(30_000, retryMs * 2);
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
      setTimeout(() => void connect(), retryMs).unref?.();
      retryMs = Math.min(30_000, retryMs * 2);
    }
  };

  return {
    start(onEvent) {
      receive = onEvent;
      void connect();
    },
    send(event) {
      if (!connected || !client) {
        queueMicrotask(() => receive(event));
        return;
      }
      client.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, encodeLiveEvent(event)]).catch((error: unknown) => {
        console.error("tadqiq live: NOTIFY failed; delivered in this process only", error instanceof Error ? error.message : error);
        receive(event);
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
