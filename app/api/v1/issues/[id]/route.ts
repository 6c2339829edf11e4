import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { updateIssueStatus } from "@/lib/server/issue/update-issue-status";

const ZPatch = z.object({ status: z.enum(["open", "resolved", "dismissed"]) });

/** PATCH /api/v1/issues/{id} {status: open|resolved|dismissed}: resolve, reopen or dismiss. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  await updateIssueStatus({ actor, issueId: params.id, status: body.status });
  return json({ id: params.id, status: body.status });
});
