import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security-headers";

/**
 * Runs before every page, action and API request: a fresh CSP nonce for the page render (Next reads it from the
 * request's Content-Security-Policy header and puts it on its scripts) and the security headers on the response.
 */
export function proxy(request: NextRequest) {
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

export const config = {
  // Everything but Next's static files (immutable build output, served without rendering).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
