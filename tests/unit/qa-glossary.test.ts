import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { glossaryCheck, replacementFor } from "../../lib/qa/checks/glossary";
import { GlossaryFormatError, parseGlossaryCsv } from "../../lib/qa/glossary";
import type { GlossaryEntry } from "../../lib/qa/types";
import { makeContext, qaFixturePath, spanIsExact } from "../fixtures/qa/context";

const entry = (source: string, target: string, forbidden: string[] = [], type: GlossaryEntry["type"] = "term"): GlossaryEntry => ({ source, target, forbidden, type });

const GLOSSARY: GlossaryEntry[] = [
  entry("برنامج الأغذية العالمي", "World Food Programme", ["World Food Program"], "organization"),
  entry("باسم نعيم", "Bassem Naim", ["Naeem", "Bassem Naeem"], "person"),
  entry("منظمة الصحة العالمية", "World Health Organization", [], "organization"),
  entry("الاحتلال", "occupation", ["Zionist entity"]),
  entry("الولايات المتحدة", "United States", ["USA", "US"], "place"),
];

describe("glossary check", () => {
  const good: Array<[string, string]> = [
    ["قال برنامج الأغذية العالمي إن المجاعة وشيكة", "The World Food Programme said famine was imminent"],
    ["وقال القيادي في حماس باسم نعيم", "Hamas leader Bassem Naim said"],
    ["وأضاف باسم نعيم", "Naim added"],
    ["حذرت منظمة الصحة العالمية", "WHO warned"],
    ["حذرت منظمة الصحة العالمية", "The World Health Organization warned"],
    ["وقال لبرنامج الأغذية العالمي", "He told the World Food Programme"],
    ["وأعلن الاحتلال", "The occupation announced"],
    ["الطقس جميل", "Let us go: the weather is nice"],
  ];
  it.each(good)("no finding: %s → %s", (source, target) => {
    expect(glossaryCheck.run(makeContext([source], [target], { glossary: GLOSSARY }))).toEqual([]);
  });

  const bad: Array<{ source: string; target: string; findings: Array<[string, string, string | undefined]> }> = [
    { source: "قال برنامج الأغذية العالمي", target: "The World Food Program said", findings: [["forbidden", "World Food Program", "World Food Programme"]] },
    { source: "نص", target: "the world food program said", findings: [["forbidden", "world food program", "World Food Programme"]] },
    { source: "وأوضح نعيم", target: "Naeem explained", findings: [["forbidden", "Naeem", "Naim"]] },
    { source: "وقال باسم نعيم", target: "Bassem Naeem said", findings: [["forbidden", "Bassem Naeem", "Bassem Naim"]] },
    { source: "وقال القيادي باسم نعيم", target: "The leader Basim Nuaim said", findings: [["missing-approved", "باسم نعيم", undefined]] },
    { source: "ودعت الولايات المتحدة", target: "The USA called", findings: [["forbidden", "USA", "United States"]] },
    { source: "ودعت الولايات المتحدة", target: "The US called on us", findings: [["forbidden", "US", "United States"]] },
    { source: "وأعلن الاحتلال", target: "The Zionist entity announced", findings: [["forbidden", "Zionist entity", "occupation"]] },
    { source: "وقالت منظمة الصحة العالمية", target: "The health agency said", findings: [["missing-approved", "منظمة الصحة العالمية", undefined]] },
    { source: "وقالت منظمةُ الصحةِ العالميةِ", target: "The health agency said", findings: [["missing-approved", "منظمةُ الصحةِ العالميةِ", undefined]] },
  ];
  it.each(bad)("flags: $source → $target", ({ source, target, findings: expected }) => {
    const context = makeContext([source], [target], { glossary: GLOSSARY });
    const findings = glossaryCheck.run(context);
    expect(findings.map((finding) => [finding.messageKey.split(".")[1], finding.text, finding.suggestion])).toEqual(expected);
    for (const finding of findings) {
      expect(spanIsExact(finding, context)).toBe(true);
      expect(finding.severity).toBe("major");
      expect(finding.side).toBe(finding.messageKey.endsWith("forbidden") ? "target" : "source");
    }
  });

  it("does nothing without a glossary", () => {
    expect(glossaryCheck.run(makeContext(["قال برنامج الأغذية العالمي"], ["The World Food Program said"]))).toEqual([]);
  });

  it("flags forbidden variants in target paragraphs without source", () => {
    const context = makeContext(["نص"], ["Text", "Naeem spoke"], { glossary: GLOSSARY, alignment: [{ source: [0], target: [0, 1] }] });
    expect(glossaryCheck.run(context).map((finding) => [finding.paragraph, finding.text])).toEqual([[1, "Naeem"]]);
  });

  it("replacementFor picks the matching part of a longer approved name", () => {
    expect(replacementFor("Naeem", "Bassem Naim")).toBe("Naim");
    expect(replacementFor("Basem", "Bassem Naim")).toBe("Bassem");
    expect(replacementFor("Program", "World Food Programme")).toBe("Programme");
    expect(replacementFor("Bibi", "Benjamin Netanyahu")).toBe("Benjamin Netanyahu");
  });
});

describe("parseGlossaryCsv", () => {
  it("parses the fixture glossary with quoted fields", () => {
    const entries = parseGlossaryCsv(readFileSync(qaFixturePath("glossary.csv"), "utf8"));
    expect(entries).toHaveLength(7);
    expect(entries[1]).toEqual({
      source: "حسن عبد الله",
      target: "Hassan Abdalla",
      forbidden: ["Hassan Abdallah", "Hassan Abdel Allah"],
      type: "person",
      note: "Governor of the Central Bank of Egypt, since 2022",
    });
    expect(entries[0]!.note).toBeUndefined();
  });

  it("handles BOM, CRLF, escaped quotes, newlines in quotes, optional columns and default type", () => {
    const csv = '\uFEFFsource,target,note\r\n"نتنياهو","Netanyahu","says ""Bibi""\r\nnot in copy"\r\n\r\nغزة,Gaza,\r\n';
    expect(parseGlossaryCsv(csv)).toEqual([
      { source: "نتنياهو", target: "Netanyahu", forbidden: [], type: "term", note: 'says "Bibi"\r\nnot in copy' },
      { source: "غزة", target: "Gaza", forbidden: [], type: "term" },
    ]);
  });

  const errors: Array<{ csv: string; line: number; column: number; message: RegExp }> = [
    { csv: "", line: 1, column: 1, message: /empty file/ },
    { csv: "source,translation\nغزة,Gaza\n", line: 1, column: 8, message: /unknown column "translation"/ },
    { csv: "source,forbidden\nغزة,x\n", line: 1, column: 1, message: /missing column "target"/ },
    { csv: "source,target\nغزة,Gaza,extra\n", line: 2, column: 10, message: /expected 2 fields, found 3/ },
    { csv: "source,target,type\nغزة,Gaza,city\n", line: 2, column: 10, message: /type must be person, organization, place or term/ },
    { csv: 'source,target\n"غزة,Gaza\n', line: 2, column: 1, message: /unterminated quoted field/ },
    { csv: 'source,target\n"غزة"x,Gaza\n', line: 2, column: 6, message: /after a closing quote/ },
    { csv: "source,target\nغزة,\n", line: 2, column: 5, message: /empty target term/ },
    { csv: "source,target\n,Gaza\n", line: 2, column: 1, message: /empty source term/ },
  ];
  it.each(errors)("rejects $message at line $line", ({ csv, line, column, message }) => {
    let caught: unknown;
    try {
      parseGlossaryCsv(csv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GlossaryFormatError);
    const error = caught as GlossaryFormatError;
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toContain(`line ${line}`);
  });
});
