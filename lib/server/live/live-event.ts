/**
 * What a review page is told when an article changes: which kind of thing changed and its ids, never the content
 * (the page refetches what changed through its usual, authorized reads). Pure: no Next, no database.
 */

/** The kinds of change a review page reacts to. */
export const LIVE_KINDS = [
  // Translation paragraphs saved, excluded or restored (ids: paragraph ids).
  "paragraph",
  // Review marks (ids: row ids).
  "row",
  // Issues flagged, commented, resolved, dismissed or reopened (ids: issue ids).
  "issue",
  // Finding decisions (ids: finding ids).
  "finding",
  // A QA run wrote new findings.
  "qa",
  // The pairing changed (merge, split, move, realign): rows are reloaded.
  "structure",
  // Status, assignment or pass threshold changed: the page is reloaded.
  "article",
  // Someone is on the article, on a row, editing a row, or left.
  "presence",
  // A page opened (on some instance): every page on the article reports where it is again, so that an instance
  // learns at once who is on the article through the others.
  "presence-request",
] as const;
export type TLiveKind = (typeof LIVE_KINDS)[number];

/** Who made a change (as the review page names people elsewhere: history, issues). */
export interface TLiveActor {
  userId: string | null;
  name: string;
}

/** One person on one open review page (a browser tab). */
export interface TPresenceEntry {
  /** The tab, chosen by the page (a user may have the article open twice). */
  clientId: string;
  userId: string;
  name: string;
  /** The row they are on (row id), or null. */
  rowId: string | null;
  /** True while they have an editor open on that row. */
  editing: boolean;
  /** False when they left (the entry is removed). */
  here: boolean;
}

/** A change of one article, as published after the write's transaction has committed. */
export interface TLiveEvent {
  articleId: string;
  kind: TLiveKind;
  /** Ids of what changed; empty with `all` set when there were too many to send. */
  ids: string[];
  /** True when the page should refetch everything of this kind (too many ids for one message). */
  all?: boolean;
  /** The paragraph version after a save (one paragraph), so a page that has it already skips the refetch. */
  version?: number;
  actor?: TLiveActor;
  presence?: TPresenceEntry;
}

/** PostgreSQL NOTIFY refuses payloads of 8000 bytes or more; events stay well below. */
export const MAX_EVENT_BYTES = 7000;

/**
 * The event as it travels (JSON, under MAX_EVENT_BYTES): when its ids do not fit, they are dropped and `all` is
 * set, which makes pages refetch everything of that kind.
 */
export function encodeLiveEvent(event: TLiveEvent): string {
  const json = JSON.stringify(event);
  if (Buffer.byteLength(json, "utf8") < MAX_EVENT_BYTES) return json;
  const { presence: _presence, ...rest } = event;
  const actor = rest.actor ? { userId: rest.actor.userId, name: rest.actor.name.slice(0, 60) } : undefined;
  return JSON.stringify({ ...rest, actor, ids: [], all: true });
}

const ID = /^[\w-]{1,64}$/;

/** Reads an event from its JSON (a NOTIFY payload); null when it is not one. */
export function decodeLiveEvent(json: string): TLiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const event = value as Partial<TLiveEvent>;
  if (typeof event.articleId !== "string" || !ID.test(event.articleId)) return null;
  if (!LIVE_KINDS.includes(event.kind as TLiveKind)) return null;
  if (!Array.isArray(event.ids) || !event.ids.every((id) => typeof id === "string")) return null;
  if (event.kind === "presence" && !isPresenceEntry(event.presence)) return null;
  return event as TLiveEvent;
}

function isPresenceEntry(value: unknown): value is TPresenceEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Partial<TPresenceEntry>;
  return (
    typeof entry.clientId === "string" &&
    typeof entry.userId === "string" &&
    typeof entry.name === "string" &&
    (entry.rowId === null || typeof entry.rowId === "string") &&
    typeof entry.editing === "boolean" &&
    typeof entry.here === "boolean"
  );
}

/** One server-sent event in the text/event-stream format (data is one JSON line, so no newline splitting). */
export function formatServerSentEvent(message: { id?: string; event: string; data: unknown }): string {
  const lines = [];
  if (message.id) lines.push(`id: ${message.id}`);
  lines.push(`event: ${message.event}`);
  lines.push(`data: ${JSON.stringify(message.data)}`);
  return `${lines.join("\n")}\n\n`;
}
