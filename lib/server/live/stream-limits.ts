import { AppError } from "../errors";

/** Open event streams per user (tabs of review pages) and per process; past them a new stream is refused (429). */
export interface TStreamLimits {
  perUser: number;
  perProcess: number;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const globalForLimits = globalThis as unknown as { tadqiqLiveStreams?: { total: number; perUser: Map<string, number>; limits: TStreamLimits | null } };
const state = (globalForLimits.tadqiqLiveStreams ??= { total: 0, perUser: new Map(), limits: null });

/** The limits in force (TADQIQ_LIVE_STREAMS_PER_USER, default 12; TADQIQ_LIVE_STREAMS, default 1000). */
export function streamLimits(): TStreamLimits {
  return state.limits ?? { perUser: numberFromEnv("TADQIQ_LIVE_STREAMS_PER_USER", 12), perProcess: numberFromEnv("TADQIQ_LIVE_STREAMS", 1000) };
}

/** Sets the limits (tests); null goes back to the environment's. */
export function setStreamLimits(limits: TStreamLimits | null): void {
  state.limits = limits;
}

/** Takes one stream slot for the user, or throws 429; the returned function gives it back (once). */
export function takeStreamSlot(userKey: string): () => void {
  const limits = streamLimits();
  const mine = state.perUser.get(userKey) ?? 0;
  if (state.total >= limits.perProcess) throw new AppError("live.too-many-streams", "Too many live connections to this server; try again shortly.", { status: 429 });
  if (mine >= limits.perUser) throw new AppError("live.too-many-streams", "Too many live connections for your account; close some tabs.", { status: 429 });
  state.total++;
  state.perUser.set(userKey, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.total--;
    const left = (state.perUser.get(userKey) ?? 1) - 1;
    if (left <= 0) state.perUser.delete(userKey);
    else state.perUser.set(userKey, left);
  };
}

/** Open streams now (all users, and one user's). */
export function openStreams(userKey?: string): number {
  return userKey === undefined ? state.total : (state.perUser.get(userKey) ?? 0);
}
