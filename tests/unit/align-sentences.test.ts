import { describe, expect, it } from "vitest";
import { alignParagraphs } from "../../lib/align/align";
import { alignSentences, groupSentences, MAX_GROUP_CHARACTERS, MAX_SENTENCES, sentenceSpans } from "../../lib/align/sentences";
import { lexiconConcepts } from "../../lib/align/sentence-lexicon";
import { omissionCheck } from "../../lib/qa/checks/omission";
import { buildArticle, INVENTED_ARTICLES } from "../fixtures/qa-sentences";

const sentencesOf = (text: string) => sentenceSpans(text).map((span) => text.slice(span.start, span.end));

describe("sentenceSpans", () => {
  const cases: Array<[string, string, string[]]> = [
    ["English abbreviations and decimals", "Mr. Smith arrived in the U.S. on Monday. It cost $2.5 million.", ["Mr. Smith arrived in the U.S. on Monday.", "It cost $2.5 million."]],
    ["attribution after an exclamation stays with its quotation", '"We will not give up!" he said. Then he left.', ['"We will not give up!" he said.', "Then he left."]],
    ["French guillemets with a space before the closing mark", "« Nous ne céderons pas ! », a-t-il déclaré. M. Dupont est arrivé.", ["« Nous ne céderons pas ! », a-t-il déclaré.", "M. Dupont est arrivé."]],
    ["French quotation that ends a sentence", "Il a dit : « Non. » Puis il est parti.", ["Il a dit : « Non. »", "Puis il est parti."]],
    ["Arabic question mark, exclamation mark and a one-letter abbreviation", "وصل د. محمد إلى القاهرة. هل انتهت المحادثات؟ نعم! وقال إن الوفد سيعود.", ["وصل د. محمد إلى القاهرة.", "هل انتهت المحادثات؟", "نعم!", "وقال إن الوفد سيعود."]],
    ["Arabic long sentence joined by و is one sentence", "وقال المدير إن الفرق أجلت 400 عائلة، ونقلتها إلى مراكز إيواء مؤقتة.", ["وقال المدير إن الفرق أجلت 400 عائلة، ونقلتها إلى مراكز إيواء مؤقتة."]],
    ["an ellipsis followed by lower case continues", "He waited… and then he spoke.", ["He waited… and then he spoke."]],
    ["whitespace around is trimmed", "  One sentence here.   Two sentences here.  ", ["One sentence here.", "Two sentences here."]],
  ];
  it.each(cases)("%s", (_name, text, expected) => expect(sentencesOf(text)).toEqual(expected));

  it("takes a run of thousands of dots in linear time", () => {
    const text = `${".".repeat(200_000)}x ${'"'.repeat(200_000)}y`;
    const started = performance.now();
    // No run of marks is followed by a space: one sentence.
    expect(sentenceSpans(text)).toEqual([{ start: 0, end: 400_003 }]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("groupSentences", () => {
  it("joins fragments of fewer than five words to their neighbour, with exact spans", () => {
    const texts = ["Yes. The minister said the plan would be announced next week. He left. Nothing else was said at the meeting."];
    expect(groupSentences(texts, [0])!.map((sentence) => [sentence.text, sentence.start, sentence.words])).toEqual([
      ["Yes. The minister said the plan would be announced next week. He left.", 0, 13],
      ["Nothing else was said at the meeting.", 71, 7],
    ]);
  });

  it(`gives up (null) above ${MAX_SENTENCES} sentences or ${MAX_GROUP_CHARACTERS} characters per side`, () => {
    const sentence = "The committee will meet again next week in the capital.";
    expect(groupSentences([Array.from({ length: MAX_SENTENCES }, () => sentence).join(" ")], [0])).toHaveLength(MAX_SENTENCES);
    expect(groupSentences([Array.from({ length: MAX_SENTENCES + 1 }, () => sentence).join(" ")], [0])).toBe(null);
    expect(groupSentences(["a".repeat(MAX_GROUP_CHARACTERS + 1)], [0])).toBe(null);
  });
});

describe("lexiconConcepts", () => {
  it.each([
    ["قضت المحكمة يوم الأربعاء بسجن وزير سابق خمس سنوات وغرامة مليوني دينار", ["wed", "n5", "n2"]],
    ["The court on Wednesday sentenced him to five years and a fine of two million dinars", ["wed", "n5", "n2", "n1e6"]],
    ["Le tribunal a condamné mercredi l'ancien ministre à cinq ans de prison", ["wed", "n5"]],
    ["Síguenos el lunes de enero", ["mon", "jan"]],
  ])("%s", (text, expected) => expect(lexiconConcepts(text)).toEqual(expected));
});

describe("alignSentences", () => {
  const ar = [
    "قال الوزير إن الحكومة ستعلن خطة جديدة للنقل العام في العاصمة خلال الأسبوع المقبل بعد أشهر من المشاورات.",
    "وأضاف أن الخطة تشمل شراء 200 حافلة كهربائية وتوسيع خطوط المترو نحو الضواحي الشرقية للمدينة.",
    "وانتقدت المعارضة الخطة ووصفتها بأنها متأخرة جدا وغير كافية لحل أزمة الازدحام المروري.",
  ];
  const en = [
    "The minister said the government would announce a new public transport plan for the capital next week, after months of consultations.",
    "He added that the plan includes buying 200 electric buses and extending metro lines towards the city's eastern suburbs.",
    "The opposition criticised the plan, calling it far too late and insufficient to solve the traffic congestion crisis.",
  ];
  const sentences = (parts: string[]) => groupSentences([parts.join(" ")], [0])!;
  const shape = (result: ReturnType<typeof alignSentences>) => result.groups.map((group) => `${group.source.join("+")}-${group.target.join("+")}`);
  const cases: Array<[string, string[], string[], string[], Array<[string, number]>]> = [
    ["one to one", ar, en, ["0-0", "1-1", "2-2"], []],
    ["a source sentence with no translation", ar, [en[0]!, en[2]!], ["0-0", "1-", "2-1"], [["source", 1]]],
    ["a translated sentence with no source", [ar[0]!, ar[2]!], en, ["0-0", "-1", "1-2"], [["target", 1]]],
    ["two source sentences merged into one", ar, [en[0]!, `${en[1]!.slice(0, -1)}, but the opposition criticised the plan, calling it far too late and insufficient to solve the traffic congestion crisis.`], ["0-0", "1+2-1"], []],
    ["one source sentence split into two", [ar[0]!, `${ar[1]!.slice(0, -1)}، ${ar[2]!}`], en, ["0-0", "1-1+2"], []],
  ];
  it.each(cases)("%s", (_name, source, target, groups, gaps) => {
    const result = alignSentences(sentences(source), sentences(target), 1.25, 0.15);
    expect(shape(result)).toEqual(groups);
    expect(result.gaps.map((gap) => [gap.side, gap.index])).toEqual(gaps);
    for (const gap of result.gaps) expect(gap.margin).toBeGreaterThan(0);
  });

  it("with the word list, tells which of two sentences of similar length was dropped", () => {
    const source = [
      "وصل الرئيس إلى العاصمة صباح الأحد في زيارة رسمية.",
      "وارتفعت أسعار النفط في الأسواق الدولية يوم الاثنين.",
      "وانتقدت المعارضة الحكومة بسبب غلاء المعيشة في المدن.",
    ];
    const target = [
      "The president arrived in the capital on Sunday morning for an official visit.",
      "The opposition criticised the government over the high cost of living in the cities.",
    ];
    const withWords = alignSentences(sentences(source), sentences(target), 1.25, 0.15, { source: "ar", target: "en" });
    expect(shape(withWords)).toEqual(["0-0", "1-", "2-1"]);
    expect(withWords.gaps.map((gap) => [gap.side, gap.index])).toEqual([["source", 1]]);
    expect(withWords.gaps[0]!.margin).toBeGreaterThan(2);
    // Lengths and anchors alone: the weekday of the second sentence has no counterpart either way, and the evidence
    // stays under the 0.75 nats a finding needs.
    const lengthsOnly = alignSentences(sentences(source), sentences(target), 1.25, 0.15);
    expect(lengthsOnly.gaps.map((gap) => [gap.side, gap.index])).toEqual([["source", 1]]);
    expect(lengthsOnly.gaps[0]!.margin).toBeLessThan(0.75);
  });

  it("stays fast at the sentence cap (64 × 64 sentences)", () => {
    const source = sentences(Array.from({ length: 64 }, (_, k) => ar[k % 3]!));
    const target = sentences(Array.from({ length: 60 }, (_, k) => en[k % 3]!));
    const started = performance.now();
    alignSentences(source, target, 1.25, 0.15);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("paragraph aligner: a paragraph split in two by the translator", () => {
  const source = [
    "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية لتطعيم الأطفال ضد الحصبة في جميع المحافظات.",
    "وقال وزير السياحة إن الأسواق الأوروبية ما زالت المصدر الأول للزوار. وأضاف أن الوزارة تعمل على تنويع العرض. وافتتحت خلال العام عشرة فنادق جديدة في المدن الساحلية.",
    "ويشكو العاملون في القطاع من نقص اليد العاملة المؤهلة منذ سنوات طويلة.",
    "وتعتزم الحكومة إنشاء معهد جديد للتدريب الفندقي في العاصمة العام المقبل.",
  ];
  const target = [
    "The health ministry today launched a national campaign to vaccinate children against measles in all provinces.",
    "The tourism minister said European markets remained the main source of visitors. He added that the ministry was working to diversify what it offers.",
    "Ten new hotels opened this year in coastal cities.",
    "Workers in the sector have complained for many years about a shortage of qualified staff.",
    "The government plans to set up a new hotel training institute in the capital next year.",
  ];
  it("aligns the split paragraph 1-2 (its break falls on a source sentence boundary), not 1-1 plus an addition", () => {
    expect(alignParagraphs(source, target, { sourceLang: "ar", targetLang: "en" })).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [3] },
      { source: [3], target: [4] },
    ]);
    // A French translation whose short second half has no anchor of its own (it was aligned 1-1 plus a major
    // "addition" before the sentence-boundary evidence).
    const tourism = buildArticle(INVENTED_ARTICLES.find((article) => article.topic === "tourism")!);
    expect(alignParagraphs(tourism.source, tourism.target, { sourceLang: "ar", targetLang: "fr" })).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [3] },
    ]);
  });
  it("still leaves page chrome after a paragraph unaligned (no sentence-final punctuation)", () => {
    const withChrome = [...target.slice(0, 2), "Share your opinion", ...target.slice(3)];
    const sourceWithoutLast = [source[0]!, "وقال وزير السياحة إن الأسواق الأوروبية ما زالت المصدر الأول للزوار. وأضاف أن الوزارة تعمل على تنويع العرض.", source[2]!, source[3]!];
    expect(alignParagraphs(sourceWithoutLast, withChrome, { sourceLang: "ar", targetLang: "en" })).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [], target: [2] },
      { source: [2], target: [3] },
      { source: [3], target: [4] },
    ]);
  });
});

describe("sentence gaps scale linearly with the article", () => {
  const ar = "قال الوزير إن الحكومة ستعلن خطة جديدة للنقل العام في العاصمة خلال الأسبوع المقبل. وأضاف أن الخطة تشمل شراء 200 حافلة كهربائية وتوسيع خطوط المترو. وانتقدت المعارضة الخطة ووصفتها بأنها متأخرة جدا.";
  const en = "The minister said the government would announce a new public transport plan for the capital next week. The opposition criticised the plan as far too late.";
  /** CPU milliseconds (best of three) of the omission check on n groups of three source and two target sentences. */
  function time(n: number): number {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const context = { sourceLang: "ar", targetLang: "en", source: Array.from({ length: n }, () => ar), target: Array.from({ length: n }, () => en), alignment: Array.from({ length: n }, (_, k) => ({ source: [k], target: [k] })), glossary: [] };
      const started = process.cpuUsage();
      omissionCheck.run(context);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }
  it("4× the groups costs less than 10× the time", () => {
    time(200); // warm-up
    const small = time(200);
    const large = time(800);
    expect(large).toBeLessThan(10 * Math.max(small, 5));
  });
});
