import { describe, expect, it } from "vitest";
import { findingPreview } from "@/lib/review/finding-preview";
import { countParagraphsWithWord, wholeWordPattern } from "@/lib/review/whole-word";
import { rowMatchesFilter, type TRowFacts } from "@/lib/review/row-filter";

describe("findingPreview", () => {
  const text = "Talks ended on Tuesday. Spokesman Bassem Naeem said the delegation left Cairo. Talks resume next week.";
  it("keeps only the sentence holding the span", () => {
    const start = text.indexOf("Naeem");
    expect(findingPreview(text, start, start + 5, "Naim", "en")).toEqual({
      before: "Spokesman Bassem ",
      flagged: "Naeem",
      after: " said the delegation left Cairo.",
      replacement: "Naim",
      clippedStart: true,
      clippedEnd: true,
    });
  });
  it("shows a deletion and a missing suggestion", () => {
    expect(findingPreview("Share your opinion", 0, 18, "", "en")).toEqual({ before: "", flagged: "Share your opinion", after: "", replacement: "", clippedStart: false, clippedEnd: false });
    expect(findingPreview("One. Two.", 5, 8, null, "en").replacement).toBeNull();
  });
  it("works on Arabic sentences", () => {
    const ar = "انتهت المحادثات. وقال المتحدث باسم نعيم إن الوفد غادر القاهرة. وتستأنف الأسبوع المقبل.";
    const start = ar.indexOf("نعيم");
    const preview = findingPreview(ar, start, start + 4, null, "ar");
    expect(preview.before).toBe("وقال المتحدث باسم ");
    expect(preview.flagged).toBe("نعيم");
    expect(preview.after).toBe(" إن الوفد غادر القاهرة.");
  });
  it("clips long context at word boundaries", () => {
    const long = `${"word ".repeat(40)}X${" tail".repeat(40)}`;
    const at = long.indexOf("X");
    const preview = findingPreview(long, at, at + 1, "Y", "en", 20);
    expect(preview.before).toBe("word word word ");
    expect(preview.after).toBe(" tail tail tail");
    expect(preview.clippedStart).toBe(true);
    expect(preview.clippedEnd).toBe(true);
  });
  it("one-character spans and spans at the very end", () => {
    expect(findingPreview("a “b” c", 2, 3, "\"", "en")).toMatchObject({ before: "a ", flagged: "“", after: "b” c" });
    expect(findingPreview("End.", 3, 4, "!", "en")).toMatchObject({ before: "End", flagged: ".", after: "" });
  });
});

describe("whole-word replacement count", () => {
  it("counts paragraphs with the variant as a whole word only", () => {
    const paragraphs = ["Naeem said.", "Naeemah left.", "Naeem and Naeem.", "No name here.", "«Naeem»"];
    expect(countParagraphsWithWord(paragraphs, "Naeem")).toBe(3);
    expect(countParagraphsWithWord(paragraphs, "")).toBe(0);
  });
  it("escapes pattern characters", () => {
    expect("a (b) c".replace(wholeWordPattern("(b)"), "x")).toBe("a x c");
    expect(countParagraphsWithWord(["3.5 million", "315 million"], "3.5")).toBe(1);
  });
});

describe("row filters", () => {
  const clean: TRowFacts = { reviewed: true, openFindings: 0, openIssues: 0, edited: false, excluded: false, drafts: 0 };
  const cases: [Partial<TRowFacts>, Record<string, boolean>][] = [
    [{}, { all: true, unreviewed: false, findings: false, issues: false, edited: false, excluded: false, drafts: false }],
    [{ reviewed: false }, { all: true, unreviewed: true, findings: false }],
    [{ openFindings: 2 }, { findings: true, issues: false }],
    [{ openIssues: 1 }, { issues: true, findings: false }],
    [{ edited: true, drafts: 1 }, { edited: true, drafts: true, excluded: false }],
    [{ excluded: true }, { excluded: true, edited: false }],
  ];
  it.each(cases)("%j", (facts, expected) => {
    for (const [filter, shown] of Object.entries(expected)) expect(rowMatchesFilter({ ...clean, ...facts }, filter as never), filter).toBe(shown);
  });
});
