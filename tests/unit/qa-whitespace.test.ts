import { describe, expect, it } from "vitest";
import { whitespaceCheck } from "../../lib/qa/checks/whitespace";
import { makeContext, runOnPair, spanIsExact } from "../fixtures/qa/context";

describe("whitespace check", () => {
  const good: Array<[string, string]> = [
    ["en", "The talks ended, without a breakthrough."],
    ["en", "Wait ... what happened?"],
    ["en", "Version .NET 8 and a value of .5 percent"],
    ["fr", "Il a dit : « Non ! » Pourquoi ? Parce que ; voilà."],
    ["fr", "Il a dit\u202f: «\u00a0Non\u00a0»."],
    ["ar", "\u200fقال المتحدث إن المحادثات انتهت."],
    ["he", "הוא אמר\u200f שלום."],
  ];
  it.each(good)("%s: no finding in %j", (lang, text) => {
    expect(runOnPair(whitespaceCheck, "نص", text, { targetLang: lang })).toEqual([]);
  });

  const bad: Array<{ lang: string; text: string; code: string; span: string; fixed: string }> = [
    { lang: "en", text: "The talks  ended.", code: "double-space", span: "  ", fixed: "The talks ended." },
    { lang: "en", text: "The talks ended , he said.", code: "space-before-punctuation", span: " ", fixed: "The talks ended, he said." },
    { lang: "en", text: "Why did it fail ?", code: "space-before-punctuation", span: " ", fixed: "Why did it fail?" },
    { lang: "fr", text: "Il est parti , dit-il.", code: "space-before-punctuation", span: " ", fixed: "Il est parti, dit-il." },
    { lang: "en", text: " The talks ended.", code: "leading", span: " ", fixed: "The talks ended." },
    { lang: "en", text: "The talks ended.\u00a0 ", code: "trailing", span: "\u00a0 ", fixed: "The talks ended." },
    { lang: "en", text: "The talks\tended.", code: "tab", span: "\t", fixed: "The talks ended." },
    { lang: "en", text: "Hamas leader \u200fBassem Naim\u200e said", code: "bidi-control", span: "\u200f", fixed: "Hamas leader Bassem Naim\u200e said" },
    { lang: "en", text: "Gaza\u202b\u202c talks", code: "bidi-control", span: "\u202b\u202c", fixed: "Gaza talks" },
    { lang: "ar", text: "قال المتحدث ، إن المحادثات انتهت", code: "space-before-punctuation", span: " ", fixed: "قال المتحدث، إن المحادثات انتهت" },
  ];
  it.each(bad)("$lang $code: $text", ({ lang, text, code, span, fixed }) => {
    const context = makeContext(["نص"], [text], { targetLang: lang });
    const findings = whitespaceCheck.run(context).filter((finding) => finding.messageKey === `qa:whitespace.${code}`);
    expect(findings.length).toBeGreaterThanOrEqual(1);
    const finding = findings[0]!;
    expect(finding.text).toBe(span);
    expect(spanIsExact(finding, context)).toBe(true);
    expect(text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end)).toBe(fixed);
  });

  it("reports two bidi marks in an LTR target separately and none in an RTL target", () => {
    const text = "Hamas leader \u200fBassem Naim\u200e said";
    expect(runOnPair(whitespaceCheck, "نص", text, { targetLang: "en" })).toHaveLength(2);
    expect(runOnPair(whitespaceCheck, "نص", text, { targetLang: "ar" })).toHaveLength(0);
  });

  it("never produces overlapping findings", () => {
    const text = "  A  ,\tb ?  \u200e ";
    const findings = runOnPair(whitespaceCheck, "نص", text, { targetLang: "en" }).sort((a, b) => a.start - b.start);
    for (let k = 1; k < findings.length; k++) expect(findings[k]!.start).toBeGreaterThanOrEqual(findings[k - 1]!.end);
    expect(findings.length).toBeGreaterThanOrEqual(4);
  });
});
