import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runQa } from "../../lib/qa/run";

const locales = path.resolve(__dirname, "../../locales");

function lookup(lng: string, key: string): unknown {
  const [ns, rest] = key.split(":");
  let node: unknown = JSON.parse(fs.readFileSync(path.join(locales, lng, `${ns}.json`), "utf8"));
  for (const part of rest.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** Every message key a check can emit, collected from the check sources. */
function declaredKeys(): string[] {
  const dir = path.resolve(__dirname, "../../lib/qa/checks");
  const keys = new Set<string>();
  for (const file of fs.readdirSync(dir)) {
    const id = file.replace(/\.ts$/, "");
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    for (const m of source.matchAll(/code:\s*"([a-z-]+)"/g)) keys.add(`qa:${id}.${m[1]}`);
    const messages = source.match(/const MESSAGES[^=]*=\s*\{([\s\S]*?)\};/);
    if (messages) for (const m of messages[1].matchAll(/^\s*"?([a-z-]+)"?:/gm)) keys.add(`qa:${id}.${m[1]}`);
    if (/code: glossed \? "source-script-gloss" : "source-script"/.test(source)) ["source-script-gloss", "source-script"].forEach((c) => keys.add(`qa:${id}.${c}`));
    if (/code: shorter \? "too-short" : "too-long"/.test(source)) ["too-short", "too-long"].forEach((c) => keys.add(`qa:${id}.${c}`));
  }
  return [...keys];
}

describe("QA messages are translated", () => {
  it("every declared finding code has an English and an Arabic message", () => {
    const keys = declaredKeys();
    expect(keys.length).toBeGreaterThan(25);
    for (const lng of ["en", "ar"]) for (const key of keys) expect(typeof lookup(lng, key), `${lng} ${key}`).toBe("string");
  });

  it("every finding on the sample article has a translated message whose placeholders get values", () => {
    const dir = path.resolve(__dirname, "../../fixtures/cairo-talks");
    const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim());
    const { findings } = runQa({ sourceLang: "ar", targetLang: "en", source: read("ar.txt"), target: read("en.txt") });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const lng of ["en", "ar"]) {
        const template = lookup(lng, f.messageKey);
        expect(typeof template, `${lng} ${f.messageKey}`).toBe("string");
        for (const m of (template as string).matchAll(/\{\{(\w+)\}\}/g)) expect(f.params ?? {}, `${f.messageKey} needs ${m[1]}`).toHaveProperty(m[1]);
      }
    }
  });
});
