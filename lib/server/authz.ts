import type { Actor, Role } from "./actor";
import { AppError } from "./errors";

/**
 * What each role may do. Translators/editors fix and approve, reviewers flag and comment,
 * viewers read and export, admins also manage users and settings.
 */
export const PERMISSIONS = {
  "article.read": ["admin", "editor", "reviewer", "viewer"],
  "article.export": ["admin", "editor", "reviewer", "viewer"],
  "article.create": ["admin", "editor"],
  "article.delete": ["admin"],
  "article.settings": ["admin", "editor"],
  "article.assign": ["admin", "editor"],
  "article.transition": ["admin", "editor"],
  "paragraph.edit": ["admin", "editor"],
  "row.repair": ["admin", "editor"],
  "row.review": ["admin", "editor", "reviewer"],
  "issue.create": ["admin", "editor", "reviewer"],
  "issue.comment": ["admin", "editor", "reviewer"],
  "issue.resolve": ["admin", "editor"],
  "finding.decide": ["admin", "editor", "reviewer"],
  "finding.apply": ["admin", "editor"],
  "glossary.edit": ["admin", "editor"],
  "names.read": ["admin", "editor", "reviewer"],
  "names.edit": ["admin", "editor"],
  "token.manage": ["admin", "editor", "reviewer", "viewer"],
  "user.manage": ["admin"],
  "audit.read-all": ["admin"],
  "site.settings": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when the actor's role grants the permission. */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return Boolean(actor) && (PERMISSIONS[permission] as readonly Role[]).includes(actor!.role);
}

/** Throws 401 without an actor and 403 when the role does not grant the permission. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
  if (!can(actor, permission)) throw new AppError("auth.forbidden", "Your role does not allow this.", { status: 403, params: { permission } });
}
