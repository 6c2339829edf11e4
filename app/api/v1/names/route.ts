import { z } from "zod";
import { apiRoute, json } from "@/lib/server/api/api-route";
import { listNames, MAX_NAME_QUERY_LENGTH, MAX_NAMES_PAGE_SIZE, NAMES_PAGE_SIZE } from "@/lib/server/names/list-names";

const ZQuery = z.object({
  targetLang: z.string().min(2).max(10).default("en"),
  q: z.string().max(MAX_NAME_QUERY_LENGTH).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_NAMES_PAGE_SIZE).default(NAMES_PAGE_SIZE),
});

/** GET /api/v1/names?targetLang=en&q=&page=&pageSize=: a page of the name register, searched in Arabic or Latin script. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await listNames({ actor, targetLang: query.targetLang, query: query.q, page: query.page, pageSize: query.pageSize }));
});
