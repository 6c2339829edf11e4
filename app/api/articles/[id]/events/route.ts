import { AppError } from "@/lib/server/errors";
import { getRequestActor } from "@/lib/server/request-actor";
import { getLiveArticle } from "@/lib/server/live/get-live-article";
import { openLiveStream } from "@/lib/server/live/open-live-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The review page's live stream (server-sent events) of one article: colleagues' changes and who is on the page.
 * Signed in by the session cookie (or an API token); 401/404/429 as JSON `{ error: code }`.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  try {
    const actor = await getRequestActor(request);
    const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
    const stream = await openLiveStream({
      actor,
      articleId: id,
      lastEventId,
      signal: request.signal,
      // The session (or token) and the role are read again: signing out, deactivation or a role change end the stream.
      stillAllowed: async () => {
        try {
          await getLiveArticle({ actor: await getRequestActor(request), articleId: id });
          return true;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform: the server's compression would otherwise hold events back.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: error.status, headers: { "cache-control": "no-store" } });
    throw error;
  }
}
