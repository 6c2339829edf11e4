import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "../../lib/server/auth/client-address";

describe("resolveClientAddress", () => {
  const cases: { name: string; socket: string | undefined; xff: string | string[] | undefined; trusted: string; expected: string | null }[] = [
    { name: "no proxies: socket, header ignored", socket: "198.51.100.4", xff: "203.0.113.1", trusted: "", expected: "198.51.100.4" },
    { name: "IPv4-mapped socket address", socket: "::ffff:198.51.100.4", xff: undefined, trusted: "", expected: "198.51.100.4" },
    { name: "trusted proxy: rightmost entry", socket: "10.0.0.2", xff: "203.0.113.1", trusted: "10.0.0.0/8", expected: "203.0.113.1" },
    { name: "two trusted hops", socket: "10.0.0.2", xff: "203.0.113.1, 10.0.0.7", trusted: "10.0.0.0/8", expected: "203.0.113.1" },
    { name: "spoofed left entry not believed", socket: "10.0.0.2", xff: "1.1.1.1, 203.0.113.1", trusted: "10.0.0.0/8", expected: "203.0.113.1" },
    { name: "all hops trusted: leftmost", socket: "10.0.0.2", xff: "10.0.0.9", trusted: "10.0.0.0/8", expected: "10.0.0.9" },
    { name: "repeated headers joined", socket: "10.0.0.2", xff: ["203.0.113.1", "10.0.0.7"], trusted: "10.0.0.0/8", expected: "203.0.113.1" },
    { name: "garbage entry: stop at the proxy", socket: "10.0.0.2", xff: "not-an-ip", trusted: "10.0.0.0/8", expected: "10.0.0.2" },
    { name: "untrusted socket: header ignored", socket: "192.0.2.5", xff: "203.0.113.1", trusted: "10.0.0.0/8", expected: "192.0.2.5" },
    { name: "IPv6 proxy network", socket: "fd00::5", xff: "2001:db8::1", trusted: "fd00::/8", expected: "2001:db8::1" },
    { name: "no socket address", socket: undefined, xff: "203.0.113.1", trusted: "10.0.0.0/8", expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(resolveClientAddress(c.socket, c.xff, parseTrustedProxies(c.trusted))).toBe(c.expected);
    });
  }
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and networks, with spaces", () => {
    expect(parseTrustedProxies(" 127.0.0.1, 10.0.0.0/8 ,::1").entries).toEqual(["127.0.0.1", "10.0.0.0/8", "::1"]);
  });
  it("refuses entries that are not addresses or networks", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP address or CIDR network/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/invalid prefix length/);
    expect(() => parseTrustedProxies("10.0.0.0/8/1")).toThrow(/not an IP address/);
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["198.51.100.4", "198.51.100.4"],
    ["::FFFF:198.51.100.4", "198.51.100.4"],
    ["[2001:DB8::1]", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["evil.example", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });
});
