import { describe, expect, it } from "vitest";
import { additionCheck, isPageChrome } from "../../lib/qa/checks/addition";
import { makeContext, spanIsExact } from "../fixtures/qa/context";

describe("isPageChrome", () => {
  const chrome = ["Share your opinion", "Read also: Gaza talks stall again", "Follow us on Twitter", "Advertisement", "Lire aussi : la crise au Soudan", "Publicidad", "Lesen Sie auch: Gaza", "Leggi anche: Gaza", "اقرأ أيضا: محادثات القاهرة", "شارك برأيك", "Related articles", "Share"];
  const content = [
    "Share prices fell sharply on Monday after the central bank decision.",
    "He said that the advertisement was misleading.",
    "Read the full statement, the minister urged reporters.",
    "Follow-up talks are planned for next week in Doha.",
    "إعلان وقف إطلاق النار في غزة",
  ];
  it.each(chrome)("chrome: %s", (text) => expect(isPageChrome(text)).toBe(true));
  it.each(content)("content: %s", (text) => expect(isPageChrome(text)).toBe(false));
});

describe("addition check", () => {
  const source = ["محادثات القاهرة تنتهي دون اختراق", "قال مصدر إن المحادثات انتهت"];
  const alignment = [{ source: [0], target: [0] }, { source: [1], target: [1] }, { source: [], target: [2] }];
  const cases: Array<{ extra: string; code: string; severity: string; suggestion: string | undefined }> = [
    { extra: "Share your opinion", code: "chrome", severity: "minor", suggestion: "" },
    { extra: "Talks in Cairo end without a breakthrough", code: "headline-repeat", severity: "minor", suggestion: "" },
    { extra: "Talks in Cairo end without a breakthrough.", code: "headline-repeat", severity: "minor", suggestion: "" },
    { extra: "The Israeli army said it had struck dozens of targets in the south of the strip overnight.", code: "unsupported-text", severity: "major", suggestion: undefined },
    { extra: "Photo gallery", code: "unsupported-text", severity: "minor", suggestion: undefined },
  ];
  it.each(cases)("$code: $extra", ({ extra, code, severity, suggestion }) => {
    const context = makeContext(source, ["Talks in Cairo end without a breakthrough", "A source said the talks ended", extra], { alignment });
    const findings = additionCheck.run(context);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect([finding.side, finding.paragraph, finding.text]).toEqual(["target", 2, extra]);
    expect(finding.messageKey).toBe(`qa:addition.${code}`);
    expect(finding.severity).toBe(severity);
    expect(finding.suggestion).toBe(suggestion);
    expect(spanIsExact(finding, context)).toBe(true);
  });

  it("never flags target paragraphs that have a source", () => {
    const context = makeContext(["اقرأ أيضا", "نص"], ["Read also", "Text"]);
    expect(additionCheck.run(context)).toEqual([]);
  });

  it("flags both page-chrome paragraphs of the sample article shape", () => {
    const context = makeContext(["عنوان الخبر هنا", "نص الخبر"], ["The headline is here", "The story text", "Share your opinion", "The headline is here"], {
      alignment: [{ source: [0], target: [0] }, { source: [1], target: [1] }, { source: [], target: [2, 3] }],
    });
    expect(additionCheck.run(context).map((finding) => [finding.paragraph, finding.messageKey])).toEqual([
      [2, "qa:addition.chrome"],
      [3, "qa:addition.headline-repeat"],
    ]);
  });
});
