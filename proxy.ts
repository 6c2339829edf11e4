import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security-headers";

/**
 * Runs before every page, action and API request: a fresh CSP nonce for the page render (Next reads it from the
 * request's Content-Security-Policy header and puts it on its scripts) and the security headers on the response.
 */
export function proxy(request: NextRequest) {
  const refused = refuseAnonymousLargeAction(request);
  if (refused) return refused;
  const https = (process.env.TADQIQ_URL ?? "").startsWith("https://");
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

/** Server-action bodies an anonymous visitor may send (sign-in and the like are a few hundred bytes). */
const MAX_ANONYMOUS_ACTION_BYTES = 64 * 1024;

/**
 * Next reads a server action's whole body (up to serverActions.bodySizeLimit, 22 MB for two uploaded files) before
 * the action can check the session: a large action post without a session cookie is refused here, unread.
 */
function refuseAnonymousLargeAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const declared = request.headers.get("content-length");
  // Without a length, Next still stops at bodySizeLimit; with one, the refusal costs nothing.
  if (declared === null || Number(declared) <= MAX_ANONYMOUS_ACTION_BYTES) return null;
  const signedIn = request.cookies.getAll().some((cookie) => /(^|[.-])tadqiq\.session_token$/.test(cookie.name));
  if (signedIn) return null;
  return NextResponse.json({ code: "auth.required", message: "Sign in first." }, { status: 401, headers: { "cache-control": "no-store" } });
}

export const config = {
  // Everything but Next's static files (immutable build output, served without rendering).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
