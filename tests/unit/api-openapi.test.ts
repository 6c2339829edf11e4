import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPENAPI } from "../../lib/server/api/openapi";

const apiRoot = path.resolve(__dirname, "../../app/api/v1");

/** Every route file under app/api/v1 as an OpenAPI path and its exported methods. */
function routes(): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(apiRoot, dir).split(path.sep).map((p) => p.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
        const source = fs.readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1].toLowerCase());
        out.push({ path: `/${rel}`, methods });
      }
    }
  };
  walk(apiRoot);
  return out;
}

describe("OpenAPI description", () => {
  it("describes every route and method of /api/v1 (and nothing that does not exist)", () => {
    const found = routes().filter((r) => r.path !== "/openapi.json");
    expect(found.length).toBeGreaterThanOrEqual(8);
    const paths = OPENAPI.paths as Record<string, Record<string, unknown>>;
    for (const route of found) {
      expect(paths[route.path], route.path).toBeDefined();
      expect(Object.keys(paths[route.path]).sort(), route.path).toEqual(route.methods.sort());
    }
    expect(Object.keys(paths).sort()).toEqual(found.map((r) => r.path).sort());
  });
});
