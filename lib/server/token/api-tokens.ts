import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import type { Actor, Role } from "../actor";
import { assertCan } from "../authz";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";

const TOKEN_PREFIX = "tdq_";

export interface TApiTokenDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Creates an API token for the actor (or, for an admin/CLI, for `userId`). The plain token is returned once. */
export async function createApiToken(options: { actor: Actor; name: string; userId?: string }): Promise<{ token: string; dto: TApiTokenDto }> {
  const { actor } = options;
  assertCan(actor, "token.manage");
  const userId = options.userId ?? actor.userId;
  if (!userId) throw new AppError("auth.required", "Sign in first.", { status: 401 });
  if (userId !== actor.userId) assertCan(actor, "user.manage");
  const name = options.name.trim().slice(0, 60);
  if (!name) throw new AppError("token.name-required", "Give the token a name.", { status: 422 });
  const token = `${TOKEN_PREFIX}${crypto.randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) } });
    await recordAudit(tx, { actor, articleId: null, action: "token.create", entityType: "token", entityId: row.id, details: { name, userId } });
    return { token, dto: { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: null, revokedAt: null } };
  });
}

/** The actor's own tokens (hashes never leave the server). */
export async function listApiTokens(options: { actor: Actor }): Promise<TApiTokenDto[]> {
  assertCan(options.actor, "token.manage");
  const rows = await db.apiToken.findMany({ where: { userId: options.actor.userId ?? "" }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null }));
}

/** Revokes one of the actor's tokens; it stops working at once. */
export async function revokeApiToken(options: { actor: Actor; tokenId: string }): Promise<void> {
  assertCan(options.actor, "token.manage");
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: options.tokenId } });
    if (!row || (row.userId !== options.actor.userId && options.actor.role !== "admin")) throw new AppError("token.not-found", "No such token.", { status: 404 });
    if (!row.revokedAt) await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "token.revoke", entityType: "token", entityId: row.id, details: { name: row.name } });
  });
}

/** The user behind a bearer token, or null for an unknown or revoked token. */
export async function actorFromApiToken(token: string, origin?: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  // Last-use time is informative; a failed update must not refuse the request.
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return { userId: row.user.id, name: row.user.name, role: row.user.role as Role, origin: origin ? `api ${origin}` : "api" };
}
