import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { db } from "../db";
import { ROLES, type Actor, type Role } from "../actor";
import { storedRole } from "../auth/stored-role";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { ZNewPassword } from "../auth/password-schema";
import { PASSWORD_PROBLEM_TEXT } from "../auth/password-policy";

export const ZNewUser = z.object({
  email: z.string().trim().toLowerCase().email({ message: "errors:user.invalid-email" }).max(200),
  password: ZNewPassword,
  name: z.string().trim().min(1, { message: "errors:user.name-required" }).max(60),
  role: z.enum(ROLES, { error: () => ({ message: "errors:user.invalid-role" }) }),
});
export type TNewUser = z.infer<typeof ZNewUser>;

/** English text of the validation keys, for the CLI and logs. */
export const USER_FIELD_ENGLISH: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PASSWORD_PROBLEM_TEXT).map(([code, text]) => [`errors:${code}`, text])),
  "errors:user.invalid-email": "Enter a valid email address.",
  "errors:user.name-required": "Enter a name.",
  "errors:user.invalid-role": "Choose a role: admin, editor, reviewer or viewer.",
};

/** The user row as the pages and the API see it. */
export function toUserDto(user: { id: string; email: string; name: string; role: string; createdAt: Date; deactivatedAt: Date | null }): TUserDto {
  return { id: user.id, email: user.email, name: user.name, role: storedRole(user.role), createdAt: user.createdAt.toISOString(), deactivatedAt: user.deactivatedAt?.toISOString() ?? null };
}

export interface TUserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** when an administrator deactivated the account, or null while it is active */
  deactivatedAt: string | null;
}

/**
 * Creates an email + password account (password hashed by the auth library). `actor` null is the first-run
 * case: only allowed while no account exists, and the account becomes an admin that owns the demo data.
 */
export async function createUser(options: { actor: Actor | null; user: TNewUser }): Promise<TUserDto> {
  const parsed = ZNewUser.safeParse(options.user);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", USER_FIELD_ENGLISH[issue.message] ?? `Invalid ${String(issue.path[0])}.`, { status: 422, details: { fieldErrors: { [String(issue.path[0] ?? "_")]: issue.message } } });
  }
  const data = parsed.data;
  if (options.actor) assertCan(options.actor, "user.manage");
  const hash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const firstRun = (await tx.user.count()) === 0;
    if (!options.actor && !firstRun) throw new AppError("auth.setup-done", "An account already exists: sign in.", { status: 403 });
    if (await tx.user.findUnique({ where: { email: data.email } })) throw new AppError("user.email-taken", "This email already has an account.", { status: 409 });
    const id = crypto.randomUUID();
    const role: Role = options.actor ? data.role : "admin";
    const user = await tx.user.create({ data: { id, email: data.email, name: data.name, role, emailVerified: true } });
    await tx.account.create({ data: { id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    if (firstRun) await tx.article.updateMany({ where: { ownerId: null }, data: { ownerId: id } });
    const auditActor: Actor = options.actor ?? { userId: id, name: data.name, role, origin: "setup" };
    await recordAudit(tx, { actor: auditActor, articleId: null, action: "user.create", entityType: "user", entityId: id, details: { email: data.email, role } });
    return toUserDto(user);
  });
}
