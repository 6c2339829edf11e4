import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withClientAddress } from "../../scripts/serve";
import { parseTrustedProxies } from "../../lib/server/auth/client-address";

/** A real HTTP server wrapped like the app's (scripts/serve.ts); the handler echoes the headers the app would see. */
function echoServer(trusted: string | undefined) {
  return http.createServer(
    withClientAddress((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ address: req.headers["x-tadqiq-client-address"] ?? null, forwardedFor: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null }));
    }, parseTrustedProxies(trusted)),
  );
}

const servers: Record<string, { server: http.Server; port: number }> = {};

async function listen(name: string, trusted: string | undefined) {
  const server = echoServer(trusted);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers[name] = { server, port: (server.address() as AddressInfo).port };
}

async function seen(name: string, headers: Record<string, string>) {
  const response = await fetch(`http://127.0.0.1:${servers[name].port}/`, { headers });
  return (await response.json()) as { address: string | null; forwardedFor: string | null; realIp: string | null };
}

beforeAll(async () => {
  await listen("direct", undefined);
  await listen("behind-proxy", "127.0.0.1");
  await listen("other-proxy", "10.0.0.0/8");
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

describe("client address from the app's HTTP server", () => {
  it("without trusted proxies: the socket address; X-Forwarded-For, X-Real-IP and a forged internal header are dropped", async () => {
    expect(await seen("direct", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.8", "x-tadqiq-client-address": "203.0.113.7" })).toEqual({ address: "127.0.0.1", forwardedFor: null, realIp: null });
  });

  it("from a trusted proxy: the last address the proxy added", async () => {
    expect((await seen("behind-proxy", { "x-forwarded-for": "203.0.113.9" })).address).toBe("203.0.113.9");
    // A client-written entry to the left of what the proxy appended is not believed.
    expect((await seen("behind-proxy", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).address).toBe("203.0.113.9");
    // A forged internal header is replaced.
    expect((await seen("behind-proxy", { "x-forwarded-for": "203.0.113.9", "x-tadqiq-client-address": "198.51.100.99" })).address).toBe("203.0.113.9");
  });

  it("from a trusted proxy without X-Forwarded-For, or with garbage in it: the proxy's own address", async () => {
    expect((await seen("behind-proxy", {})).address).toBe("127.0.0.1");
    expect((await seen("behind-proxy", { "x-forwarded-for": "evil.example" })).address).toBe("127.0.0.1");
  });

  it("from a socket that is not one of the trusted proxies: X-Forwarded-For is ignored", async () => {
    expect((await seen("other-proxy", { "x-forwarded-for": "203.0.113.9" })).address).toBe("127.0.0.1");
  });
});
