import { ROLES, type Role, type TActorScope } from "../actor";

/** The role stored for a user, read as one of the known roles (anything else counts as viewer). */
export function storedRole(role: string | null | undefined): Role {
  return (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : "viewer";
}

/** Stored desk roles as the actor carries them. */
export function actorScopes(rows: readonly { sourceLang: string; targetLang: string; role: string }[]): TActorScope[] {
  return rows.map((row) => ({ sourceLang: row.sourceLang, targetLang: row.targetLang, role: storedRole(row.role) }));
}
