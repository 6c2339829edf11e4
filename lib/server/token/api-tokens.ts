import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCan, can } from "../authz";
import { actorScopes, storedRole } from "../auth/stored-role";
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
    if (user.deactivatedAt) throw new AppError("user.deactivated", "This account is deactivated.", { status: 409 });
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) } });
    await recordAudit(tx, { actor, articleId: null, action: "token.create", entityType: "token", entityId: row.id, details: { name, userId } });
    return { token, dto: { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: null, revokedAt: null } };
  });
}

function toDto(r: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): TApiTokenDto {
  return { id: r.id, name: r.name, prefix: r.prefix, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null };
}

/** The actor's own tokens, or (admins) another user's (hashes never leave the server). */
export async function listApiTokens(options: { actor: Actor; userId?: string }): Promise<TApiTokenDto[]> {
  assertCan(options.actor, "token.manage");
  const userId = options.userId ?? options.actor.userId ?? "";
  if (userId !== options.actor.userId) assertCan(options.actor, "user.manage");
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(toDto);
}

/**
 * Revokes a token; it stops working at once. Users revoke their own; admins any user's (off-boarding). A token
 * of someone else is "not found" for a non-admin, so its existence is not revealed.
 */
export async function revokeApiToken(options: { actor: Actor; tokenId: string; userId?: string }): Promise<void> {
  assertCan(options.actor, "token.manage");
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: options.tokenId } });
    const mayRevoke = row && (row.userId === options.actor.userId || can(options.actor, "user.manage"));
    if (!row || !mayRevoke || (options.userId && row.userId !== options.userId)) throw new AppError("token.not-found", "No such token.", { status: 404 });
    if (row.revokedAt) return;
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "token.revoke", entityType: "token", entityId: row.id, details: { name: row.name, userId: row.userId } });
  });
}

/** How precisely a token's last use is recorded. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The user behind a bearer token (role and desk roles read now), or null for an unknown or revoked token or a deactivated user. */
export async function actorFromApiToken(token: string, origin?: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  // Every API request starts here: one raw statement for the token, its user and their desk roles (one row per desk
  // role) instead of three model queries. Last-use time is informative (to a minute): written at most once a minute,
  // so a busy integration does not add a write to every request; a failed update must not refuse the request.
  const now = new Date();
  const rows = await db.$queryRaw<ApiTokenActorRow[]>`
    SELECT t."id" AS "tokenId", t."revokedAt" IS NOT NULL AS "revoked",
           (t."lastUsedAt" IS NULL OR t."lastUsedAt" <= ${new Date(now.getTime() - LAST_USED_RESOLUTION_MS)}) AS "lastUseOld",
           u."id" AS "userId", u."name", CAST(u."role" AS TEXT) AS "role", u."deactivatedAt" IS NOT NULL AS "deactivated",
           s."sourceLang", s."targetLang", CAST(s."role" AS TEXT) AS "scopeRole"
    FROM "ApiToken" t JOIN "user" u ON u."id" = t."userId" LEFT JOIN "UserScope" s ON s."userId" = u."id"
    WHERE t."tokenHash" = ${hashToken(token)}`;
  const row = rows[0];
  // booleans come back as 0/1 on SQLite
  if (!row || Boolean(row.revoked) || Boolean(row.deactivated)) return null;
  if (Boolean(row.lastUseOld)) {
    await db.apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: now } }).catch(() => undefined);
  }
  const scopes = rows.flatMap((r) => (r.sourceLang !== null && r.targetLang !== null && r.scopeRole !== null ? [{ sourceLang: r.sourceLang, targetLang: r.targetLang, role: r.scopeRole }] : []));
  return { userId: row.userId, name: row.name, role: storedRole(row.role), scopes: actorScopes(scopes), origin: origin ? `api ${origin}` : "api" };
}

/** One row of actorFromApiToken's statement: the token and its user, with one of the user's desk roles (or none). */
interface ApiTokenActorRow {
  tokenId: string;
  revoked: boolean | number | bigint;
  lastUseOld: boolean | number | bigint;
  deactivated: boolean | number | bigint;
  userId: string;
  name: string;
  role: string;
  sourceLang: string | null;
  targetLang: string | null;
  scopeRole: string | null;
}
