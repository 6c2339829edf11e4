import { authGet, authPost } from "@/lib/server/auth/auth-handler";
import { readBodyWithin } from "@/lib/server/http/read-body-within";
import { AppError } from "@/lib/server/errors";

/** Credentials are small: a larger body is refused (413) unread, or as soon as a streamed body passes this. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

export const GET = authGet;

export async function POST(request: Request): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyWithin(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    if (error instanceof AppError && error.status === 413) {
      return Response.json({ code: "BODY_TOO_LARGE", message: error.message }, { status: 413, headers: { "cache-control": "no-store" } });
    }
    throw error;
  }
  return authPost(new Request(request.url, { method: "POST", headers: request.headers, body }));
}
