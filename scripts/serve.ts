// Serves the built web app through Next's request handler behind a small Node HTTP server, so the app learns each
// client's address from the socket (route handlers cannot see it): the address goes into one internal header that
// no client can set. X-Forwarded-For is believed only from TADQIQ_TRUSTED_PROXIES.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress, type TTrustedProxies } from "../lib/server/auth/client-address";

type TNodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/**
 * Wraps a Node request handler: removes any client-sent copy of the internal address header and sets it from the
 * socket (or the forwarding chain of trusted proxies).
 */
export function withClientAddress(handler: TNodeHandler, proxies: TTrustedProxies): TNodeHandler {
  return (req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxies);
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    // Without a trusted proxy the forwarding headers are the client's own words: nothing downstream should read them.
    if (proxies.entries.length === 0) {
      delete req.headers["x-forwarded-for"];
      delete req.headers["x-real-ip"];
    }
    return handler(req, res);
  };
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const port = Number(process.env.PORT || 3000);
  const proxies = parseTrustedProxies(process.env.TADQIQ_TRUSTED_PROXIES);
  process.env[CLIENT_ADDRESS_FLAG] = "1";
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer(withClientAddress((req, res) => handle(req, res), proxies));
  server.listen(port, () => {
    const trusted = proxies.entries.length ? `trusting X-Forwarded-For from ${proxies.entries.join(", ")}` : "client addresses from the socket";
    console.log(`tadqiq listening on port ${port} (${trusted})`);
    // One health call: it checks the database and starts reading caches ahead (the name register), so the first
    // editor's save does not wait for them.
    http.get({ host: "127.0.0.1", port, path: "/api/health" }, (res) => res.resume()).on("error", () => {});
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
