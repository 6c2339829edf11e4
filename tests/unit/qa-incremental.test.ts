import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignParagraphs } from "../../lib/align/align";
import type { AlignmentGroup } from "../../lib/align/types";
import { CHECKS } from "../../lib/qa/registry";
import { compareFindings, runQa } from "../../lib/qa/run";
import { checkScope, mergeIncremental, rowsAffectedBy } from "../../lib/qa/scope";
import type { Finding, GlossaryEntry } from "../../lib/qa/types";
import { INVENTED_GLOSSARY, inventArticle } from "../../lib/seed/invented-article";
import { sampleParagraphs } from "../support/sample";

interface Article {
  name: string;
  source: string[];
  target: string[];
  glossary: readonly GlossaryEntry[];
}

const invented = (count: number, seed: number): Article => {
  const { source, target } = inventArticle(count, seed);
  // A scraped share line with no source, so the addition check (article-wide) has a paragraph of its own.
  return { name: `invented ${count}/${seed}`, source, target: [...target.slice(0, 3), "Share this article", ...target.slice(3)], glossary: INVENTED_GLOSSARY };
};

const ARTICLES: Article[] = [
  { name: "sample", ...sampleParagraphs(), glossary: [{ source: "باسم نعيم", target: "Basem Naim", forbidden: ["Bassem Naeem", "Naeem"], type: "person" }] },
  invented(40, 1),
  invented(25, 7),
];

// Edits a translator (or a bad paste) makes to one paragraph. Each returns the new text.
const EDITS: ReadonlyArray<(text: string, context: { source: string; previous: string }) => string> = [
  (text) => text.replace(/Naim|Haddad|Khatib|Mansour/u, (name) => ({ Naim: "Naeem", Haddad: "Hadad", Khatib: "Khateeb", Mansour: "Mansur" })[name]!),
  (text) => text.replace(/Naeem|Khateeb|Sameer|Mansur/u, (name) => ({ Naeem: "Naim", Khateeb: "Khatib", Sameer: "Samir", Mansur: "Mansour" })[name]!),
  (text) => text.replace(/\d+/u, (digits) => String(Number(digits) + 3)),
  (text) => text.replace(" ", "  "),
  (text) => `"${text}`,
  (text) => text.replace(/["“”«»]/gu, ""),
  (text) => `${text} the the end.`,
  (_text, context) => context.source,
  (_text, context) => context.previous,
  (text) => text.split(" ").slice(0, 3).join(" "),
  (text) => `${text} ${text}`,
  (text) => text.replace(/January|March|May|July|Monday|Sunday/u, (word) => ({ January: "June", March: "May", May: "March", July: "January", Monday: "Tuesday", Sunday: "Friday" })[word]!),
];

function full(article: Article, source: string[], target: string[], alignment: AlignmentGroup[]): Finding[] {
  return runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment, glossary: [...article.glossary] }).findings;
}

const sorted = (findings: readonly Finding[]) => [...findings].sort(compareFindings).map((f) => JSON.stringify(f));

describe("incremental QA (scope model)", () => {
  it("declares a scope for every registered check, and the article-wide ones are the ones that read other rows", () => {
    expect(Object.fromEntries(CHECKS.map((check) => [check.id, checkScope(check)]))).toEqual({
      "name-consistency": "article",
      "name-authority": "row",
      "number-mismatch": "row",
      "date-mismatch": "row",
      quotes: "row",
      untranslated: "row",
      omission: "article",
      addition: "article",
      "repeated-word": "row",
      whitespace: "row",
      glossary: "row",
      "length-ratio": "article",
    });
  });

  it("re-checks the saved row and the row before it (a quotation may run on into the saved paragraph)", () => {
    const alignment: AlignmentGroup[] = [
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [] },
      { source: [3], target: [3] },
    ];
    expect(rowsAffectedBy(alignment, { source: [], target: [3] })).toEqual([1, 3]);
    expect(rowsAffectedBy(alignment, { source: [], target: [0] })).toEqual([0]);
    expect(rowsAffectedBy(alignment, { source: [2], target: [] })).toEqual([2]);
    expect(rowsAffectedBy(alignment, { source: [], target: [2] })).toEqual([1]);
  });

  it("lets the quotes check of a re-checked row read the next paragraph even when that row is not re-checked", () => {
    const source = ["وقال الوزير: «سنبقى هنا»", "«وسنعيد البناء» كما أضاف."];
    const target = ['The minister said: "We will stay here', '"and we will rebuild," he added.'];
    const alignment: AlignmentGroup[] = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
    ];
    // The quotation opened in row 0 runs on into row 1, which reopens it: nothing to report on either side.
    expect(runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment }).findings).toEqual([]);
    expect(runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment, rows: [0] }).findings).toEqual([]);
  });

  for (const article of ARTICLES) {
    it(`equals a full run after every edit of a sequence (${article.name})`, () => {
      const alignment = alignParagraphs(article.source, article.target, { sourceLang: "ar", targetLang: "en" });
      const groupOfTarget = new Map<number, AlignmentGroup>();
      for (const group of alignment) for (const t of group.target) groupOfTarget.set(t, group);
      const step = fc.record({ paragraph: fc.nat({ max: article.target.length - 1 }), edit: fc.nat({ max: EDITS.length - 1 }), sourceSide: fc.boolean() });
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => {
          const source = [...article.source];
          const target = [...article.target];
          let stored = full(article, source, target, alignment);
          for (const { paragraph, edit, sourceSide } of steps) {
            const group = groupOfTarget.get(paragraph)!;
            const changed = { source: [] as number[], target: [] as number[] };
            if (sourceSide && group.source.length > 0) {
              const s = group.source[0]!;
              source[s] = EDITS[2]!(source[s]!, { source: "", previous: "" });
              changed.source.push(s);
            } else {
              const next = EDITS[edit]!(target[paragraph]!, { source: group.source.map((s) => source[s]).join(" "), previous: target[Math.max(0, paragraph - 1)]! });
              target[paragraph] = next.trim() === "" ? target[paragraph]! : next;
              changed.target.push(paragraph);
            }
            const rows = rowsAffectedBy(alignment, changed);
            const partial = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment, glossary: [...article.glossary], rows }).findings;
            stored = mergeIncremental(stored, partial, alignment, rows, CHECKS);
            expect(sorted(stored)).toEqual(sorted(full(article, source, target, alignment)));
          }
        }),
        { numRuns: 25, seed: 20261202 },
      );
    });
  }

  it("reports row-scoped findings only on the chosen rows", () => {
    const source = ["قال الوزير إن 5 آلاف شخص حضروا.", "وأضاف أن 7 مدارس أغلقت."];
    const target = ["The minister said 6,000 people attended.", "He added that 9 schools  closed."];
    const alignment: AlignmentGroup[] = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
    ];
    const result = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment, rows: [1] });
    expect(result.findings.map((f) => `${f.check}:${f.side}:${f.paragraph}:${f.text}`)).toEqual(["number-mismatch:target:1:9", "whitespace:target:1:  "]);
    const whole = runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment });
    expect(whole.findings.map((f) => `${f.check}:${f.side}:${f.paragraph}:${f.text}`)).toEqual(["number-mismatch:target:0:6,000", "number-mismatch:target:1:9", "whitespace:target:1:  "]);
  });
});
