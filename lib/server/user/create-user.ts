import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { db } from "../db";
import { ROLES, type Actor, type Role } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";

export const ZNewUser = z.object({
  email: z.string().trim().toLowerCase().email({ message: "errors:user.invalid-email" }).max(200),
  password: z.string().min(8, { message: "errors:user.weak-password" }).max(128, { message: "errors:user.weak-password" }),
  name: z.string().trim().min(1, { message: "errors:user.name-required" }).max(60),
  role: z.enum(ROLES, { error: () => ({ message: "errors:user.invalid-role" }) }),
});
export type TNewUser = z.infer<typeof ZNewUser>;

/** English text of the validation keys, for the CLI and logs. */
const ENGLISH: Record<string, string> = {
  "errors:user.invalid-email": "Enter a valid email address.",
  "errors:user.weak-password": "The password needs 8 to 128 characters.",
  "errors:user.name-required": "Enter a name.",
  "errors:user.invalid-role": "Choose a role: admin, editor, reviewer or viewer.",
};

export interface TUserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/**
 * Creates an email + password account (password hashed by the auth library). `actor` null is the first-run
 * case: only allowed while no account exists, and the account becomes an admin that owns the demo data.
 */
export async function createUser(options: { actor: Actor | null; user: TNewUser }): Promise<TUserDto> {
  const parsed = ZNewUser.safeParse(options.user);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", ENGLISH[issue.message] ?? `Invalid ${String(issue.path[0])}.`, { status: 422, details: { fieldErrors: { [String(issue.path[0] ?? "_")]: issue.message } } });
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
    return { id: user.id, email: user.email, name: user.name, role: user.role as Role, createdAt: user.createdAt.toISOString() };
  });
}
