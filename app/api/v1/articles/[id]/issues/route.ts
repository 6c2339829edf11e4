import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { createIssue } from "@/lib/server/issue/create-issue";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { articleWhere, assertCanSomewhere } from "@/lib/server/access/article-access";
import { MQM_CATEGORIES, SEVERITIES, type MqmCategory } from "@/lib/qa/mqm";

const ZIssue = z.object({
  segmentId: z.string().min(1).max(64),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  category: z.enum(Object.keys(MQM_CATEGORIES) as [MqmCategory, ...MqmCategory[]]),
  subcategory: z.string().max(40).nullable().optional(),
  severity: z.enum(SEVERITIES),
  comment: z.string().max(5000).default(""),
});

/** POST /api/v1/articles/{id}/issues: flags an issue on a span of one of the article's segments. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  assertCanSomewhere(actor, "issue.create");
  const body = await readJson(request, ZIssue);
  const segment = await db.paragraph.findUnique({ where: { id: body.segmentId, articleId: params.id, article: articleWhere(actor, "issue.create") }, select: { articleId: true } });
  if (!segment) throw new AppError("paragraph.not-found", "No such segment in this article.", { status: 404 });
  const { id } = await createIssue({ actor, paragraphId: body.segmentId, start: body.start, end: body.end, category: body.category, subcategory: body.subcategory, severity: body.severity, comment: body.comment });
  const issue = await db.issue.findUniqueOrThrow({ where: { id } });
  return json({ id, segmentId: issue.paragraphId, start: issue.start, end: issue.end, quote: issue.quote, category: issue.category, subcategory: issue.subcategory, severity: issue.severity, comment: issue.comment, status: issue.status }, 201);
});
