import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "./auth";
import { recordSignIn, signInWaitSeconds } from "./sign-in-throttle";

const base = toNextJsHandler(auth);

/** The auth endpoints, with per-account throttling of email sign-in in front of the library's per-address limit. */
export async function authPost(request: Request): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return base.POST(request);
  let email = "";
  try {
    email = String(((await request.clone().json()) as { email?: unknown }).email ?? "");
  } catch {
    return base.POST(request);
  }
  const wait = await signInWaitSeconds(email);
  if (wait > 0) {
    return Response.json({ code: "TOO_MANY_ATTEMPTS", message: "Too many failed sign-ins for this account; wait and retry." }, { status: 429, headers: { "retry-after": String(wait) } });
  }
  const response = await base.POST(request);
  if (response.status === 200 || response.status === 401) await recordSignIn(email, response.status === 200);
  return response;
}

export const authGet = base.GET;
