import { describe, expect, it } from "vitest";
import { glossaryCheck } from "../../lib/qa/checks/glossary";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import type { QaContext } from "../../lib/qa/types";
import { compileTerm, findTerm, termTokens } from "../../lib/qa/util";
import { hasInvisible, isInvisible, stripInvisible } from "../../lib/text/invisible";
import { latinWords } from "../../lib/text/names";

const ZWSP = "\u200B";
const ZWNJ = "\u200C";
const ZWJ = "\u200D";
const LRM = "\u200E";
const RLM = "\u200F";
const SHY = "\u00AD";
const RLO = "\u202E";
const PDF = "\u202C";
const FSI = "\u2068";
const PDI = "\u2069";
const WJ = "\u2060";
const ALM = "\u061C";

function context(source: string[], target: string[], glossary: QaContext["glossary"] = []): QaContext {
  return { sourceLang: "ar", targetLang: "en", source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary };
}

describe("lib/text/invisible", () => {
  it.each([
    ["Na" + ZWSP + "eem", "Naeem"],
    ["Na" + ZWNJ + "e" + ZWJ + "em", "Naeem"],
    [LRM + "Naim" + RLM, "Naim"],
    ["Nai" + SHY + "m", "Naim"],
    [RLO + "Naim" + PDF, "Naim"],
    [FSI + "Naim" + PDI + WJ, "Naim"],
    ["نع" + ALM + "يم", "نعيم"],
    ["Naim", "Naim"],
    ["Na im", "Na im"],
  ])("stripInvisible(%j) = %j", (text, expected) => {
    expect(stripInvisible(text)).toBe(expected);
    expect(hasInvisible(text)).toBe(text !== expected);
  });

  it("isInvisible: format characters yes; spaces, no-break spaces, letters and marks no", () => {
    expect([ZWSP, ZWNJ, ZWJ, LRM, RLM, SHY, RLO, PDF, FSI, PDI, WJ, ALM, "\uFEFF"].map(isInvisible)).toEqual(Array(13).fill(true));
    expect([" ", "\u00A0", "a", "\u064E", "\u0640", "-"].map(isInvisible)).toEqual([false, false, false, false, false, false]);
  });
});

describe("words and terms keep exact offsets over invisible characters", () => {
  it("latinWords: one word across the invisible characters, span covering them", () => {
    const text = `Bassem Na${ZWSP}eem's al-${ZWJ}Bur${SHY}han said`;
    expect(latinWords(text)).toEqual([
      { text: "Bassem", start: 0, end: 6 },
      { text: "Naeem", start: 7, end: 13 },
      { text: "Burhan", start: 20, end: 27 },
      { text: "said", start: 28, end: 32 },
    ]);
    expect(text.slice(7, 13)).toBe(`Na${ZWSP}eem`);
    expect(text.slice(20, 27)).toBe(`Bur${SHY}han`);
  });

  it("latinWords: a bidi mark before or after a word stays outside it", () => {
    expect(latinWords(`${RLM}Naim${LRM} said`)).toEqual([
      { text: "Naim", start: 1, end: 5 },
      { text: "said", start: 7, end: 11 },
    ]);
  });

  it("termTokens and findTerm: keys without the invisible characters, offsets into the real text", () => {
    expect(termTokens(`Ba${ZWNJ}ssem Na${ZWSP}eem`).map(({ start, end, key }) => [start, end, key])).toEqual([
      [0, 7, "bassem"],
      [8, 14, "naeem"],
    ]);
    expect(findTerm(`said Bassem ${ZWSP}Na${ZWSP}eem today`, compileTerm("Bassem Naeem")!)).toEqual([{ start: 5, end: 19 }]);
    // An acronym stays case-sensitive with an invisible character inside it.
    expect(findTerm(`the U${ZWSP}S said`, compileTerm("US")!)).toEqual([{ start: 4, end: 7 }]);
    expect(findTerm(`let u${ZWSP}s go`, compileTerm("US")!)).toEqual([]);
    // Arabic with a zero-width non-joiner and a right-to-left mark inside the word.
    expect(findTerm(`قال باسم نع${ZWNJ}ي${RLM}م`, compileTerm("نعيم")!)).toEqual([{ start: 9, end: 15 }]);
  });
});

describe("glossary with invisible characters", () => {
  const glossary: QaContext["glossary"] = [{ source: "باسم نعيم", target: "Bassem Naim", forbidden: ["Bassem Naeem", "Naeem"], type: "person" }];

  it("a forbidden variant with a zero-width space inside is still found; message and suggestion without it", () => {
    const findings = glossaryCheck.run(context(["قال باسم نعيم"], [`Bassem Na${ZWSP}eem said`], glossary));
    expect(findings.map((f) => [f.messageKey, f.start, f.end, f.text, f.suggestion, f.message])).toEqual([
      ["qa:glossary.forbidden", 0, 13, `Bassem Na${ZWSP}eem`, "Bassem Naim", '"Bassem Naeem" is a forbidden variant; the glossary says "Bassem Naim".'],
    ]);
  });

  it("the approved name with a soft hyphen or a joiner inside counts as present (no missing-approved finding)", () => {
    expect(glossaryCheck.run(context(["قال باسم نعيم"], [`Bassem Na${SHY}im said`], glossary))).toEqual([]);
    expect(glossaryCheck.run(context(["قال باسم نعيم"], [`Bas${ZWJ}sem${LRM} Naim said`], glossary))).toEqual([]);
  });

  it("the Arabic source term with a ZWNJ inside is still recognized", () => {
    const findings = glossaryCheck.run(context([`قال باسم نع${ZWNJ}يم`], ["He said"], glossary));
    expect(findings.map((f) => [f.side, f.messageKey, f.start, f.end])).toEqual([["source", "qa:glossary.missing-approved", 4, 14]]);
  });
});

describe("name consistency with invisible characters", () => {
  it("a minority spelling hidden by a zero-width space is flagged, its span covering the invisible character", () => {
    const findings = nameConsistencyCheck.run(context(["قال نعيم", "وأضاف نعيم", "موقف نعيم"], ["Naim said", "Naim added", `Na${ZWSP}eem explained`]));
    expect(findings.map((f) => [f.paragraph, f.start, f.end, f.text, f.suggestion])).toEqual([[2, 0, 6, `Na${ZWSP}eem`, "Naim"]]);
  });

  it("the majority spelling with a joiner or soft hyphen inside is the same spelling (nothing flagged)", () => {
    expect(nameConsistencyCheck.run(context(["قال نعيم", "وأضاف نعيم", "موقف نعيم"], ["Naim said", `Na${ZWJ}im added`, `Nai${SHY}m explained`]))).toEqual([]);
  });

  it("an Arabic source name with a ZWNJ inside still links the spellings", () => {
    const findings = nameConsistencyCheck.run(context([`قال نع${ZWNJ}يم`, "وأضاف نعيم", "موقف نعيم"], ["Naim said", "Naim added", "Naeem explained"]));
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion])).toEqual([[2, "Naeem", "Naim"]]);
  });
});
