import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { updateIssueStatus } from "@/lib/server/issue/update-issue-status";

const ZPatch = z.object({ status: z.enum(["open", "resolved", "dismissed"]), reason: z.string().max(1000).optional() });

/**
 * PATCH /api/v1/issues/{id} {status: open|resolved|dismissed, reason?}: resolve, reopen or dismiss. Dismissing another
 * person's critical or major issue needs a reason (422 issue.reason-required); 409 article.locked while approved.
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  await updateIssueStatus({ actor, issueId: params.id, status: body.status, reason: body.reason });
  return json({ id: params.id, status: body.status });
});
