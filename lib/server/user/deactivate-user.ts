import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertNotLastAdmin } from "./users";
import { toUserDto, type TUserDto } from "./create-user";

/**
 * Off-boards an account: it can no longer sign in, its sessions end and its API tokens are revoked, all at once
 * (the next request of either is refused with 401). The account, its work and the audit trail stay. Admins
 * cannot deactivate themselves or the last active admin.
 */
export async function deactivateUser(options: { actor: Actor; userId: string }): Promise<TUserDto> {
  assertCan(options.actor, "user.manage");
  if (options.userId === options.actor.userId) throw new AppError("user.self-deactivate", "You cannot deactivate your own account.", { status: 409 });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    if (user.deactivatedAt) return toUserDto(user);
    await assertNotLastAdmin(tx, user);
    const updated = await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    const tokens = await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "user.deactivate", entityType: "user", entityId: user.id, details: { email: user.email, sessionsEnded: sessions.count, tokensRevoked: tokens.count } });
    return toUserDto(updated);
  });
}

/** Lets a deactivated account sign in again (with its current password; revoked tokens stay revoked). */
export async function reactivateUser(options: { actor: Actor; userId: string }): Promise<TUserDto> {
  assertCan(options.actor, "user.manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    if (!user.deactivatedAt) return toUserDto(user);
    const updated = await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "user.reactivate", entityType: "user", entityId: user.id, details: { email: user.email } });
    return toUserDto(updated);
  });
}
