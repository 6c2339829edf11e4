import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { addIssueComment } from "@/lib/server/issue/add-issue-comment";

const ZComment = z.object({ body: z.string().min(1).max(5000) });

/** POST /api/v1/issues/{id}/comments {body}: replies in the issue's thread. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZComment);
  const { id } = await addIssueComment({ actor, issueId: params.id, body: body.body });
  return json({ id, issueId: params.id, author: actor.name, body: body.body.trim() }, 201);
});
