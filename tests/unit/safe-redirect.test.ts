import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "../../lib/safe-redirect";

describe("safeRedirectPath", () => {
  const kept: [string, string][] = [
    ["/", "/"],
    ["/articles/abc", "/articles/abc"],
    ["/articles?state=in_review&q=Cairo", "/articles?state=in_review&q=Cairo"],
    ["/articles/abc#row-3", "/articles/abc#row-3"],
    ["/search?q=%D9%85%D8%B5%D8%B1", "/search?q=%D9%85%D8%B5%D8%B1"],
    ["/glossary?q=مصر", "/glossary?q=%D9%85%D8%B5%D8%B1"],
    ["/stats?share=100%25", "/stats?share=100%25"],
    ["/a/../admin/users", "/admin/users"],
    // Malformed percent-encoding cannot decode into anything: kept as it is.
    ["/%E0%A4%A", "/%E0%A4%A"],
  ];
  for (const [input, expected] of kept) {
    it(`keeps ${JSON.stringify(input)}`, () => expect(safeRedirectPath(input)).toBe(expected));
  }

  const refused: string[] = [
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "/%5Cevil.example/phish",
    "/%5cevil.example",
    "/%2F%2Fevil.example",
    "/%2Fevil.example",
    "%2F%2Fevil.example",
    "/%252F%252Fevil.example",
    "/%255Cevil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "/\tevil",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    "/%0d%0a/evil.example",
    "/\u0000/evil.example",
    "/\u2028/evil.example",
    " /articles",
    "",
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => expect(safeRedirectPath(input)).toBe("/"));
  }

  it("refuses what is not a string, and uses the given fallback", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(["/a", "/b"])).toBe("/");
    expect(safeRedirectPath("//evil.example", "/queue")).toBe("/queue");
    expect(safeRedirectPath("/x".repeat(1500))).toBe("/");
  });
});
