import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import type { QaContext } from "../../lib/qa/types";
import { areSpellingVariants } from "../../lib/text/names";

interface Article {
  id: string;
  lang: string;
  source: string[];
  target: string[];
  injections?: Array<{ paragraph: number; from: string; to: string }>;
}

const data = JSON.parse(readFileSync(new URL("../fixtures/qa-names/names-eval.json", import.meta.url), "utf8")) as { articles: Article[]; cleanOnly: Article[] };

function context(source: string[], target: string[], targetLang = "en", glossary: QaContext["glossary"] = []): QaContext {
  return { sourceLang: "ar", targetLang, source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary };
}

describe("spelling variants", () => {
  const rows: Array<[string, string, boolean]> = [
    ["Naim", "Naeem", true], ["Mohammed", "Muhammad", true], ["Haniyeh", "Haniya", true], ["Yousef", "Youssef", true],
    ["Hezbollah", "Hizbollah", true], ["Abdalla", "Abdallah", true],
    ["Hamdan", "Hamdi", false], ["Hassan", "Hussein", false], ["Ali", "Alia", false], ["Omar", "Amr", false],
    ["Saad", "Saeed", false], ["Saleh", "Salah", false], ["Mohammed", "Mahmoud", false], ["Israel", "Israeli", false],
  ];
  it.each(rows)("%s / %s → %s", (a, b, expected) => {
    expect(areSpellingVariants(a, b)).toBe(expected);
  });
});

describe("name-consistency", () => {
  it("flags the sample's Naeem (target paragraph 12) with suggestion Naim", () => {
    const read = (name: string): string[] => readFileSync(new URL(`../../fixtures/cairo-talks/${name}`, import.meta.url), "utf8").replace(/\n$/, "").split("\n");
    const ar = read("ar.txt");
    const en = read("en.txt");
    const alignment = [
      ...Array.from({ length: 11 }, (_, k) => ({ source: [k], target: [k] })),
      { source: [11, 12], target: [11] },
      ...Array.from({ length: 5 }, (_, k) => ({ source: [13 + k], target: [12 + k] })),
    ];
    const findings = nameConsistencyCheck.run({ sourceLang: "ar", targetLang: "en", source: ar, target: en, alignment, glossary: [] });
    expect(findings.map((f) => [f.paragraph, f.start, f.end, f.text, f.suggestion, f.severity, f.messageKey])).toEqual([
      [12, 0, 5, "Naeem", "Naim", "major", "qa:name-consistency.variant"],
    ]);
  });

  it("handles possessives and keeps them outside the span", () => {
    const findings = nameConsistencyCheck.run(
      context(["قال نعيم", "وأضاف نعيم", "موقف نعيم"], ["Naim said", "Naim added", "Naeem's position"]),
    );
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion])).toEqual([[2, "Naeem", "Naim"]]);
  });

  it("prefers the glossary spelling of a person over the majority", () => {
    const glossary: QaContext["glossary"] = [{ source: "باسم نعيم", target: "Bassem Naeem", forbidden: [], type: "person" }];
    const findings = nameConsistencyCheck.run(
      context(["قال نعيم", "وأضاف نعيم", "موقف نعيم"], ["Naim said", "Naim added", "Naeem explained"], "en", glossary),
    );
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion])).toEqual([[0, "Naim", "Naeem"], [1, "Naim", "Naeem"]]);
  });

  it("does not flag different people whose names look alike when the source tells them apart", () => {
    const findings = nameConsistencyCheck.run(
      context(["التقى حسن بحسان", "وقال حسن إن", "وقال حسان إن"], ["Hassan met Hasan", "Hassan said", "Hasan said"]),
    );
    expect(findings).toEqual([]);
  });

  it("gives no major finding on clean articles and finds at least 85% of injected variants", () => {
    const all = [...data.articles, ...data.cleanOnly];
    expect(data.articles.reduce((n, a) => n + (a.injections?.length ?? 0), 0)).toBeGreaterThanOrEqual(30);
    expect(all.length).toBeGreaterThanOrEqual(30);
    const noisy = all.filter((a) => nameConsistencyCheck.run(context(a.source, a.target, a.lang)).some((f) => f.severity === "major"));
    expect(noisy.map((a) => a.id)).toEqual([]);
    let found = 0;
    let total = 0;
    for (const article of data.articles) {
      for (const injection of article.injections ?? []) {
        total++;
        const target = [...article.target];
        const text = target[injection.paragraph]!;
        const at = text.indexOf(injection.from);
        expect(at).toBeGreaterThanOrEqual(0);
        target[injection.paragraph] = text.slice(0, at) + injection.to + text.slice(at + injection.from.length);
        const findings = nameConsistencyCheck.run(context(article.source, target, article.lang));
        if (findings.some((f) => f.paragraph === injection.paragraph && f.start === at && f.end === at + injection.to.length && f.suggestion === injection.from)) found++;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.85);
  });

  it("never throws and keeps spans inside paragraphs on odd input", () => {
    const odd = ["", "Naim Naïm NAIM naim", "\ud800Naeem\udfff Naim's Naim’", "Al- al-Naim El-Naeem", "نعيم نعيم", "Ḥasan Hasan Hassan"];
    const findings = nameConsistencyCheck.run({ ...context(odd, odd), alignment: [{ source: [0, 1, 99], target: [2, 3, 5] }] });
    for (const f of findings) expect(odd[f.paragraph]!.slice(f.start, f.end)).toBe(f.text);
  });
});
