import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";
import type { TLiveEvent } from "./live-event";
import { PresenceMap } from "./presence-map";

/** An event as a stream sends it: with an id the page hands back on reconnecting (Last-Event-ID). */
export interface TDeliveredEvent extends TLiveEvent {
  /** `<process>.<sequence>`: a page reconnecting to another process cannot replay, and refetches everything. */
  id: string;
}

/** Recent events kept per article, so a page that reconnects within a short outage gets only what it missed. */
const REPLAY_EVENTS = 200;
const REPLAY_MS = 5 * 60_000;

/**
 * The process-local side of the live bus: listeners per article, the recent events for replay, and the presence
 * map. Every event reaches it exactly once per process, whichever transport carried it.
 */
export class LiveHub {
  /** Tells this process's event ids apart from another's. */
  readonly instance = randomBytes(4).toString("hex");
  readonly presence = new PresenceMap();
  private readonly emitter = new EventEmitter();
  private sequence = 0;
  /**
   * Per article: its recent events, the last sequence number that can no longer be replayed, and when it was last
   * used (entries without listeners unused for REPLAY_MS are swept, so the map does not grow with every article).
   */
  private readonly recent = new Map<string, { events: { at: number; sequence: number; event: TDeliveredEvent }[]; droppedUpTo: number; usedAt: number }>();
  private deliveriesSinceSweep = 0;

  constructor() {
    // One listener per open stream; the stream caps bound them.
    this.emitter.setMaxListeners(0);
  }

  /** Hands an event to this process's listeners of its article (presence first updates the map). */
  deliver(event: TLiveEvent, now = Date.now()): TDeliveredEvent {
    if (event.kind === "presence" && event.presence) this.presence.apply(event.articleId, event.presence, now);
    const kept = event.kind === "presence" || event.kind === "presence-request" ? null : this.keptEvents(event.articleId, now);
    const sequence = ++this.sequence;
    const delivered: TDeliveredEvent = { ...event, id: `${this.instance}.${sequence}` };
    if (kept) {
      kept.events.push({ at: now, sequence, event: delivered });
      while (kept.events.length > REPLAY_EVENTS) kept.droppedUpTo = kept.events.shift()!.sequence;
    }
    if (++this.deliveriesSinceSweep >= 1000) this.sweep(now);
    for (const listener of this.emitter.listeners(event.articleId)) {
      try {
        (listener as (event: TDeliveredEvent) => void)(delivered);
      } catch (error) {
        // One broken stream must not keep the event from the others.
        console.error("tadqiq live: a listener failed:", error);
      }
    }
    return delivered;
  }

  /** Listens to one article's events; returns the function that stops listening. */
  subscribe(articleId: string, listener: (event: TDeliveredEvent) => void): () => void {
    this.keptEvents(articleId, Date.now());
    this.emitter.on(articleId, listener);
    return () => {
      this.emitter.off(articleId, listener);
      this.keptEvents(articleId, Date.now());
    };
  }

  /** How many listeners an article has in this process. */
  listenerCount(articleId: string): number {
    return this.emitter.listenerCount(articleId);
  }

  /**
   * The article's events after `lastEventId`, or null when they cannot be told (another process's id, or some
   * were dropped since): the page then refetches everything.
   */
  eventsSince(articleId: string, lastEventId: string, now = Date.now()): TDeliveredEvent[] | null {
    const match = /^([0-9a-f]+)\.(\d+)$/.exec(lastEventId);
    if (!match || match[1] !== this.instance) return null;
    const after = Number(match[2]);
    if (after > this.sequence) return null;
    const kept = this.keptEvents(articleId, now);
    if (after < kept.droppedUpTo) return null;
    return kept.events.filter((e) => e.sequence > after).map((e) => e.event);
  }

  /** The article's replayable events, without those older than REPLAY_MS (remembering that they were dropped). */
  private keptEvents(articleId: string, now: number) {
    let kept = this.recent.get(articleId);
    if (!kept) {
      // Nothing is known of this article's earlier events (never seen, or swept): none of them can be replayed.
      kept = { events: [], droppedUpTo: this.sequence, usedAt: now };
      this.recent.set(articleId, kept);
    }
    kept.usedAt = now;
    while (kept.events.length > 0 && now - kept.events[0].at >= REPLAY_MS) kept.droppedUpTo = kept.events.shift()!.sequence;
    return kept;
  }

  /** Forgets articles nobody listens to that had no event for REPLAY_MS. */
  sweep(now = Date.now()): void {
    this.deliveriesSinceSweep = 0;
    for (const [articleId, kept] of this.recent) {
      if (now - kept.usedAt >= REPLAY_MS && this.emitter.listenerCount(articleId) === 0) this.recent.delete(articleId);
    }
    this.presence.prune(undefined, now);
  }

  /** The sequence number of the last event delivered in this process. */
  get currentSequence(): number {
    return this.sequence;
  }

  /** How many articles this process keeps replayable events of. */
  get trackedArticles(): number {
    return this.recent.size;
  }
}
