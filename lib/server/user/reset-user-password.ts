import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { passwordProblem, PASSWORD_PROBLEM_TEXT } from "../auth/password-policy";

/** A random password that meets the password rules (20 characters from an unambiguous alphabet). */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 20 }, () => alphabet[crypto.randomInt(alphabet.length)]).join("");
}

/**
 * Sets a new password for a user (an admin, or the CLI): the password rules apply, every session of the user ends
 * so whoever knew the old password is signed out, and the reset is audited. API tokens are separate credentials
 * and stay; revoke them separately when the account was compromised.
 */
export async function resetUserPassword(options: { actor: Actor; userId: string; password: string }): Promise<void> {
  assertCan(options.actor, "user.manage");
  const problem = passwordProblem(options.password);
  if (problem) throw new AppError("validation", PASSWORD_PROBLEM_TEXT[problem], { status: 422, details: { fieldErrors: { password: `errors:${problem}` } } });
  const hash = await hashPassword(options.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    const account = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else await tx.account.create({ data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "user.reset-password", entityType: "user", entityId: user.id, details: { email: user.email, sessionsEnded: sessions.count } });
  });
}
