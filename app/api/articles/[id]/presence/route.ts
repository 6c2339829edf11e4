import { AppError } from "@/lib/server/errors";
import { actorFromHeaders } from "@/lib/server/session";
import { readBodyWithin } from "@/lib/server/http/read-body-within";
import { updatePresence } from "@/lib/server/live/update-presence";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const MAX_PRESENCE_BODY_BYTES = 1024;

/**
 * The review page says where its reader is: POST `{ clientId, rowId, editing, here }` (JSON) on a change and every
 * 20 s; answers `{ entries }`, everyone on the article now. Session cookie only, and only from this site's own
 * pages (a JSON body and Sec-Fetch-Site: same-origin when the browser sends it), so another site cannot post it.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  try {
    const site = request.headers.get("sec-fetch-site");
    if ((site && site !== "same-origin") || !(request.headers.get("content-type") ?? "").startsWith("application/json")) {
      throw new AppError("auth.forbidden", "Not from this site.", { status: 403 });
    }
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
    const bytes = await readBodyWithin(request, MAX_PRESENCE_BODY_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new AppError("live.invalid-presence", "Invalid presence report.", { status: 422 });
    }
    const entries = await updatePresence({ actor, articleId: id, presence: body });
    return Response.json({ entries }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: error.status, headers: { "cache-control": "no-store" } });
    throw error;
  }
}
