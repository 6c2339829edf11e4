import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { AlignmentGroup } from "../../lib/align/types";
import { SEVERITIES } from "../../lib/qa/mqm";
import { CHECKS } from "../../lib/qa/registry";
import { compareFindings, runQa } from "../../lib/qa/run";
import type { Finding, GlossaryEntry } from "../../lib/qa/types";

// Pieces chosen to hit every check: Arabic with harakat and tatweel, Latin names, quotes of all kinds,
// apostrophes, digits of several scripts, bidi controls, combining marks, surrogate pairs, odd spaces.
const PIECES = [
  "نتنياهو", "بنيامين", "نعيم", "في", "في في", "الوفد", "مُحَمَّد", "ـــ", "وللحكومة", "«", "»", "،", "؟",
  "Netanyahu", "Benjamin", "Naim", "Naeem", "the", "the the", "Share your opinion", "Read also:", "World Food Program",
  '"', "“", "”", "‘", "’", "'", "„", "‚", "‹", "›", ",", ".", ";", ":", "!", "?", "(", ")", "-", "—",
  "0", "7", "1,000", "٣", "٤٥", "۱۲", "१२", "５", "3.5%", "2024", "5/3/2024",
  "\u200e", "\u200f", "\u202b", "\u202c", "\u2066", "\u2069", "\u061c", "\u200c", "\u200d",
  "e\u0301", "\u0301", "\u064b", "😀", "𝐀", "👩🏽‍⚕️", "\ud83d", "\udc00",
  " ", " ", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009",
  "שלום", "Ελλάδα", "İstanbul", "ß", "ﷲ", "ﻻ",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);
const paragraph = fc.array(piece, { maxLength: 18 }).map((parts) => parts.join(""));
const paragraphs = fc.array(paragraph, { minLength: 0, maxLength: 7 });
const lang = fc.constantFrom("ar", "en", "fr", "de", "he", "fa", "tr", "es", "it", "ur", "en-GB", "xx");
const glossaryEntry: fc.Arbitrary<GlossaryEntry> = fc.record({
  source: fc.oneof(fc.constantFrom("بنيامين نتنياهو", "نعيم", "في", "برنامج الأغذية العالمي"), paragraph),
  target: fc.oneof(fc.constantFrom("Benjamin Netanyahu", "Naim", "World Food Programme", "US"), paragraph),
  forbidden: fc.array(fc.oneof(fc.constantFrom("Naeem", "World Food Program", "the", "US", ""), paragraph), { maxLength: 3 }),
  type: fc.constantFrom("person", "organization", "place", "term"),
});

/** A random valid alignment: consumes both sides in order, never an empty group. */
function alignmentFor(n: number, m: number, cuts: number[]): AlignmentGroup[] {
  const groups: AlignmentGroup[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n || j < m) {
    const choice = cuts[k++ % Math.max(cuts.length, 1)] ?? 0;
    const takeS = Math.min(n - i, [1, 0, 2, 1][choice % 4]!);
    const takeT = Math.min(m - j, [1, 1, 1, 0][choice % 4]!);
    const s = takeS === 0 && takeT === 0 ? Math.min(n - i, 1) : takeS;
    const t = takeS === 0 && takeT === 0 && s === 0 ? 1 : takeT;
    groups.push({ source: Array.from({ length: s }, (_, x) => i + x), target: Array.from({ length: t }, (_, x) => j + x) });
    i += s;
    j += t;
  }
  return groups;
}

function assertValid(findings: Finding[], source: string[], target: string[]): void {
  for (const finding of findings) {
    const paragraphs = finding.side === "source" ? source : target;
    expect(Number.isInteger(finding.paragraph)).toBe(true);
    expect(finding.paragraph).toBeGreaterThanOrEqual(0);
    expect(finding.paragraph).toBeLessThan(paragraphs.length);
    const text = paragraphs[finding.paragraph]!;
    expect(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length).toBe(true);
    expect(finding.text).toBe(text.slice(finding.start, finding.end));
    expect(SEVERITIES).toContain(finding.severity);
    expect(finding.messageKey.startsWith(`qa:${finding.check}.`)).toBe(true);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  expect([...findings].sort(compareFindings)).toEqual(findings);
}

// Hundreds of generated articles per property: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe("QA properties over every registered check", () => {
  it("covers every registered check", () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(11);
  });

  it("never throws and returns exact spans (automatic alignment)", () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, lang, lang, fc.array(glossaryEntry, { maxLength: 3 }), (source, target, sourceLang, targetLang, glossary) => {
        const result = runQa({ sourceLang, targetLang, source, target, glossary });
        expect(result.errors).toEqual([]);
        assertValid(result.findings, source, target);
      }),
      { numRuns: 250 },
    );
  });

  it("never throws and returns exact spans (arbitrary valid alignment)", () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, lang, fc.array(fc.nat(7), { minLength: 1, maxLength: 10 }), fc.array(glossaryEntry, { maxLength: 3 }), (source, target, targetLang, cuts, glossary) => {
        const alignment = alignmentFor(source.length, target.length, cuts);
        const result = runQa({ sourceLang: "ar", targetLang, source, target, glossary, alignment });
        expect(result.errors).toEqual([]);
        expect(result.alignment).toEqual(alignment);
        assertValid(result.findings, source, target);
      }),
      { numRuns: 250 },
    );
  });

  it("checks run one by one give the same findings as the whole run", () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (source, target) => {
        const whole = runQa({ sourceLang: "ar", targetLang: "en", source, target });
        const parts = CHECKS.flatMap((check) => runQa({ sourceLang: "ar", targetLang: "en", source, target, alignment: whole.alignment, checks: [check.id] }).findings);
        expect(parts.sort(compareFindings)).toEqual(whole.findings);
      }),
      { numRuns: 60 },
    );
  });
});
