import type { TPresenceEntry } from "./live-event";

/** A page that stops telling where it is (closed, asleep, offline) disappears after this long; pages post every 20 s. */
export const PRESENCE_TTL_MS = 45_000;

/** Tabs remembered per article: a bound on what one article can make a server keep. */
const MAX_ENTRIES_PER_ARTICLE = 200;

/**
 * Who is on which article, in this server process: one entry per open tab, expiring PRESENCE_TTL_MS after its
 * last update. Each process keeps its own map, fed by the presence events of the live bus (from every instance).
 */
export class PresenceMap {
  private readonly articles = new Map<string, Map<string, { entry: TPresenceEntry; expiresAt: number }>>();

  constructor(private readonly ttlMs = PRESENCE_TTL_MS) {}

  /** Records (or removes, when `here` is false) one tab's presence; true when what others see changed. */
  apply(articleId: string, entry: TPresenceEntry, now = Date.now()): boolean {
    this.prune(articleId, now);
    const key = `${entry.userId}\u0000${entry.clientId}`;
    let entries = this.articles.get(articleId);
    if (!entry.here) {
      const removed = entries?.delete(key) ?? false;
      if (entries && entries.size === 0) this.articles.delete(articleId);
      return removed;
    }
    if (!entries) {
      entries = new Map();
      this.articles.set(articleId, entries);
    }
    const previous = entries.get(key)?.entry;
    if (!previous && entries.size >= MAX_ENTRIES_PER_ARTICLE) return false;
    entries.set(key, { entry: { ...entry }, expiresAt: now + this.ttlMs });
    return !previous || previous.rowId !== entry.rowId || previous.editing !== entry.editing || previous.name !== entry.name;
  }

  /** The tabs on an article now, in a stable order (by name, then tab). */
  list(articleId: string, now = Date.now()): TPresenceEntry[] {
    this.prune(articleId, now);
    const entries = [...(this.articles.get(articleId)?.values() ?? [])].map((e) => e.entry);
    return entries.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId) || a.clientId.localeCompare(b.clientId));
  }

  /** Drops expired entries (of one article, or of all). */
  prune(articleId?: string, now = Date.now()): void {
    const ids = articleId === undefined ? [...this.articles.keys()] : [articleId];
    for (const id of ids) {
      const entries = this.articles.get(id);
      if (!entries) continue;
      for (const [key, value] of entries) if (value.expiresAt <= now) entries.delete(key);
      if (entries.size === 0) this.articles.delete(id);
    }
  }

  /** How many articles have someone on them (for tests and limits). */
  get articleCount(): number {
    return this.articles.size;
  }
}
