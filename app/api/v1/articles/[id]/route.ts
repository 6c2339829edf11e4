import { apiRoute, json } from "@/lib/server/api/api-route";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { toApiArticle } from "@/lib/server/api/article-api-dto";

/** GET /api/v1/articles/{id}: paragraph pairs, findings, issues and score. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(toApiArticle(await getArticleReview({ actor, articleId: params.id }))));
