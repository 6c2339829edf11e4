import "server-only";
import { db } from "../db";
import { ROLES, type Actor, type Role } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import type { TUserDto } from "./create-user";

/** All accounts (admins manage them; editors need them to assign articles). */
export async function listUsers(options: { actor: Actor }): Promise<TUserDto[]> {
  if (options.actor.role !== "admin") assertCan(options.actor, "article.assign");
  const users = await db.user.findMany({ orderBy: [{ name: "asc" }] });
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role as Role, createdAt: u.createdAt.toISOString() }));
}

/** Changes a user's role; the last admin cannot be demoted. */
export async function updateUserRole(options: { actor: Actor; userId: string; role: Role }): Promise<void> {
  assertCan(options.actor, "user.manage");
  if (!ROLES.includes(options.role)) throw new AppError("user.invalid-role", "Unknown role.", { status: 422 });
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    if (user.role === "admin" && options.role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
      throw new AppError("user.last-admin", "The last admin cannot lose the admin role.", { status: 409 });
    }
    await tx.user.update({ where: { id: user.id }, data: { role: options.role } });
    // A role change takes effect at once: the user's sessions carry the old role, so they sign in again.
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "user.role", entityType: "user", entityId: user.id, details: { from: user.role, to: options.role } });
  });
}
