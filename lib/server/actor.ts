/** Roles, from most to least powerful. */
export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** A desk role: the user's role for the articles of one language pair, in place of their global role there. */
export interface TActorScope {
  sourceLang: string;
  targetLang: string;
  role: Role;
}

/** Who is acting: a signed-in user (web session or API token), or the system (CLI, seeding). */
export interface Actor {
  userId: string | null;
  name: string;
  /** The global role: it applies to every language pair without a desk role. */
  role: Role;
  /** Desk roles (loaded with the actor); none means the global role applies everywhere. */
  scopes?: readonly TActorScope[];
  /** Where the request came from (IP address, "cli"), for the audit trail. */
  origin?: string;
}

/** The actor used by the command line and the sample loader. */
export function systemActor(name = "tadqiq", role: Role = "admin"): Actor {
  return { userId: null, name, role, origin: "cli" };
}

/** Cleans a display name: trimmed, single-spaced, at most 60 characters. */
export function normalizeActorName(raw: string | undefined | null, fallback = "Editor"): string {
  const name = (raw ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  return name || fallback;
}
