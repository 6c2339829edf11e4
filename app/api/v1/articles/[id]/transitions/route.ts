import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { ARTICLE_STATUSES, updateArticleStatus } from "@/lib/server/article/update-article-status";
import { db } from "@/lib/server/db";

const ZTransition = z.object({ to: z.enum(ARTICLE_STATUSES) });

/** POST /api/v1/articles/{id}/transitions {to} → 200, or 409 with the reason (critical issues, failing score, not allowed). */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZTransition);
  await updateArticleStatus({ actor, articleId: params.id, status: body.to });
  const article = await db.article.findUniqueOrThrow({ where: { id: params.id }, select: { id: true, status: true } });
  return json(article);
});
