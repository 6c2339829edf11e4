import "server-only";
import { db, type Tx } from "../db";
import { ROLES, type Actor, type Role } from "../actor";
import { assertCan } from "../authz";
import { assertCanSomewhere } from "../access/article-access";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { toUserDto, type TUserDto } from "./create-user";

/**
 * Active accounts, for assigning articles (admins and editors); with `includeDeactivated` (admins only, for the
 * user admin pages and API) the deactivated ones too. With `pair`, each role is the one the person has for that
 * language pair (their desk role there, else their global role), which is what an assignment checks.
 */
export async function listUsers(options: { actor: Actor; includeDeactivated?: boolean; pair?: { sourceLang: string; targetLang: string } }): Promise<TUserDto[]> {
  if (options.includeDeactivated) assertCan(options.actor, "user.manage");
  else if (options.actor.role !== "admin") assertCanSomewhere(options.actor, "article.assign");
  const users = await db.user.findMany({
    where: options.includeDeactivated ? {} : { deactivatedAt: null },
    orderBy: [{ name: "asc" }],
    include: { scopes: options.pair ? { where: { sourceLang: options.pair.sourceLang, targetLang: options.pair.targetLang }, select: { role: true } } : false },
  });
  return users.map((user) => toUserDto({ ...user, role: user.scopes?.[0]?.role ?? user.role }));
}

/** One account, for the admin pages and API. */
export async function getUser(options: { actor: Actor; userId: string }): Promise<TUserDto> {
  assertCan(options.actor, "user.manage");
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
  return toUserDto(user);
}

/** Refuses when `user` is the last active admin and the change would leave no active admin. */
export async function assertNotLastAdmin(tx: Tx, user: { id: string; role: string; deactivatedAt: Date | null }): Promise<void> {
  if (user.role !== "admin" || user.deactivatedAt) return;
  const activeAdmins = await tx.user.count({ where: { role: "admin", deactivatedAt: null } });
  if (activeAdmins <= 1) throw new AppError("user.last-admin", "The last active admin cannot lose the admin role or be deactivated.", { status: 409 });
}

/**
 * Changes a user's role; the last active admin cannot be demoted. The role is read from the user row on every
 * request (sessions and tokens alike), so the change counts from the user's next request.
 */
export async function updateUserRole(options: { actor: Actor; userId: string; role: Role }): Promise<void> {
  assertCan(options.actor, "user.manage");
  if (!ROLES.includes(options.role)) throw new AppError("user.invalid-role", "Unknown role.", { status: 422 });
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    if (user.role === options.role) return;
    if (options.role !== "admin") await assertNotLastAdmin(tx, user);
    await tx.user.update({ where: { id: user.id }, data: { role: options.role } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "user.role", entityType: "user", entityId: user.id, details: { from: user.role, to: options.role } });
  });
}
