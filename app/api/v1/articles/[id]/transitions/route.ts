import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { ARTICLE_STATUSES, updateArticleStatus } from "@/lib/server/article/update-article-status";
import { db } from "@/lib/server/db";

const ZTransition = z.object({ to: z.enum(ARTICLE_STATUSES), acknowledgeWarnings: z.boolean().optional() });

/**
 * POST /api/v1/articles/{id}/transitions {to, acknowledgeWarnings?} → 200 {id, status, markedReviewed}, or 409:
 * status.transition-not-allowed; article.approval-blocked (error.details.items: the approval checklist, some item
 * "block"); article.approval-needs-confirmation (warnings only: send acknowledgeWarnings: true to approve anyway).
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZTransition);
  const { markedReviewed } = await updateArticleStatus({ actor, articleId: params.id, status: body.to, acknowledgeWarnings: body.acknowledgeWarnings });
  const article = await db.article.findUniqueOrThrow({ where: { id: params.id }, select: { id: true, status: true } });
  return json({ ...article, markedReviewed });
});
