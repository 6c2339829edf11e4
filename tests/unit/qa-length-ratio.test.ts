import { describe, expect, it } from "vitest";
import { lengthRatioCheck } from "../../lib/qa/checks/length-ratio";
import { loadArticles, makeContext, spanIsExact } from "../fixtures/qa/context";

// Eight groups of ordinary length, so the document ratio is well defined.
const sentences = [
  ["وصل وفد من حركة حماس إلى القاهرة يوم الأحد لعقد لقاءات مع الوسطاء من قطر ومصر", "A Hamas delegation arrived in Cairo on Sunday to hold meetings with mediators from Qatar and Egypt"],
  ["قال البنك المركزي إنه رفع أسعار الفائدة بمقدار نقطتين مئويتين لكبح التضخم المتسارع", "The central bank said it raised interest rates by two percentage points to curb accelerating inflation"],
  ["توج النادي الأهلي بلقب الدوري للمرة الثانية عشرة في تاريخه بعد فوزه في النهائي", "Al Ahly won the league title for the twelfth time in its history after winning the final"],
  ["حذرت منظمة الصحة العالمية من تفشي الكوليرا في السودان مع اقتراب موسم الأمطار", "The World Health Organization warned of a cholera outbreak in Sudan as the rainy season approaches"],
  ["سجلت درجات الحرارة في الكويت مستويات قياسية هذا الأسبوع وفق إدارة الأرصاد الجوية", "Temperatures in Kuwait reached record levels this week, according to the Meteorological Department"],
  ["قضت محكمة في تونس بسجن معارض بارز ثلاث سنوات بتهمة تلقي تمويل أجنبي", "A court in Tunis sentenced a prominent opposition figure to three years for receiving foreign funding"],
  ["توجه الناخبون الجزائريون إلى صناديق الاقتراع لاختيار رئيس جديد للبلاد يوم السبت", "Algerian voters went to the polls on Saturday to choose a new president for the country"],
  ["ودعت المنظمة المانحين إلى توفير التمويل بشكل عاجل لحملات التطعيم والمياه النظيفة", "The organization called on donors to urgently fund vaccination campaigns and clean water"],
];

describe("length-ratio check", () => {
  it("is silent on an article of ordinary ratios", () => {
    const context = makeContext(sentences.map(([s]) => s!), sentences.map(([, t]) => t!));
    expect(lengthRatioCheck.run(context)).toEqual([]);
  });

  it.each(loadArticles())("is silent on the clean $topic article", ({ source, target, targetLang }) => {
    expect(lengthRatioCheck.run(makeContext(source, target, { targetLang }))).toEqual([]);
  });

  const cases: Array<{ name: string; index: number; replacement: string; code: string }> = [
    { name: "a truncated translation", index: 3, replacement: "WHO warned.", code: "too-short" },
    {
      name: "a padded translation",
      index: 5,
      replacement:
        "A court in Tunis sentenced a prominent opposition figure to three years for receiving foreign funding, in a case that human rights groups, diplomats, lawyers and many observers across the region and beyond have described for months as politically motivated, part of a broad crackdown on dissent, on the press, on the judiciary and on civil society since 2021.",
      code: "too-long",
    },
  ];
  it.each(cases)("flags $name", ({ index, replacement, code }) => {
    const target = sentences.map(([, t]) => t!);
    target[index] = replacement;
    const context = makeContext(sentences.map(([s]) => s!), target);
    const findings = lengthRatioCheck.run(context);
    expect(findings.map((finding) => [finding.paragraph, finding.messageKey, finding.severity])).toEqual([[index, `qa:length-ratio.${code}`, "minor"]]);
    expect(spanIsExact(findings[0]!, context)).toBe(true);
  });

  it("needs enough groups before it judges anything", () => {
    const context = makeContext(sentences.slice(0, 3).map(([s]) => s!), ["A.", "B.", "C."]);
    expect(lengthRatioCheck.run(context)).toEqual([]);
  });
});
