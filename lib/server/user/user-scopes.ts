import "server-only";
import { db, type Tx } from "../db";
import { ROLES, type Actor, type Role } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { storedRole } from "../auth/stored-role";
import { isLanguageCode } from "../../languages";

/** A desk role of a user: their role for the articles of one language pair, in place of their global role. */
export interface TUserScopeDto {
  sourceLang: string;
  targetLang: string;
  role: Role;
}

/** At most this many desk roles per user (one per language pair is the real bound; this keeps input small). */
export const MAX_USER_SCOPES = 100;

function checkScope(scope: { sourceLang: string; targetLang: string; role?: string }): void {
  if (!isLanguageCode(scope.sourceLang) || !isLanguageCode(scope.targetLang) || scope.sourceLang === scope.targetLang) {
    throw new AppError("language.unknown", "Unknown language pair.", { status: 422 });
  }
  if (scope.role !== undefined && !(ROLES as readonly string[]).includes(scope.role)) throw new AppError("user.invalid-role", "Unknown role.", { status: 422 });
}

async function findUserOrThrow(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
  return user;
}

const SCOPE_ORDER = [{ sourceLang: "asc" as const }, { targetLang: "asc" as const }];

async function scopesOf(tx: Tx, userId: string): Promise<TUserScopeDto[]> {
  const rows = await tx.userScope.findMany({ where: { userId }, orderBy: SCOPE_ORDER, select: { sourceLang: true, targetLang: true, role: true } });
  return rows.map((row) => ({ sourceLang: row.sourceLang, targetLang: row.targetLang, role: storedRole(row.role) }));
}

/** A user's desk roles, by language pair (admins only). */
export async function listUserScopes(options: { actor: Actor; userId: string }): Promise<TUserScopeDto[]> {
  assertCan(options.actor, "user.manage");
  await findUserOrThrow(db, options.userId);
  return scopesOf(db, options.userId);
}

/**
 * Sets (role) or removes (null) one desk role inside a transaction, with an audit entry user.scope.add or
 * user.scope.remove; false when nothing changed.
 */
async function setScopeInTx(tx: Tx, actor: Actor, userId: string, pair: { sourceLang: string; targetLang: string }, role: Role | null): Promise<boolean> {
  const key = { userId_sourceLang_targetLang: { userId, sourceLang: pair.sourceLang, targetLang: pair.targetLang } };
  const existing = await tx.userScope.findUnique({ where: key });
  if (role === null) {
    if (!existing) return false;
    await tx.userScope.delete({ where: { id: existing.id } });
    await recordAudit(tx, { actor, articleId: null, action: "user.scope.remove", entityType: "user", entityId: userId, details: { sourceLang: pair.sourceLang, targetLang: pair.targetLang, role: existing.role } });
    return true;
  }
  if (existing?.role === role) return false;
  if (existing) await tx.userScope.update({ where: { id: existing.id }, data: { role } });
  else await tx.userScope.create({ data: { userId, sourceLang: pair.sourceLang, targetLang: pair.targetLang, role } });
  await recordAudit(tx, {
    actor,
    articleId: null,
    action: "user.scope.add",
    entityType: "user",
    entityId: userId,
    details: { sourceLang: pair.sourceLang, targetLang: pair.targetLang, role, ...(existing ? { from: existing.role } : {}) },
  });
  return true;
}

/**
 * Gives a user a role for one language pair (replacing the desk role they had there), or with `role: null` takes
 * it back so their global role applies again. Counts from the user's next request. Admins only; audited.
 */
export async function setUserScope(options: { actor: Actor; userId: string; sourceLang: string; targetLang: string; role: Role | null }): Promise<{ changed: boolean; scopes: TUserScopeDto[] }> {
  assertCan(options.actor, "user.manage");
  checkScope({ sourceLang: options.sourceLang, targetLang: options.targetLang, role: options.role ?? undefined });
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, options.userId);
    const changed = await setScopeInTx(tx, options.actor, options.userId, options, options.role);
    return { changed, scopes: await scopesOf(tx, options.userId) };
  });
}

/**
 * Replaces all of a user's desk roles with `scopes` (one per language pair): each added, changed or removed one is
 * an audit entry. All or nothing; a repeated pair or an unknown language or role is refused (422). Admins only.
 */
export async function replaceUserScopes(options: { actor: Actor; userId: string; scopes: readonly { sourceLang: string; targetLang: string; role: string }[] }): Promise<TUserScopeDto[]> {
  assertCan(options.actor, "user.manage");
  if (options.scopes.length > MAX_USER_SCOPES) throw new AppError("scope.too-many", "Too many desk roles.", { status: 422, params: { max: MAX_USER_SCOPES } });
  const wanted = new Map<string, { sourceLang: string; targetLang: string; role: Role }>();
  for (const scope of options.scopes) {
    checkScope(scope);
    const key = `${scope.sourceLang}-${scope.targetLang}`;
    if (wanted.has(key)) throw new AppError("scope.duplicate-pair", "A language pair is listed twice.", { status: 422, params: { pair: key } });
    wanted.set(key, { sourceLang: scope.sourceLang, targetLang: scope.targetLang, role: scope.role as Role });
  }
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, options.userId);
    for (const current of await scopesOf(tx, options.userId)) {
      if (!wanted.has(`${current.sourceLang}-${current.targetLang}`)) await setScopeInTx(tx, options.actor, options.userId, current, null);
    }
    for (const scope of wanted.values()) await setScopeInTx(tx, options.actor, options.userId, scope, scope.role);
    return scopesOf(tx, options.userId);
  });
}
