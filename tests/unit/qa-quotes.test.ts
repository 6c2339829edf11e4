import { describe, expect, it } from "vitest";
import { analyzeQuotes, quotesCheck } from "../../lib/qa/checks/quotes";
import { makeContext, runOnPair, spanIsExact } from "../fixtures/qa/context";

describe("analyzeQuotes", () => {
  const cases: Array<{ text: string; lang: string; problems: string[] }> = [
    { text: 'He said "yes" and left.', lang: "en", problems: [] },
    { text: "He said “yes” and ‘no’.", lang: "en", problems: [] },
    { text: "The movement’s position and the Americans' court, don‘t.", lang: "en", problems: [] },
    { text: "In the ’90s it was ‘different’.", lang: "en", problems: [] },
    { text: 'He said "yes and left.', lang: "en", problems: ["unclosed"] },
    { text: "He said “yes“ and left.", lang: "en", problems: ["unclosed", "unclosed"] },
    { text: "He said yes” and left.", lang: "en", problems: ["unmatched-close"] },
    { text: "He said “yes\" and left.", lang: "en", problems: ["mismatched"] },
    { text: "Il a dit « oui » puis « non ».", lang: "fr", problems: [] },
    { text: "Il a dit « oui puis non.", lang: "fr", problems: ["unclosed"] },
    { text: "Er sagte „ja“ und »nein«.", lang: "de", problems: [] },
    { text: "وقال إن «الوضع صعب» و\"خطير\".", lang: "ar", problems: [] },
    { text: "وقال إن \"الوضع صعب.", lang: "ar", problems: ["unclosed"] },
  ];
  it.each(cases)("$lang: $text", ({ text, lang, problems }) => {
    expect(analyzeQuotes(text, lang).problems.map((problem) => problem.kind)).toEqual(problems);
  });
});

describe("quotes check", () => {
  const good: Array<[string, string]> = [
    ['وقال إن "الوضع صعب"', 'He said that "the situation is difficult"'],
    ["وقال: «لن نستسلم»", "He said: “We will not give up.”"],
    ['شرط "مستحيل"', '"impossible" condition'],
    ["موقف الحركة واضح", "The movement’s position is clear"],
    ["ملعب الأميركيين", "the Americans' court"],
    ['وقال الرئيس جو بايدن "إننا نعمل"', 'President Joe Biden "we are working"'],
    ['وقال بايدن: "نحن نعمل"', 'Biden said, "We are working"'],
  ];
  it.each(good)("no finding: %s → %s", (source, target) => {
    expect(runOnPair(quotesCheck, source, target)).toEqual([]);
  });

  const bad: Array<{ source: string; target: string; code: string; text: string; severity: string; suggestion?: string }> = [
    {
      source: 'وأضاف نعيم أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو "لا يريد اتفاقا"',
      target: 'Naim added that Israeli Prime Minister Benjamin, "Netanyahu does not want an agreement"',
      code: "inside-name",
      text: ', "Netanyahu ',
      severity: "major",
      suggestion: ' Netanyahu "',
    },
    {
      source: 'وقال الرئيس الأميركي جو بايدن "إننا نعمل بلا توقف"',
      target: "US President Joe “Biden we are working non-stop”",
      code: "inside-name",
      text: " “Biden ",
      severity: "major",
      suggestion: " Biden “",
    },
    {
      source: 'وقال وزير الخارجية أنتوني بلينكن "الاتفاق ممكن"',
      target: 'Secretary of State Antony, "Blinken the agreement is possible"',
      code: "inside-name",
      text: ', "Blinken ',
      severity: "major",
    },
    { source: 'وقال إن "الوضع صعب"', target: 'He said that "the situation is difficult', code: "unclosed", text: '"', severity: "minor" },
    { source: "وقال إن الوضع صعب", target: "He said that the situation” is difficult", code: "unmatched-close", text: "”", severity: "minor" },
    { source: 'وقال إن "الوضع صعب"', target: "He said that “the situation is difficult\"", code: "mismatched", text: '"', severity: "minor", suggestion: "”" },
    { source: 'وقال إن "الوضع صعب جدا"', target: "He said that the situation is very difficult", code: "quote-missing", text: '"الوضع صعب جدا"', severity: "minor" },
  ];
  it.each(bad)("$code: $target", ({ source, target, code, text, severity, suggestion }) => {
    const context = makeContext([source], [target]);
    const findings = quotesCheck.run(context);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.messageKey).toBe(`qa:quotes.${code}`);
    expect(finding!.text).toBe(text);
    expect(finding!.severity).toBe(severity);
    if (suggestion !== undefined) expect(finding!.suggestion).toBe(suggestion);
    expect(spanIsExact(finding!, context)).toBe(true);
  });

  it("applies the inside-name suggestion to give the correct sentence", () => {
    const target = 'Prime Minister Benjamin, "Netanyahu does not want an agreement"';
    const [finding] = runOnPair(quotesCheck, 'رئيس الوزراء بنيامين نتنياهو "لا يريد اتفاقا"', target);
    const fixed = target.slice(0, finding!.start) + finding!.suggestion + target.slice(finding!.end);
    expect(fixed).toBe('Prime Minister Benjamin Netanyahu "does not want an agreement"');
  });

  it("does not flag a quotation that continues in the next paragraph", () => {
    const context = makeContext(['وقال: "الجزء الأول', '"والجزء الثاني"'], ['He said: "The first part', '"And the second part."']);
    expect(quotesCheck.run(context)).toEqual([]);
  });

  it("does not flag an unbalanced quote that the source already has", () => {
    expect(runOnPair(quotesCheck, 'وقال "الوضع صعب', 'He said "the situation is difficult')).toEqual([]);
  });
});
