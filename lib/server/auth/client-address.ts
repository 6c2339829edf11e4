import net from "node:net";

/**
 * The request header that carries the client address inside the app. The HTTP server in front of Next
 * (scripts/serve.ts) removes any copy a client sent and sets it from the socket, or from X-Forwarded-For when the
 * socket belongs to a trusted proxy (TADQIQ_TRUSTED_PROXIES). Route handlers cannot see the socket themselves.
 */
export const CLIENT_ADDRESS_HEADER = "x-tadqiq-client-address";

/** Set in the server process by scripts/serve.ts: only then is CLIENT_ADDRESS_HEADER known to come from it. */
export const CLIENT_ADDRESS_FLAG = "TADQIQ_CLIENT_ADDRESS_FROM_SERVER";

/** Addresses and networks whose X-Forwarded-For is believed. */
export interface TTrustedProxies {
  list: net.BlockList;
  entries: string[];
}

/** Strips the IPv4-mapped IPv6 prefix ("::ffff:192.0.2.1" → "192.0.2.1") and an IPv6 zone; null when not an IP. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  address = address.replace(/%.*$/, "");
  return net.isIP(address) ? address.toLowerCase() : null;
}

/**
 * Parses TADQIQ_TRUSTED_PROXIES: comma-separated IP addresses and CIDR networks ("127.0.0.1, 10.0.0.0/8, ::1").
 * Throws on an entry that is neither, so a typo does not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(raw: string | undefined): TTrustedProxies {
  const list = new net.BlockList();
  const entries: string[] = [];
  for (const part of (raw ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const [addressPart, prefixPart, extra] = part.split("/");
    const address = normalizeAddress(addressPart);
    const type = address && net.isIPv6(address) ? "ipv6" : "ipv4";
    if (!address || extra !== undefined) throw new Error(`TADQIQ_TRUSTED_PROXIES: ${JSON.stringify(part)} is not an IP address or CIDR network`);
    if (prefixPart === undefined) {
      list.addAddress(address, type);
    } else {
      const prefix = Number(prefixPart);
      if (!/^\d{1,3}$/.test(prefixPart) || prefix > (type === "ipv6" ? 128 : 32)) {
        throw new Error(`TADQIQ_TRUSTED_PROXIES: ${JSON.stringify(part)} has an invalid prefix length`);
      }
      list.addSubnet(address, prefix, type);
    }
    entries.push(part);
  }
  return { list, entries };
}

function isTrusted(address: string, proxies: TTrustedProxies): boolean {
  return proxies.entries.length > 0 && proxies.list.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}

/**
 * The client address of a request: the socket address, unless the socket is a trusted proxy, in which case the
 * X-Forwarded-For chain is walked from the right past trusted proxies to the first address they did not add.
 * A malformed entry stops the walk at the proxy that passed it on. Without trusted proxies X-Forwarded-For is ignored.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: TTrustedProxies): string | null {
  let current = normalizeAddress(socketAddress);
  if (!current) return null;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  while (isTrusted(current, proxies) && chain.length > 0) {
    const previous = normalizeAddress(chain.pop());
    if (!previous) break;
    current = previous;
  }
  return current;
}

/**
 * The client address the app may believe for a request with these headers: the header set by scripts/serve.ts, or
 * undefined when the app runs without it (e.g. `next dev`), since then a client could have written that header.
 */
export function trustedClientAddress(requestHeaders: Headers): string | undefined {
  if (process.env[CLIENT_ADDRESS_FLAG] !== "1") return undefined;
  return normalizeAddress(requestHeaders.get(CLIENT_ADDRESS_HEADER)) ?? undefined;
}
