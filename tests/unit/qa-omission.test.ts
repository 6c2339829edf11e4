import { describe, expect, it } from "vitest";
import { omissionCheck } from "../../lib/qa/checks/omission";
import { alignParagraphs } from "../../lib/align/align";
import { makeContext, spanIsExact } from "../fixtures/qa/context";
import { buildArticle, INVENTED_ARTICLES } from "../fixtures/qa-sentences";

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

describe("omission check: a sentence dropped inside a translated paragraph", () => {
  const article = (topic: string) => INVENTED_ARTICLES.find((candidate) => candidate.topic === topic)!;
  const cases: Array<{ name: string; topic: string; drop?: { paragraph: number; unit: number }; expected: Array<[number, string, string, number]> }> = [
    {
      name: "long first sentence dropped (major)",
      topic: "courts",
      drop: { paragraph: 0, unit: 0 },
      expected: [[0, "قضت محكمة الجنايات يوم الأربعاء بسجن وزير سابق خمس سنوات بعد إدانته بتهم فساد واستغلال النفوذ.", "major", 16]],
    },
    {
      name: "middle sentence of three dropped (minor: under 15 words)",
      topic: "education",
      drop: { paragraph: 1, unit: 1 },
      expected: [[1, "وأوضح أن الوزارة ستفتح باب التظلمات اعتبارا من يوم الأحد المقبل ولمدة أسبوع.", "minor", 13]],
    },
    {
      name: "French translation, long sentence dropped",
      topic: "elections",
      drop: { paragraph: 0, unit: 0 },
      expected: [[0, "توجه الناخبون يوم السبت إلى صناديق الاقتراع لاختيار رئيس جديد للبلاد في انتخابات يتنافس فيها ثلاثة مرشحين.", "major", 17]],
    },
    // Clean translations with merged sentences, split sentences, attribution fragments and a split paragraph.
    { name: "clean: merge and attribution traps", topic: "economy", expected: [] },
    { name: "clean: split sentence and split paragraph", topic: "sport", expected: [] },
    { name: "clean: French attribution after a guillemet", topic: "labour", expected: [] },
  ];
  it.each(cases)("$name", ({ topic, drop, expected }) => {
    const built = buildArticle(article(topic), drop && { ...drop, side: "target" });
    const context = makeContext(built.source, built.target, {
      targetLang: article(topic).targetLang,
      alignment: alignParagraphs(built.source, built.target, { sourceLang: "ar", targetLang: article(topic).targetLang }),
    });
    const findings = omissionCheck.run(context).filter((finding) => finding.messageKey === "qa:omission.sentence");
    expect(findings.map((finding) => [finding.paragraph, finding.text, finding.severity, finding.params?.words])).toEqual(expected);
    for (const finding of findings) expect(spanIsExact(finding, context)).toBe(true);
  });

  it("does not report a dropped sentence of four words or fewer (it is joined to its neighbour before alignment)", () => {
    const source = [
      "أعلن البنك المركزي يوم الخميس رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية إلى 12.5%. وكانت الأسواق متفائلة جدا.",
      "وتراجعت أسهم البنوك في البورصة بعد الإعلان، بينما ارتفع سعر صرف العملة المحلية أمام الدولار بنسبة 2%.",
      "ومن المقرر أن تجتمع لجنة السياسة النقدية مجددا في شهر مارس المقبل لمراجعة الوضع الاقتصادي.",
    ];
    const target = [
      "The central bank on Thursday raised its main interest rate by half a percentage point to 12.5%.",
      "Bank shares fell on the stock exchange after the announcement, while the local currency rose 2% against the dollar.",
      "The monetary policy committee is scheduled to meet again next March to review the economic situation.",
    ];
    expect(omissionCheck.run(makeContext(source, target)).map((finding) => finding.messageKey)).toEqual([]);
  });
});
