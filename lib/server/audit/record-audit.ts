import "server-only";
import type { Tx } from "../db";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../actor";

/** Appends one entry to the audit trail (the application never updates or deletes entries). */
export async function recordAudit(
  tx: Tx,
  options: { actor: Actor; articleId: string | null; action: string; entityType: string; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      articleId: options.articleId,
      actorName: options.actor.name,
      actorId: options.actor.userId,
      origin: options.actor.origin ?? null,
      action: options.action,
      entityType: options.entityType,
      entityId: options.entityId,
      details: (options.details ?? {}) as Prisma.InputJsonObject,
    },
  });
}
