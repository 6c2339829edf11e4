import { describe, expect, it } from "vitest";
import { omissionCheck } from "../../lib/qa/checks/omission";
import { makeContext, spanIsExact } from "../fixtures/qa/context";

const longArabic = Array.from({ length: 45 }, (_, k) => (k % 2 ? "المفاوضات" : "استمرت")).join(" ");

describe("omission check", () => {
  const cases: Array<{ name: string; source: string[]; target: string[]; alignment: Array<{ source: number[]; target: number[] }>; expected: Array<[number, string, string]> }> = [
    { name: "fully aligned", source: ["أ ب ج د", "هـ و ز"], target: ["a b c d", "e f g"], alignment: [{ source: [0], target: [0] }, { source: [1], target: [1] }], expected: [] },
    {
      name: "middle paragraph dropped",
      source: ["وصل الوفد إلى القاهرة", "  وقال المتحدث إن المحادثات ستستمر يومين آخرين  ", "وانتهت الجولة"],
      target: ["The delegation arrived in Cairo", "The round ended"],
      alignment: [{ source: [0], target: [0] }, { source: [1], target: [] }, { source: [2], target: [1] }],
      expected: [[1, "وقال المتحدث إن المحادثات ستستمر يومين آخرين", "major"]],
    },
    { name: "short paragraph", source: ["شرط مستحيل", "نص"], target: ["text"], alignment: [{ source: [0], target: [] }, { source: [1], target: [0] }], expected: [[0, "شرط مستحيل", "minor"]] },
    { name: "long paragraph", source: [longArabic], target: [], alignment: [{ source: [0], target: [] }], expected: [[0, longArabic, "critical"]] },
    { name: "page chrome in the source", source: ["اقرأ أيضا: الحرب على غزة", "نص"], target: ["text"], alignment: [{ source: [0], target: [] }, { source: [1], target: [0] }], expected: [[0, "اقرأ أيضا: الحرب على غزة", "minor"]] },
    { name: "punctuation-only paragraph", source: ["***", "نص"], target: ["text"], alignment: [{ source: [0], target: [] }, { source: [1], target: [0] }], expected: [] },
    { name: "merged group is not an omission", source: ["الأول", "الثاني"], target: ["first and second"], alignment: [{ source: [0, 1], target: [0] }], expected: [] },
  ];
  it.each(cases)("$name", ({ source, target, alignment, expected }) => {
    const context = makeContext(source, target, { alignment });
    const findings = omissionCheck.run(context);
    expect(findings.map((finding) => [finding.paragraph, finding.text, finding.severity])).toEqual(expected);
    for (const finding of findings) {
      expect(finding.side).toBe("source");
      expect(finding.messageKey).toBe("qa:omission.paragraph");
      expect(spanIsExact(finding, context)).toBe(true);
    }
  });
});
