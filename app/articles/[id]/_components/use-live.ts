"use client";

import { useEffect, useMemo, useRef, useState } from "react";

/** A colleague's change, as the article's live stream tells it (ids only: the page refetches the rest). */
export interface TLiveChange {
  kind: "paragraph" | "row" | "issue" | "finding" | "qa" | "structure" | "article";
  ids: string[];
  /** Too many ids to send: refetch everything of this kind. */
  all?: boolean;
  version?: number;
  actor: { userId: string | null; name: string } | null;
}

/** Someone on the article (one entry per person, their most telling tab). */
export interface TPresencePerson {
  userId: string;
  name: string;
  rowId: string | null;
  editing: boolean;
}

/** How often the page says where it is; the server forgets a page after 45 s of silence. */
const PRESENCE_EVERY_MS = 20_000;
/** Changes arriving together are fetched together. */
const BATCH_MS = 50;
/** The "interrupted" notice waits this long, so a quick reconnect goes unnoticed. */
const LOST_NOTICE_MS = 5_000;

function newClientId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** One entry per person (a person with two tabs shows once, editing if they edit in either). */
function people(entries: readonly TPresencePerson[], me: string | null): TPresencePerson[] {
  // Until the stream has said who the reader is, nobody is shown (the reader would be among them).
  if (me === null) return [];
  const byUser = new Map<string, TPresencePerson>();
  for (const entry of entries) {
    if (entry.userId === me) continue;
    const known = byUser.get(entry.userId);
    if (!known || (entry.editing && !known.editing) || (!known.rowId && entry.rowId)) byUser.set(entry.userId, entry);
  }
  return [...byUser.values()];
}

export interface UseLiveOptions {
  articleId: string;
  /** Where this page's reader is: the current row, and whether an editor is open on it. */
  position: { rowId: string | null; editing: boolean };
  /** Colleagues' changes, gathered over a short moment (this reader's own changes are left out). */
  onChanges: (changes: TLiveChange[]) => void;
  /** The page may have missed changes (it was away too long, or reached another server): reload its data. */
  onResync: () => void;
}

/**
 * The review page's live link: an EventSource on /api/articles/{id}/events (reconnecting by itself, closed while
 * the tab is hidden and resumed from the last event when it shows again) and presence reports to
 * /api/articles/{id}/presence on every move and every 20 s. Returns the other people on the article and whether
 * the link is interrupted.
 */
export function useLive({ articleId, position, onChanges, onResync }: UseLiveOptions) {
  const [entries, setEntries] = useState<TPresencePerson[]>([]);
  const [me, setMe] = useState<string | null>(null);
  const [lost, setLost] = useState(false);
  const clientId = useRef<string | null>(null);
  const handlers = useRef({ onChanges, onResync });
  handlers.current = { onChanges, onResync };
  const where = useRef(position);
  where.current = position;
  const meRef = useRef<string | null>(null);

  const post = useRef((here: boolean) => {
    clientId.current ??= newClientId();
    const body = JSON.stringify({ clientId: clientId.current, rowId: where.current.rowId, editing: where.current.editing, here });
    // The answer also lists who is here, but only the stream is used for that: an answer overtaken by a stream
    // update would show an older list.
    return fetch(`/api/articles/${encodeURIComponent(articleId)}/presence`, { method: "POST", headers: { "content-type": "application/json" }, body, keepalive: !here, credentials: "same-origin" }).catch(() => undefined);
  });

  // The stream: open while the tab shows, resumed from the last event id after a pause or a failure.
  useEffect(() => {
    let source: EventSource | null = null;
    let lastId: string | null = null;
    let retryTimer: number | undefined;
    let lostTimer: number | undefined;
    let batchTimer: number | undefined;
    let batch: TLiveChange[] = [];
    let backoff = 3000;
    let stopped = false;

    const remember = (event: MessageEvent) => {
      if (event.lastEventId) lastId = event.lastEventId;
    };
    const flush = () => {
      batchTimer = undefined;
      const changes = batch;
      batch = [];
      if (changes.length > 0) handlers.current.onChanges(changes);
    };
    const markLost = () => {
      if (lostTimer === undefined) lostTimer = window.setTimeout(() => setLost(true), LOST_NOTICE_MS);
    };
    const open = () => {
      if (stopped || source || document.visibilityState === "hidden") return;
      const url = `/api/articles/${encodeURIComponent(articleId)}/events${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ""}`;
      const current = new EventSource(url);
      source = current;
      current.addEventListener("open", () => {
        backoff = 3000;
        window.clearTimeout(lostTimer);
        lostTimer = undefined;
        setLost(false);
      });
      current.addEventListener("hello", (event) => {
        remember(event as MessageEvent);
        const userId = (JSON.parse((event as MessageEvent).data as string) as { userId: string | null }).userId;
        meRef.current = userId;
        setMe(userId);
      });
      current.addEventListener("presence", (event) => {
        remember(event as MessageEvent);
        setEntries((JSON.parse((event as MessageEvent).data as string) as { entries: TPresencePerson[] }).entries);
      });
      // A page opened somewhere: say again where this page is (at most once a second).
      let lastAnswer = 0;
      current.addEventListener("presence-request", () => {
        if (Date.now() - lastAnswer < 1000) return;
        lastAnswer = Date.now();
        void post.current(true);
      });
      current.addEventListener("change", (event) => {
        remember(event as MessageEvent);
        const change = JSON.parse((event as MessageEvent).data as string) as TLiveChange;
        // This reader's own changes are on the page already (made here, or in another tab with its own drafts).
        if (change.actor && change.actor.userId !== null && change.actor.userId === meRef.current) return;
        batch.push(change);
        batchTimer ??= window.setTimeout(flush, BATCH_MS);
      });
      current.addEventListener("resync", (event) => {
        remember(event as MessageEvent);
        handlers.current.onResync();
      });
      current.addEventListener("error", () => {
        markLost();
        // CLOSED: the browser gave up (an HTTP error such as 429 or 401); try again later, less and less often.
        if (current.readyState === EventSource.CLOSED && source === current) {
          source = null;
          retryTimer = window.setTimeout(open, backoff);
          backoff = Math.min(60_000, backoff * 2);
        }
      });
    };
    const close = () => {
      source?.close();
      source = null;
      window.clearTimeout(retryTimer);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") close();
      else {
        open();
        void post.current(true);
      }
    };
    open();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      close();
      window.clearTimeout(lostTimer);
      window.clearTimeout(batchTimer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [articleId]);

  // Presence: on every move (a moment after it, so arrowing through rows sends one report), every 20 s, and a
  // last "gone" when the page is left.
  useEffect(() => {
    const timer = window.setTimeout(() => void post.current(true), 250);
    return () => window.clearTimeout(timer);
  }, [position.rowId, position.editing]);
  useEffect(() => {
    const every = window.setInterval(() => {
      if (document.visibilityState === "visible") void post.current(true);
    }, PRESENCE_EVERY_MS);
    const onPageHide = () => void post.current(false);
    window.addEventListener("pagehide", onPageHide);
    const poster = post.current;
    return () => {
      window.clearInterval(every);
      window.removeEventListener("pagehide", onPageHide);
      void poster(false);
    };
  }, []);

  const others = useMemo(() => people(entries, me), [entries, me]);
  return { others, lost };
}
