// One tadqiq instance for tests/integration/instances.test.ts: the app's own route handlers (app/api/**/route.ts,
// auth and REST API) behind the same Node HTTP wrapper as scripts/serve.ts (client address from the socket), in a
// process of its own with its own database pool. Next's router and pages are left out so that no build is needed;
// every state the instances share (sessions, tokens, sign-in limits, paragraph versions) lives in the database,
// which is what the test checks. Run: tsx --import ./tests/support/server-only-hook.mjs tests/support/instance-server.ts (PORT,
// DATABASE_URL). Prints "listening <port>" when ready.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withClientAddress } from "../../scripts/serve";
import { CLIENT_ADDRESS_FLAG, parseTrustedProxies } from "../../lib/server/auth/client-address";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

// Listings and modules are read once (as Next's server has its routes compiled and loaded), not on every request.
const listings = new Map<string, fs.Dirent[]>();
function subdirectories(dir: string): fs.Dirent[] {
  let entries = listings.get(dir);
  if (!entries) listings.set(dir, (entries = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())));
  return entries;
}
const modules = new Map<string, Promise<Record<string, Handler | undefined>>>();
function routeModule(file: string): Promise<Record<string, Handler | undefined>> {
  let loaded = modules.get(file);
  if (!loaded) modules.set(file, (loaded = import(file) as Promise<Record<string, Handler | undefined>>));
  return loaded;
}

/** The route file under app/ for a URL path, with its dynamic segments ([id], [...all]); null when none. */
function resolveRoute(pathname: string): { file: string; params: Record<string, string | string[]> } | null {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  function walk(dir: string, index: number, params: Record<string, string | string[]>): { file: string; params: Record<string, string | string[]> } | null {
    if (index === segments.length) {
      const file = path.join(dir, "route.ts");
      return fs.existsSync(file) ? { file, params } : null;
    }
    const entries = subdirectories(dir);
    const segment = segments[index]!;
    const exact = entries.find((e) => e.name === segment);
    if (exact) {
      const found = walk(path.join(dir, exact.name), index + 1, params);
      if (found) return found;
    }
    for (const entry of entries) {
      const dynamic = /^\[([^.\]]+)\]$/.exec(entry.name);
      if (dynamic) {
        const found = walk(path.join(dir, entry.name), index + 1, { ...params, [dynamic[1]!]: segment });
        if (found) return found;
      }
      const catchAll = /^\[\.\.\.([^\]]+)\]$/.exec(entry.name);
      if (catchAll) {
        const file = path.join(dir, entry.name, "route.ts");
        if (fs.existsSync(file)) return { file, params: { ...params, [catchAll[1]!]: segments.slice(index) } };
      }
    }
    return null;
  }
  return walk(path.join(root, "app"), 0, {});
}

/**
 * POST /settings/tokens {name}: what the settings page's server action does (app/settings/actions.ts): the signed-in
 * user (session cookie) makes an API token through the data layer. Server actions need Next's request scope, so the
 * harness calls the same data-layer function itself.
 */
async function createTokenAsSettingsPage(request: Request): Promise<Response> {
  const { actorFromHeaders } = await import("../../lib/server/session");
  const { createApiToken } = await import("../../lib/server/token/api-tokens");
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return Response.json({ error: "sign in first" }, { status: 401 });
  const { name } = (await request.json()) as { name: string };
  const { token, dto } = await createApiToken({ actor, name });
  return Response.json({ token, id: dto.id }, { status: 201 });
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  if (url.pathname === "/settings/tokens" && req.method === "POST") {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const response = await createTokenAsSettingsPage(new Request(url, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
    return;
  }
  const route = resolveRoute(url.pathname);
  const method = req.method ?? "GET";
  const module = route ? await routeModule(route.file) : null;
  const handler = module?.[method];
  if (!route || !handler) {
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "no such route" }));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const body = chunks.length && method !== "GET" && method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(route.params) });
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

process.env[CLIENT_ADDRESS_FLAG] = "1";
const server = http.createServer(
  withClientAddress((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "internal" }));
    });
  }, parseTrustedProxies(undefined)),
);
// Next's production server runs compiled route bundles; here tsx compiles each module on its first import. All route
// modules are imported before listening, so that compiling TypeScript is not billed to the first requests.
function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}
await Promise.all(routeFiles(path.join(root, "app", "api")).map(routeModule));

server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port;
  console.log(`listening ${port}`);
  // As scripts/serve.ts does: one health call, which reads the name register ahead and warms the QA worker up.
  http.get({ host: "127.0.0.1", port, path: "/api/health" }, (res) => res.resume()).on("error", () => {});
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
