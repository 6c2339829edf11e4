import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../lib/formats/limits";

describe("server action body limit", () => {
  it("fits two files of the import limit plus the form, and not much more", async () => {
    // next.config.js is plain JavaScript without type declarations: loaded by URL and given its shape here.
    const configUrl = new URL("../../next.config.js", import.meta.url).href;
    const { default: nextConfig } = (await import(/* @vite-ignore */ configUrl)) as { default: { experimental: { serverActions: { bodySizeLimit: string } } } };
    const limit = nextConfig.experimental.serverActions.bodySizeLimit;
    expect(limit).toBe("22mb");
    // Next reads "22mb" as 22 × 1024 × 1024 bytes.
    const bytes = 22 * 1024 * 1024;
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(bytes).toBeGreaterThanOrEqual(2 * MAX_FILE_BYTES + 64 * 1024);
    expect(bytes).toBeLessThanOrEqual(2 * MAX_FILE_BYTES + 2 * 1024 * 1024);
  });
});
