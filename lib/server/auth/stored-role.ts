import { ROLES, type Role } from "../actor";

/** The role stored for a user, read as one of the known roles (anything else counts as viewer). */
export function storedRole(role: string | null | undefined): Role {
  return (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : "viewer";
}
