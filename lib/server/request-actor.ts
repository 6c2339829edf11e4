import "server-only";
import type { Actor } from "./actor";
import { AppError } from "./errors";
import { actorFromHeaders, clientAddress } from "./session";
import { actorFromApiToken } from "./token/api-tokens";

/**
 * The actor of a route-handler request: a bearer token (REST API), or, when `allowCookie` is set (downloads from
 * the app's own pages, GET only), the session cookie. Throws 401 when neither identifies a user.
 */
export async function getRequestActor(request: Request, options: { allowCookie?: boolean } = { allowCookie: true }): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await actorFromApiToken(match[1], clientAddress(request.headers)) : null;
    if (!actor) throw new AppError("auth.invalid-token", "The API token is missing, unknown or revoked.", { status: 401 });
    return actor;
  }
  if (options.allowCookie) {
    const actor = await actorFromHeaders(request.headers);
    if (actor) return actor;
  }
  throw new AppError("auth.required", "Sign in first.", { status: 401 });
}
