/** Who is acting. Until accounts exist, a display name the user gives (kept in a cookie). */
export interface Actor {
  name: string;
}

export const ACTOR_COOKIE = "tadqiq_name";
export const DEFAULT_ACTOR_NAME = "Editor";

/** Cleans a display name: trimmed, single-spaced, at most 60 characters, never empty. */
export function normalizeActorName(raw: string | undefined | null): string {
  const name = (raw ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  return name || DEFAULT_ACTOR_NAME;
}
