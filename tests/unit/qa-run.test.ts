import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runQa, compareFindings } from "../../lib/qa/run";
import { findingFingerprint } from "../../lib/qa/fingerprint";
import { parseGlossaryCsv } from "../../lib/qa/glossary";
import type { Finding, QaCheck } from "../../lib/qa/types";
import { loadArticles, loadCairoTalks, qaFixturePath } from "../fixtures/qa/context";

const glossary = parseGlossaryCsv(readFileSync(qaFixturePath("glossary.csv"), "utf8"));
// The checks written with this engine (name/number/date checks are tested by their own suites).
const ENGINE_CHECKS = ["quotes", "untranslated", "omission", "addition", "repeated-word", "whitespace", "glossary", "length-ratio"];

const fakeCheck = (id: string, run: QaCheck["run"], languages?: QaCheck["languages"]): QaCheck => ({
  id,
  name: id,
  description: `${id} test check`,
  category: "style",
  defaultSeverity: "minor",
  ...(languages ? { languages } : {}),
  run,
});

const finding = (partial: Partial<Finding> & Pick<Finding, "side" | "paragraph" | "start" | "end" | "text">): Finding => ({
  check: "fake",
  category: "style",
  severity: "minor",
  message: "m",
  messageKey: "qa:fake.m",
  ...partial,
});

describe("runQa on the sample article", () => {
  const { source, target } = loadCairoTalks();
  const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, glossary });

  it("aligns every paragraph once, with the merge and the two additions", () => {
    expect(result.alignment).toContainEqual({ source: [11, 12], target: [11] });
    expect(result.alignment.slice(-2)).toEqual([{ source: [], target: [17] }, { source: [], target: [18] }]);
    expect(result.errors).toEqual([]);
  });

  it("finds the known problems of the sample", () => {
    const keys = result.findings.map((f) => `${f.check}@${f.side}${f.paragraph}:${f.text}`);
    expect(keys).toContain('quotes@target9:, "Netanyahu ');
    expect(keys).toContain("addition@target17:Share your opinion");
    expect(keys).toContain("addition@target18:Talks in Cairo for a ceasefire in Gaza end without a breakthrough");
    expect(keys).toContain("glossary@target12:Naeem");
    expect(keys.some((key) => key.startsWith("name-consistency@target12:Naeem"))).toBe(true);
  });

  it("returns findings in reading order with exact spans", () => {
    const sorted = [...result.findings].sort(compareFindings);
    expect(result.findings).toEqual(sorted);
    for (const f of result.findings) {
      const text = (f.side === "source" ? source : target)[f.paragraph]!;
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe("runQa engine", () => {
  const source = ["فقرة أولى", "فقرة ثانية"];
  const target = ["First paragraph", "Second paragraph"];
  const alignment = [{ source: [0], target: [0] }, { source: [1], target: [1] }];

  it("turns a throwing check into an error entry and keeps the other checks' findings", () => {
    const good = fakeCheck("good", () => [finding({ check: "good", side: "target", paragraph: 1, start: 0, end: 6, text: "Second" })]);
    const bad = fakeCheck("bad", () => {
      throw new Error("boom");
    });
    const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment }, [bad, good]);
    expect(result.findings.map((f) => f.text)).toEqual(["Second"]);
    expect(result.errors).toEqual([{ check: "bad", kind: "exception", message: "boom" }]);
  });

  it("drops and reports findings whose text is not the slice or whose span is out of range", () => {
    const sloppy = fakeCheck("sloppy", () => [
      finding({ side: "target", paragraph: 0, start: 0, end: 5, text: "First" }),
      finding({ side: "target", paragraph: 0, start: 1, end: 6, text: "First" }),
      finding({ side: "source", paragraph: 5, start: 0, end: 1, text: "x" }),
      finding({ side: "target", paragraph: 1, start: 3, end: 99, text: "ond paragraph" }),
      finding({ side: "target", paragraph: 1, start: 4, end: 2, text: "" }),
    ]);
    const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment }, [sloppy]);
    expect(result.findings.map((f) => f.text)).toEqual(["First"]);
    expect(result.errors.map((e) => e.kind)).toEqual(["invalid-finding", "invalid-finding", "invalid-finding", "invalid-finding"]);
  });

  it("lists at most 500 findings of one check and sums up the rest in one finding on the first left out", () => {
    const digits = "7".repeat(1200);
    const noisy = fakeCheck("noisy", () =>
      // One finding per character, given in reverse order (the cap keeps the first ones in reading order).
      Array.from({ length: 1200 }, (_, i) => finding({ check: "noisy", side: "target", paragraph: 0, start: 1199 - i, end: 1200 - i, text: "7" })),
    );
    const quiet = fakeCheck("quiet", () => [finding({ check: "quiet", side: "target", paragraph: 0, start: 0, end: 3, text: "777" })]);
    const result = runQa({ sourceLang: "ar", targetLang: "en", source: ["نص"], target: [digits], alignment: [{ source: [0], target: [0] }] }, [noisy, quiet]);
    const noisyFindings = result.findings.filter((f) => f.check === "noisy");
    expect(noisyFindings).toHaveLength(501);
    const summary = noisyFindings.find((f) => f.messageKey === "qa:engine.more-findings")!;
    expect(summary).toMatchObject({ start: 500, end: 501, text: "7", params: { count: 700 } });
    expect(noisyFindings.filter((f) => f.messageKey !== "qa:engine.more-findings").map((f) => f.start).at(-1)).toBe(499);
    expect(result.findings.filter((f) => f.check === "quiet")).toHaveLength(1);
    expect(result.errors).toEqual([]);
  });

  it("skips checks whose languages do not include the pair", () => {
    const french = fakeCheck("french-only", () => [finding({ side: "target", paragraph: 0, start: 0, end: 5, text: "First" })], { target: ["fr"] });
    expect(runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment }, [french]).findings).toEqual([]);
    expect(runQa({ sourceLang: "ar", targetLang: "fr-CA", source, target, alignment }, [french]).findings).toHaveLength(1);
  });

  it("sorts source before target, then by paragraph and start, and removes duplicates", () => {
    const many = fakeCheck("many", () => [
      finding({ side: "target", paragraph: 1, start: 7, end: 16, text: "paragraph" }),
      finding({ side: "target", paragraph: 0, start: 6, end: 15, text: "paragraph" }),
      finding({ side: "source", paragraph: 1, start: 0, end: 4, text: "فقرة" }),
      finding({ side: "target", paragraph: 0, start: 0, end: 5, text: "First" }),
      finding({ side: "target", paragraph: 0, start: 0, end: 5, text: "First" }),
    ]);
    const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment }, [many]);
    expect(result.findings.map((f) => `${f.side}${f.paragraph}:${f.start}`)).toEqual(["source1:0", "target0:0", "target0:6", "target1:7"]);
  });

  it("runs only the requested checks and rejects unknown ids", () => {
    const result = runQa({ sourceLang: "ar", targetLang: "en", source: ["نص"], target: ["the the text  here"], checks: ["repeated-word"] });
    expect(new Set(result.findings.map((f) => f.check))).toEqual(new Set(["repeated-word"]));
    expect(() => runQa({ sourceLang: "ar", targetLang: "en", source, target, checks: ["nope"] })).toThrow(RangeError);
  });

  it("rejects an alignment that does not cover the article", () => {
    expect(() => runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment: [{ source: [0], target: [0] }] })).toThrow(/alignment/);
  });
});

describe("findingFingerprint", () => {
  const base = finding({ check: "repeated-word", side: "target", paragraph: 3, start: 10, end: 17, text: "the the", messageKey: "qa:repeated-word.repeated" });
  const paragraph = "He saw it the the day before.";
  const at = (text: string, needle: string, nth = 0): Finding => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
    return { ...base, start, end: start + needle.length, text: needle };
  };

  it("survives edits elsewhere in the paragraph and a different paragraph index", () => {
    const before = findingFingerprint(at(paragraph, "the the"), paragraph);
    const edited = "Yesterday he clearly saw it the the day before, he said.";
    expect(findingFingerprint({ ...at(edited, "the the"), paragraph: 7 }, edited)).toBe(before);
  });

  it("distinguishes occurrences, checks, sides and texts", () => {
    const twice = "the the cat and the the dog";
    const first = findingFingerprint(at(twice, "the the", 0), twice);
    const second = findingFingerprint(at(twice, "the the", 1), twice);
    expect(first).not.toBe(second);
    expect(findingFingerprint({ ...at(twice, "the the"), check: "other" }, twice)).not.toBe(first);
    expect(findingFingerprint({ ...at(twice, "the the"), side: "source" }, twice)).not.toBe(first);
    expect(findingFingerprint(at("a an an b", "an an"), "a an an b")).not.toBe(first);
  });

  it("is a short printable string", () => {
    const long = "و".repeat(5000);
    const fingerprint = findingFingerprint({ ...base, side: "source", start: 0, end: long.length, text: long }, long);
    expect(fingerprint.length).toBeLessThan(80);
    expect(fingerprint).toMatch(/^[\x20-\x7e]+$/);
  });
});

// --- Precision on clean texts and recall on injected errors -------------------------------------------

type Injected = { target: string[]; side: "source" | "target"; paragraph: number };
type Injection = {
  name: string;
  check: string;
  /** Another check that may legitimately report the same error (e.g. the aligner turns a cut paragraph into an omission). */
  alternative?: { check: string; side: "source" | "target" };
  apply: (target: string[], source: string[]) => Injected | null;
};

const firstLowerWord = (text: string) => /(?<=\s)(\p{Ll}{3,})(?=\s)/u.exec(text);

const INJECTIONS: Injection[] = [
  {
    name: "repeated word",
    check: "repeated-word",
    apply: (target) => {
      const match = firstLowerWord(target[2]!);
      if (!match) return null;
      const t = [...target];
      t[2] = `${t[2]!.slice(0, match.index)}${match[1]} ${t[2]!.slice(match.index)}`;
      return { target: t, side: "target", paragraph: 2 };
    },
  },
  {
    name: "double space",
    check: "whitespace",
    apply: (target) => {
      const t = [...target];
      t[3] = t[3]!.replace(" ", "  ");
      return { target: t, side: "target", paragraph: 3 };
    },
  },
  {
    name: "space before comma",
    check: "whitespace",
    apply: (target) => {
      const k = target.findIndex((p) => p.includes(","));
      if (k < 0) return null;
      const t = [...target];
      t[k] = t[k]!.replace(",", " ,");
      return { target: t, side: "target", paragraph: k };
    },
  },
  {
    name: "Arabic words left in the translation",
    check: "untranslated",
    apply: (target, source) => {
      const t = [...target];
      const arabic = source[2]!.split(" ").slice(1, 3).join(" ");
      const words = t[2]!.split(" ");
      words.splice(4, 0, arabic);
      t[2] = words.join(" ");
      return { target: t, side: "target", paragraph: 2 };
    },
  },
  {
    name: "paragraph left in Arabic",
    check: "untranslated",
    apply: (target, source) => {
      const t = [...target];
      t[4] = source[4]!;
      return { target: t, side: "target", paragraph: 4 };
    },
  },
  {
    name: "paragraph dropped",
    check: "omission",
    apply: (target) => ({ target: target.filter((_, k) => k !== 3), side: "source", paragraph: 3 }),
  },
  {
    name: "page chrome added",
    check: "addition",
    apply: (target) => ({ target: [...target, "Share this article"], side: "target", paragraph: target.length }),
  },
  {
    name: "headline repeated at the end",
    check: "addition",
    apply: (target) => ({ target: [...target, target[1]!], side: "target", paragraph: target.length }),
  },
  {
    name: "closing quotation mark lost",
    check: "quotes",
    apply: (target) => {
      const k = target.findIndex((p) => (p.match(/"/g) ?? []).length === 2 || p.includes("»"));
      if (k < 0) return null;
      const t = [...target];
      const closing = t[k]!.includes("»") ? t[k]!.lastIndexOf("»") : t[k]!.lastIndexOf('"');
      t[k] = t[k]!.slice(0, closing) + t[k]!.slice(closing + 1);
      return { target: t, side: "target", paragraph: k };
    },
  },
  {
    name: "forbidden glossary variant",
    check: "glossary",
    apply: (target) => {
      for (const entry of glossary) {
        const k = target.findIndex((p) => p.includes(entry.target));
        if (k >= 0 && entry.forbidden[0]) {
          const t = [...target];
          t[k] = t[k]!.replace(entry.target, entry.forbidden[0]);
          return { target: t, side: "target", paragraph: k };
        }
      }
      return null;
    },
  },
  {
    name: "most of the longest paragraph cut",
    check: "length-ratio",
    alternative: { check: "omission", side: "source" },
    apply: (target) => {
      const k = target.reduce((best, p, i) => (p.length > target[best]!.length ? i : best), 0);
      const t = [...target];
      t[k] = t[k]!.split(" ").slice(0, 4).join(" ") + ".";
      return { target: t, side: "target", paragraph: k };
    },
  },
];

describe("precision and recall on invented articles", () => {
  const articles = loadArticles();

  it.each(articles.map((article) => [article.topic, article] as const))("clean %s article: no findings from the engine checks", (_, article) => {
    const result = runQa({ sourceLang: "ar", targetLang: article.targetLang, source: article.source, target: article.target, glossary, checks: ENGINE_CHECKS });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.severity} ${f.messageKey} ${f.side}${f.paragraph} ${f.text}`)).toEqual([]);
  });

  it("clean articles: no major or critical finding from any registered check", () => {
    const serious: string[] = [];
    for (const article of articles) {
      const result = runQa({ sourceLang: "ar", targetLang: article.targetLang, source: article.source, target: article.target, glossary });
      for (const f of result.findings) if (f.severity === "major" || f.severity === "critical") serious.push(`${article.topic}: ${f.messageKey} ${f.text}`);
    }
    console.info(`clean articles, major/critical findings from all checks: ${serious.length}${serious.length ? `\n  ${serious.join("\n  ")}` : ""}`);
    expect(serious.filter((line) => ENGINE_CHECKS.some((id) => line.includes(`qa:${id}.`)))).toEqual([]);
  });

  it("recall: injected errors are found by the right check at the right place", () => {
    const table = new Map<string, { injected: number; found: number }>();
    const misses: string[] = [];
    for (const injection of INJECTIONS) {
      const row = table.get(injection.name) ?? { injected: 0, found: 0 };
      for (const article of articles) {
        const injected = injection.apply(article.target, article.source);
        if (!injected) continue;
        row.injected++;
        const result = runQa({ sourceLang: "ar", targetLang: article.targetLang, source: article.source, target: injected.target, glossary, checks: ENGINE_CHECKS });
        const hit = result.findings.some(
          (f) =>
            f.paragraph === injected.paragraph &&
            ((f.check === injection.check && f.side === injected.side) || (f.check === injection.alternative?.check && f.side === injection.alternative.side)),
        );
        if (hit) row.found++;
        else misses.push(`${injection.name} in ${article.topic}`);
      }
      table.set(injection.name, row);
    }
    const lines = [...table].map(([name, { injected, found }]) => `  ${name.padEnd(38)} ${found}/${injected}`);
    const total = [...table.values()].reduce((sum, row) => ({ injected: sum.injected + row.injected, found: sum.found + row.found }), { injected: 0, found: 0 });
    console.info(`recall on injected errors: ${total.found}/${total.injected} (${((100 * total.found) / total.injected).toFixed(1)}%)\n${lines.join("\n")}${misses.length ? `\n  missed: ${misses.join("; ")}` : ""}`);
    expect(total.injected).toBeGreaterThanOrEqual(50);
    expect(total.found / total.injected).toBeGreaterThanOrEqual(0.9);
    for (const [name, row] of table) expect(row.found, name).toBeGreaterThanOrEqual(Math.ceil(row.injected * 0.6));
  });
});
