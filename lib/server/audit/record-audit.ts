import "server-only";
import type { Tx } from "../db";
import type { Actor } from "../actor";

/** Appends one entry to the audit trail (never updated or deleted by the application). */
export async function recordAudit(
  tx: Tx,
  options: { actor: Actor; articleId: string | null; action: string; entityType: string; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      articleId: options.articleId,
      actorName: options.actor.name,
      action: options.action,
      entityType: options.entityType,
      entityId: options.entityId,
      details: JSON.stringify(options.details ?? {}),
    },
  });
}
