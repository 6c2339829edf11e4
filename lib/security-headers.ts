/**
 * Security headers of every page and API response (set in proxy.ts). Pure, so a unit test reads the exact policy.
 *
 * Choices:
 * - Scripts: only those carrying the per-request nonce ('strict-dynamic' lets them load Next's chunks); Next reads
 *   the nonce from the request's Content-Security-Policy header and puts it on its own scripts.
 * - Styles: 'unsafe-inline' without a nonce, because React renders style attributes (the review page's virtual
 *   list) and a nonce in style-src would make browsers ignore 'unsafe-inline'. Styles cannot run code.
 * - No framing at all (frame-ancestors 'none' and X-Frame-Options DENY for older browsers): clickjacking.
 * - Development (`next dev`) also needs 'unsafe-eval' for React's debugging tools.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The other security headers, the same on every response. */
export function staticSecurityHeaders(options: { https?: boolean } = {}): Record<string, string> {
  return {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/** A fresh nonce: 16 random bytes in base64 (a valid CSP nonce-source). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
