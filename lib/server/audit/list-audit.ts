import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCan } from "../authz";

export interface TAuditEntryDto {
  id: string;
  articleId: string | null;
  articleTitle: string | null;
  actorName: string;
  origin: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** The audit trail of one article (anyone who can read it), or of everything (admins), newest first. */
export async function listAudit(options: { actor: Actor; articleId?: string; take?: number; skip?: number }): Promise<TAuditEntryDto[]> {
  assertCan(options.actor, options.articleId ? "article.read" : "audit.read-all");
  const rows = await db.auditEntry.findMany({
    where: options.articleId ? { articleId: options.articleId } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 200, 1000),
    skip: options.skip ?? 0,
    include: { article: { select: { title: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    articleId: r.articleId,
    articleTitle: r.article?.title ?? null,
    actorName: r.actorName,
    origin: r.origin,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    details: JSON.parse(r.details) as Record<string, unknown>,
    createdAt: r.createdAt.toISOString(),
  }));
}
