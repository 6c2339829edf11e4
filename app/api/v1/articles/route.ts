import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { createArticle } from "@/lib/server/article/create-article";
import { ARTICLE_SORTS, listArticles } from "@/lib/server/article/list-articles";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { toApiArticle } from "@/lib/server/api/article-api-dto";
import { splitParagraphs, ZNewArticle } from "@/lib/article-input";
import { ARTICLE_STATUSES } from "@/lib/server/article/update-article-status";

const ZQuery = z.object({
  state: z.enum(ARTICLE_STATUSES).optional(),
  q: z.string().max(200).optional(),
  assignee: z.string().max(64).optional(),
  pair: z.string().max(10).optional(),
  score: z.enum(["pass", "fail"]).optional(),
  sort: z.enum(ARTICLE_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /api/v1/articles?state=&q=&assignee=&pair=&score=&sort=updated|title|score|issues&dir=asc|desc&page=&pageSize= */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { items, total, totalCapped, page, pageSize } = await listArticles({ actor, status: query.state, q: query.q, assignee: query.assignee, pair: query.pair, score: query.score, sort: query.sort, dir: query.dir, page: query.page, pageSize: query.pageSize });
  return json({ items, total, totalCapped, page, pageSize });
});

/**
 * POST /api/v1/articles {title?, sourceLang, targetLang, sourceText, targetText, confirmScripts?} → 201 (aligned and
 * checked); 422 article.scripts-swapped when the texts look entered the wrong way round and confirmScripts is not true.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  const body = await readJson(request, ZNewArticle);
  const { id } = await createArticle({
    actor,
    title: body.title,
    sourceLang: body.sourceLang,
    targetLang: body.targetLang,
    sourceParagraphs: splitParagraphs(body.sourceText),
    targetParagraphs: splitParagraphs(body.targetText),
    confirmScripts: body.confirmScripts,
  });
  return json(toApiArticle(await getArticleReview({ actor, articleId: id })), 201, { location: `/api/v1/articles/${id}` });
});
