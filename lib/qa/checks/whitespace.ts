import { isRtlLanguage } from "../../text/scripts";
import type { Finding, QaCheck, QaContext } from "../types";
import { makeFinding, primaryLanguage, type FindingDraft } from "../util";

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
// Runs of [ \t\u00a0\u202f\u2009] that can give a finding: two or more characters, a lone tab, or a lone space before
// punctuation. Matched left to right, a run of two or more is always taken whole, so the second and third
// alternatives only ever see runs of one character; the lone spaces between words (nearly all runs) never make a
// match object.
const SPACES = /[ \t\u00a0\u202f\u2009]{2,}|\t|[ \u00a0\u202f\u2009](?=[,.;:!?،؛؟])/gu;
const PUNCTUATION_AFTER = /^[,.;:!?،؛؟]/u;
const PUNCTUATION_CODES = new Set([...",.;:!?،؛؟"].map((ch) => ch.charCodeAt(0)));
// French (and Swiss French) put a (narrow) no-break space before these; a plain space is tolerated too.
const FRENCH_SPACED = /^[;:!?»]/u;

type Draft = Omit<FindingDraft, "side" | "paragraph" | "paragraphText">;

function scanParagraph(text: string, lang: string, rtl: boolean): Draft[] {
  const drafts: Draft[] = [];
  if (!rtl) {
    for (const match of text.matchAll(BIDI_CONTROLS)) {
      drafts.push({ start: match.index, end: match.index + match[0].length, code: "bidi-control", message: "Invisible bidirectional control character in a left-to-right text.", suggestion: "" });
    }
  }
  const leading = /^\s+/u.exec(text);
  if (leading && leading[0].length < text.length) {
    drafts.push({ start: 0, end: leading[0].length, code: "leading", message: "Whitespace at the start of the paragraph.", suggestion: "" });
  }
  const trailing = /\s+$/u.exec(text);
  if (trailing && trailing.index > 0) {
    drafts.push({ start: trailing.index, end: text.length, code: "trailing", message: "Whitespace at the end of the paragraph.", suggestion: "" });
  }
  const innerStart = leading ? leading[0].length : 0;
  const innerEnd = trailing ? trailing.index : text.length;
  for (const match of text.matchAll(SPACES)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < innerStart || end > innerEnd || start === 0) continue;
    const run = match[0];
    // A single space (not a tab) matters only before punctuation: skip the slice and tests for the others.
    if (run.length === 1 && run !== "\t" && !PUNCTUATION_CODES.has(text.charCodeAt(end))) continue;
    const after = text.slice(end);
    if (PUNCTUATION_AFTER.test(after)) {
      const frenchOk = lang === "fr" && FRENCH_SPACED.test(after);
      // Ellipses (" ..."), decimals and names (" .5", " .NET") and emoticons are left alone.
      const exempt = /^(\.\.|…)/u.test(after) || /^\.[\p{L}\p{N}]/u.test(after) || /^[:;][-)(DPp]/u.test(after);
      if (!frenchOk && !exempt) {
        drafts.push({ start, end, code: "space-before-punctuation", message: `Space before "${after[0]}".`, suggestion: "", params: { mark: after[0] } });
        continue;
      }
      if (frenchOk) continue;
    }
    if (lang === "fr" && /^[»]/u.test(after)) continue;
    if (lang === "fr" && /[«]$/u.test(text.slice(0, start))) continue;
    if (run.includes("\t")) {
      drafts.push({ start, end, code: "tab", message: "Tab character inside the text.", suggestion: " " });
    } else if (run.length >= 2) {
      drafts.push({ start, end, code: "double-space", message: "Several spaces in a row.", suggestion: " " });
    }
  }
  return drafts;
}

/** Double spaces, spaces before punctuation, edge whitespace, tabs, and bidi controls in a left-to-right target. */
export const whitespaceCheck: QaCheck = {
  id: "whitespace",
  scope: "row",
  name: "Whitespace",
  description: "Double spaces, a space before , . ; : ! ? (French spacing respected), leading or trailing spaces, tabs, and stray bidirectional control characters in a left-to-right translation.",
  category: "linguistic",
  subcategory: "punctuation",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const lang = primaryLanguage(context.targetLang);
    const rtl = isRtlLanguage(context.targetLang);
    const findings: Finding[] = [];
    context.target.forEach((text, paragraph) => {
      for (const draft of scanParagraph(text, lang, rtl)) {
        findings.push(makeFinding(whitespaceCheck, { ...draft, side: "target", paragraph, paragraphText: text }));
      }
    });
    return findings;
  },
};
