import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../locales");
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function keysOf(lng: string, ns: string): Set<string> {
  const data = JSON.parse(fs.readFileSync(path.join(root, lng, `${ns}.json`), "utf8"));
  return new Set(flatten(data).map((k) => k.replace(PLURAL, "")));
}

const languages = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory());
const namespaces = fs.readdirSync(path.join(root, "en")).map((f) => f.replace(/\.json$/, ""));

describe("locales", () => {
  it("has English and Arabic", () => {
    expect(languages.sort()).toEqual(["ar", "en"]);
  });

  for (const ns of namespaces) {
    it(`namespace ${ns} has the same keys in every language`, () => {
      const reference = keysOf("en", ns);
      for (const lng of languages) {
        const keys = keysOf(lng, ns);
        expect([...reference].filter((k) => !keys.has(k)), `missing in ${lng}/${ns}`).toEqual([]);
        expect([...keys].filter((k) => !reference.has(k)), `only in ${lng}/${ns}`).toEqual([]);
      }
    });
  }

  it("Arabic plural keys have all six CLDR forms", () => {
    for (const ns of namespaces) {
      const data = JSON.parse(fs.readFileSync(path.join(root, "ar", `${ns}.json`), "utf8"));
      const flat = flatten(data);
      const bases = new Set(flat.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
      for (const base of bases) {
        for (const form of ["zero", "one", "two", "few", "many", "other"]) {
          expect(flat, `${ns}:${base}_${form}`).toContain(`${base}_${form}`);
        }
      }
    }
  });

  it("every literal t() key used in the app exists in English", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.resolve(__dirname, "../../app"));
    const enKeys = new Set<string>();
    for (const ns of namespaces) for (const k of flatten(JSON.parse(fs.readFileSync(path.join(root, "en", `${ns}.json`), "utf8")))) enKeys.add(`${ns}:${k.replace(PLURAL, "")}`);
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      // Namespaces a file's unprefixed keys may belong to: the first of each useTranslation()/getT() call.
      const defaults = [...source.matchAll(/(?:useTranslation|getT)\(\s*\[?\s*"([a-z]+)"/g)].map((m) => m[1]);
      for (const match of source.matchAll(/\bt\(\s*"([a-z]+:)?([A-Za-z0-9_.-]+)"/g)) {
        checked += 1;
        const candidates = match[1] ? [`${match[1]}${match[2]}`] : defaults.map((ns) => `${ns}:${match[2]}`);
        if (!candidates.some((key) => enKeys.has(key))) missing.push(`${path.relative(process.cwd(), file)}: ${match[1] ?? ""}${match[2]}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
