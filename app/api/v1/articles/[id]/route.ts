import { apiRoute, json } from "@/lib/server/api/api-route";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { deleteArticle } from "@/lib/server/article/delete-article";
import { toApiArticle } from "@/lib/server/api/article-api-dto";

/** GET /api/v1/articles/{id}: paragraph pairs, findings, issues and score. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(toApiArticle(await getArticleReview({ actor, articleId: params.id }))));

/** DELETE /api/v1/articles/{id}: deletes the article (administrators); its audit trail stays. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => json({ ...(await deleteArticle({ actor, articleId: params.id })), deleted: true }));
