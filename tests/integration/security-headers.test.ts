import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy, config } from "../../proxy";

function through(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
}

/** The request headers Next passes on to the page render (NextResponse.next({ request: { headers } })). */
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

const expectedStatic = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

describe("security headers (proxy.ts)", () => {
  for (const path of ["/", "/articles/abc", "/sign-in?next=%2Fqueue", "/api/v1/articles", "/api/auth/get-session"]) {
    it(`${path}: CSP with a fresh nonce, no framing, nosniff, referrer policy`, () => {
      const response = through(path);
      for (const [name, value] of Object.entries(expectedStatic)) expect(response.headers.get(name), name).toBe(value);
      const csp = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce).toBeDefined();
      expect(nonce!.length).toBe(24);
      expect(csp).toBe(
        `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
      );
      // Next reads the nonce from the request's CSP header to put it on its own scripts.
      expect(forwardedRequestHeader(response, "content-security-policy")).toBe(csp);
      expect(forwardedRequestHeader(response, "x-nonce")).toBe(nonce);
    });
  }

  it("a new nonce on every request, and a client-sent CSP request header is replaced", () => {
    const first = through("/", { "content-security-policy": "script-src 'nonce-attacker'" });
    const second = through("/");
    expect(first.headers.get("content-security-policy")).not.toBe(second.headers.get("content-security-policy"));
    expect(forwardedRequestHeader(first, "content-security-policy")).not.toContain("attacker");
  });

  it("over HTTPS: upgrade-insecure-requests and HSTS", () => {
    const before = process.env.TADQIQ_URL;
    process.env.TADQIQ_URL = "https://tadqiq.newsroom.example";
    try {
      const response = through("/");
      expect(response.headers.get("content-security-policy")).toMatch(/; upgrade-insecure-requests$/);
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
    } finally {
      if (before === undefined) delete process.env.TADQIQ_URL;
      else process.env.TADQIQ_URL = before;
    }
  });

  it("runs for pages and the API, not for Next's static files", () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    expect(matcher.test("/")).toBe(true);
    expect(matcher.test("/admin/users")).toBe(true);
    expect(matcher.test("/api/v1/articles")).toBe(true);
    expect(matcher.test("/_next/static/chunks/main.js")).toBe(false);
  });
});
