import type { Prisma } from "../../generated/prisma/client";
import type { Actor, Role, TActorScope } from "../actor";
import { PERMISSIONS, type Permission } from "../authz";
import { AppError } from "../errors";

/** A language pair, as an article carries it. */
export interface TLanguagePair {
  sourceLang: string;
  targetLang: string;
}

function roleGrants(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

function samePair(scope: TLanguagePair, pair: TLanguagePair): boolean {
  return scope.sourceLang === pair.sourceLang && scope.targetLang === pair.targetLang;
}

/** Permissions that are not about articles or language pairs: only the global role grants them. */
const GLOBAL_ONLY_PERMISSIONS: readonly Permission[] = ["token.manage", "user.manage", "audit.read-all", "site.settings"];

/** The actor's role for one language pair: their desk role there when they have one, else their global role. */
export function effectiveRole(actor: Actor, pair: TLanguagePair): Role {
  return actor.scopes?.find((scope) => samePair(scope, pair))?.role ?? actor.role;
}

/** True when the actor's role for the article's language pair grants the permission (UI flags, pair checks). */
export function canOnArticle(actor: Actor | null | undefined, permission: Permission, article: TLanguagePair): boolean {
  if (!actor) return false;
  return roleGrants(GLOBAL_ONLY_PERMISSIONS.includes(permission) ? actor.role : effectiveRole(actor, article), permission);
}

/**
 * True when the permission is granted for at least one language pair (globally, or by a desk role). A desk role
 * never grants a permission that is not about articles (managing users, site settings…).
 */
export function canAnywhere(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (roleGrants(actor.role, permission)) return true;
  return !GLOBAL_ONLY_PERMISSIONS.includes(permission) && (actor.scopes ?? []).some((scope) => roleGrants(scope.role, permission));
}

/**
 * A where on language-pair fields (sourceLang, targetLang; `id` only to match nothing), so it filters articles and
 * pair-scoped rows such as glossary entries alike.
 */
export type TLanguagePairWhere = { OR?: TLanguagePair[]; NOT?: { OR: TLanguagePair[] }; id?: { in: string[] } };

function pairOf(scope: TActorScope): TLanguagePair {
  return { sourceLang: scope.sourceLang, targetLang: scope.targetLang };
}

/**
 * The language pairs on which the actor's role grants the permission, as a where on (sourceLang, targetLang).
 * When the global role grants it: every pair except those where a desk role does not. Otherwise: only the pairs
 * where a desk role does (none: a where that matches nothing). Without desk roles this is `{}` or nothing, i.e.
 * exactly the global role check.
 */
export function languagePairWhere(actor: Actor, permission: Permission): TLanguagePairWhere {
  const scopes = GLOBAL_ONLY_PERMISSIONS.includes(permission) ? [] : (actor.scopes ?? []);
  if (roleGrants(actor.role, permission)) {
    const denied = scopes.filter((scope) => !roleGrants(scope.role, permission));
    return denied.length === 0 ? {} : { NOT: { OR: denied.map(pairOf) } };
  }
  const granted = scopes.filter((scope) => roleGrants(scope.role, permission));
  return granted.length === 0 ? { id: { in: [] } } : { OR: granted.map(pairOf) };
}

/**
 * The articles on which the actor's role grants the permission, as a Prisma `where` (documenso's
 * getEnvelopeWhereInput shape): every article-scoped lookup adds it (`{ id, AND: [articleWhere(…)] }` for an
 * article, `{ id, article: articleWhere(…) }` for its paragraphs, rows, issues and findings), so a route cannot
 * forget the check. An actor's role for an article is their desk role for its language pair, else their global role.
 */
export function articleWhere(actor: Actor, permission: Permission): Prisma.ArticleWhereInput {
  return languagePairWhere(actor, permission);
}

/**
 * The entry check of an article-scoped function: 401 without an actor, 403 when no role of the actor (global or
 * desk) grants the permission anywhere — exactly the global role check when there are no desk roles. Whether it
 * holds for the article in question is then decided by the lookup through `articleWhere` (not found: 404, so an
 * article outside the actor's reach is not revealed).
 */
export function assertCanSomewhere(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
  if (!canAnywhere(actor, permission)) throw new AppError("auth.forbidden", "Your role does not allow this.", { status: 403, params: { permission } });
}

/** Throws 401/403 unless the actor's role for this language pair grants the permission (e.g. creating an article). */
export function assertCanOnPair(actor: Actor | null | undefined, permission: Permission, pair: TLanguagePair): asserts actor is Actor {
  assertCanSomewhere(actor, permission);
  if (!canOnArticle(actor, permission, pair)) {
    throw new AppError("auth.forbidden", "Your role does not allow this.", { status: 403, params: { permission } });
  }
}

/** The 404 of an article the actor may not reach (or that does not exist: the two are not told apart). */
export function articleNotFound(): AppError {
  return new AppError("article.not-found", "Article not found.", { status: 404 });
}
