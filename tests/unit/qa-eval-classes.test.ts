// Classes of false alarms and misses found on the invented evaluation articles (tests/fixtures/qa-eval), one table
// per check: each row is a short aligned article and the findings expected, written literally.
import { describe, expect, it } from "vitest";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import { numberMismatchCheck } from "../../lib/qa/checks/number-mismatch";
import { glossaryCheck } from "../../lib/qa/checks/glossary";
import { analyzeQuotes, quotesCheck } from "../../lib/qa/checks/quotes";
import type { QaContext } from "../../lib/qa/types";
import { alignParagraphs } from "../../lib/align/align";
import { loadEvalArticles } from "../fixtures/qa-eval/evaluate";

function oneToOne(source: string[], target: string[], targetLang: string, glossary: QaContext["glossary"] = []): QaContext {
  return { sourceLang: "ar", targetLang, source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary };
}

describe("name-consistency: classes from the evaluation articles", () => {
  // [class, language, source, target, expected [paragraph, text, suggestion]]
  const rows: Array<[string, string, string[], string[], Array<[number, string, string]>]> = [
    ["dateline in capitals is the same writing (en)", "en",
      ["الدوحة - بدأت المفاوضات في الدوحة.", "وقال الوسطاء إن الدوحة مستعدة."],
      ["DOHA – Talks began in Doha.", "The mediators said Doha was ready."], []],
    ["dateline in capitals with an accent (fr)", "fr",
      ["دبي - أطلقت الإمارات القمر.", "وسترسل البيانات إلى دبي."],
      ["DUBAÏ – Les Émirats ont lancé le satellite.", "Les données seront transmises à Dubaï."], []],
    ["a king's name with a regnal number is another person than a Mohamed", "en",
      ["على ملعب محمد الخامس.", "وسجل محمد رايحي.", "وأضاف محمد بوشوك الهدف الثاني."],
      ["At the Mohammed V Stadium.", "Mohamed Rayhi scored.", "Mohamed Bouchouk added the second goal."], []],
    ["regnal number joined by a hyphen (fr)", "fr",
      ["على ملعب محمد الخامس.", "وسجل محمد رايحي.", "وأضاف محمد بوشوك الهدف الثاني."],
      ["Au stade Mohammed-V.", "Mohamed Rayhi a marqué.", "Mohamed Bouchouk a ajouté le deuxième but."], []],
    ["French assimilated article: Abdel Rahim against Abderrahim", "fr",
      ["وقع عبد الرحيم كمال روايته.", "وقال عبد الرحيم كمال إن الدراما أعادت الناس إلى القراءة.", "وأضاف عبد الرحيم أن روايته تدور في الصعيد."],
      ["Abderrahim Kamal a dédicacé son roman.", "Selon Abdel Rahim Kamal, les séries ont ramené les gens à la lecture.", "Abderrahim a ajouté que son roman se déroulait en Haute-Égypte."],
      [[1, "Abdel Rahim", "Abderrahim"]]],
    ["French dj for j on a first name the source leaves out", "fr",
      ["حقق الجزائري جمال سجاتي فوزا.", "وأكد جمال سجاتي أن هدفه الرقم القياسي.", "ويحمل سجاتي الميدالية البرونزية."],
      ["L'Algérien Djamel Sedjati s'est imposé.", "Djamel Sedjati a affirmé viser le record.", "Jamel Sedjati détient la médaille de bronze."],
      [[2, "Jamel", "Djamel"]]],
  ];
  it.each(rows)("%s", (_name, lang, source, target, expected) => {
    const findings = nameConsistencyCheck.run(oneToOne(source, target, lang));
    expect(findings.map((f) => [f.paragraph, f.text, f.suggestion])).toEqual(expected);
  });
});

describe("number-mismatch: classes from the evaluation articles", () => {
  // [class, language, source paragraph, target paragraph, expected [code, text, severity]]
  const rows: Array<[string, string, string, string, Array<[string, string, string]>]> = [
    ["a score in digits for Arabic dual and one (بهدفين مقابل هدف واحد)", "en",
      "فاز الوداد على الرجاء بهدفين مقابل هدف واحد.", "Wydad beat Raja 2-1.", []],
    ["a number written onto a name (Covid-19)", "fr",
      "انخفضت التغطية خلال جائحة كورونا إلى 82%.", "La couverture est tombée à 82 % pendant la pandémie de Covid-19.", []],
    ["a number written onto a name (F-16, G20)", "en",
      "وصلت الطائرات إلى القاعدة قبل قمة العشرين.", "The F-16 jets reached the base before the G20 summit.", []],
    ["French round collective noun: un millier", "fr",
      "مقابل نحو 1000 أسير فلسطيني.", "en échange d'un millier de prisonniers palestiniens.", []],
    ["French round collective noun: une centaine", "fr",
      "وأصيب نحو 100 شخص.", "Une centaine de personnes ont été blessées.", []],
    ["French race time in seconds and hundredths", "fr",
      "مسجلا زمنا قدره 8 دقائق و9.02 ثانية.", "en 8 min 9 s 02.", []],
    ["race time m:ss.hh against the French notation", "fr",
      "فاز بزمن 1:41.58 دقيقة.", "Il s'est imposé en 1 min 41 s 58.", []],
    ["race time m:ss.hh in both languages", "en",
      "فاز بزمن 1:41.58 دقيقة.", "He won in 1:41.58.", []],
    ["Arabic hundredths of a second (15 جزءا من المئة)", "en",
      "بفارق 15 جزءا من المئة من الثانية.", "by 0.15 seconds.", []],
    ["a wrong race time is still found", "fr",
      "فاز بزمن 1:41.58 دقيقة.", "Il s'est imposé en 1 min 41 s 85.", [["different", "41 s 85", "major"]]],
    ["two wrong numbers in one paragraph: each one finding on the translation, with the source value", "en",
      "وأشارت إلى أن نحو 3.4 مليون طفل معرضون، وأن النسبة ارتفعت إلى 15%.", "She said 4.3 million children were at risk and the rate rose to 16%.",
      [["different", "4.3 million", "major"], ["different", "16%", "major"]]],
    ["two wrong numbers, one of them percent for percentage points", "en",
      "وأشارت إلى أن نحو 3.4 مليون طفل معرضون، وأن النسبة ارتفعت إلى 15%.", "She said 4.3 million children were at risk and the rate rose to 15 percentage points.",
      [["different", "4.3 million", "major"], ["percent-points", "15 percentage points", "major"]]],
    ["two wrong numbers that do not pair like for like stay extra and missing", "en",
      "وأصيب 40 شخصا، وارتفعت النسبة إلى 15%.", "The rate rose to 18%, and 400 people were hurt.",
      [["extra", "18%", "major"], ["extra", "400", "major"], ["missing", "40", "major"], ["missing", "15%", "major"]]],
    ["a collective noun of the wrong size is still found", "fr",
      "أصيب 300 شخص.", "Une centaine de personnes ont été blessées.", [["different", "Une centaine", "major"]]],
  ];
  it.each(rows)("%s", (_name, lang, source, target, expected) => {
    const findings = numberMismatchCheck.run(oneToOne([source], [target], lang));
    expect(findings.map((f) => [f.messageKey.replace("qa:number-mismatch.", ""), f.text, f.severity])).toEqual(expected);
  });
});

describe("glossary: classes from the evaluation articles", () => {
  const entry = (source: string, target: string): QaContext["glossary"][number] => ({ source, target, forbidden: [], type: "organization" });
  // [class, language, entry, source paragraph, target paragraph, expected [code, side, text]]
  const rows: Array<[string, string, QaContext["glossary"][number], string, string, Array<[string, string, string]>]> = [
    ["French name, acronym of its content words (OMS)", "fr", entry("منظمة الصحة العالمية", "Organisation mondiale de la santé"),
      "وقال ممثل منظمة الصحة العالمية إن الحصبة معدية.", "Le représentant de l'OMS a rappelé que la rougeole était contagieuse.", []],
    ["French name with an elided article (AIEA)", "fr", entry("الوكالة الدولية للطاقة الذرية", "Agence internationale de l'énergie atomique"),
      "وزار مفتشو الوكالة الدولية للطاقة الذرية الموقع.", "Les inspecteurs de l'AIEA ont visité le site.", []],
    ["English name (WHO), as before", "en", entry("منظمة الصحة العالمية", "World Health Organization"),
      "وقال ممثل منظمة الصحة العالمية إن الحصبة معدية.", "The WHO representative said measles was contagious.", []],
    ["neither the name nor its acronym: still reported", "fr", entry("منظمة الصحة العالمية", "Organisation mondiale de la santé"),
      "وقال ممثل منظمة الصحة العالمية إن الحصبة معدية.", "Le représentant de l'agence a rappelé que la rougeole était contagieuse.",
      [["missing-approved", "source", "منظمة الصحة العالمية"]]],
  ];
  it.each(rows)("%s", (_name, lang, glossaryEntry, source, target, expected) => {
    const findings = glossaryCheck.run(oneToOne([source], [target], lang, [glossaryEntry]));
    expect(findings.map((f) => [f.messageKey.replace("qa:glossary.", ""), f.side, f.text])).toEqual(expected);
  });
});

describe("glossary: a forbidden abbreviation keeps its final period in the span", () => {
  const un: QaContext["glossary"][number] = { source: "الأمم المتحدة", target: "United Nations", forbidden: ["U.N."], type: "organization" };
  // [class, target paragraph, expected [text, suggestion, the paragraph with the suggestion applied]]
  const rows: Array<[string, string, Array<[string, string, string]>]> = [
    ["before a colon", "according to the U.N.: its average rose.", [["U.N.", "United Nations", "according to the United Nations: its average rose."]]],
    ["mid-sentence", "The U.N. said the heat was extreme.", [["U.N.", "United Nations", "The United Nations said the heat was extreme."]]],
    ["ending a sentence: the period is the full stop", "The appeal came from the U.N. It was ignored.", [["U.N", "United Nations", "The appeal came from the United Nations. It was ignored."]]],
    ["ending the paragraph", "The appeal came from the U.N.", [["U.N", "United Nations", "The appeal came from the United Nations."]]],
  ];
  it.each(rows)("%s", (_name, target, expected) => {
    const findings = glossaryCheck.run(oneToOne(["وقالت الأمم المتحدة إن الحر شديد."], [target], "en", [un]));
    expect(findings.map((f) => [f.text, f.suggestion, target.slice(0, f.start) + f.suggestion + target.slice(f.end)])).toEqual(expected);
  });
});

describe("quotes: a quoted name after a naming noun may lose its quotation marks", () => {
  // [class, language, source paragraph, target paragraph, expected [code, side, text]]
  const rows: Array<[string, string, string, string, Array<[string, string, string]>]> = [
    ["rocket name", "en", "أطلق القمر على متن صاروخ «فالكون 9» من كاليفورنيا.", "The satellite was launched aboard a Falcon 9 rocket from California.", []],
    ["satellite name two words after the noun", "en", "أطلقت الإمارات القمر الصناعي «محمد بن زايد سات» أمس.", "The UAE launched the MBZ-SAT satellite yesterday.", []],
    ["bank name two words after the noun", "fr", "وتوقعت الخبيرة في بنك الاستثمار «إتش سي» خفض الفائدة.", "L'économiste de la banque d'investissement HC s'attend à une baisse des taux.", []],
    ["noun with the article and a preposition (لمجموعة, والشركة)", "en", "وقال محلل لمجموعة «يو بي إس» إن السوق هادئة، وكذلك والشركة «أرامكو السعودية».", "An analyst at UBS said the market was calm, as did Saudi Aramco.", []],
    ["speech still needs its quotation marks", "en", "وقال المحافظ إن «المسار النزولي للتضخم لا يزال قائما».", "The governor said the downward path of inflation remained in place.",
      [["quote-missing", "source", "«المسار النزولي للتضخم لا يزال قائما»"]]],
    ["a bank's statement is speech, not a name", "en", "وقال البنك في بيان إن «التضخم سيتباطأ قريبا».", "The bank said in a statement that inflation would slow soon.",
      [["quote-missing", "source", "«التضخم سيتباطأ قريبا»"]]],
  ];
  it.each(rows)("%s", (_name, lang, source, target, expected) => {
    const findings = quotesCheck.run(oneToOne([source], [target], lang));
    expect(findings.map((f) => [f.messageKey.replace("qa:quotes.", ""), f.side, f.text])).toEqual(expected);
  });
});

describe("paragraph alignment: page chrome pairs with no real paragraph", () => {
  it("a paragraph dropped near the end, with a 'Read also' line appended, is an omission plus chrome (politics-iraq-budget)", () => {
    const article = loadEvalArticles("en").find((a) => a.id === "en-politics-iraq-budget")!;
    const groups = alignParagraphs(article.source, article.target, { sourceLang: "ar", targetLang: "en" });
    expect(groups.slice(7)).toEqual([
      { source: [7], target: [7] },
      { source: [8], target: [] },
      { source: [9], target: [8] },
      { source: [], target: [9] },
    ]);
  });

  it("chrome kept in both languages still pairs", () => {
    const groups = alignParagraphs(
      ["قال الوزير إن الحكومة ستخفض الإنفاق بنسبة 5% هذا العام لتعويض تراجع أسعار النفط.", "اقرأ أيضا: الأحزاب الكردية تهدد بالانسحاب"],
      ["The minister said the government would cut spending by 5% this year to offset lower oil prices.", "Read also: Kurdish parties threaten to walk out"],
      { sourceLang: "ar", targetLang: "en" },
    );
    expect(groups).toEqual([{ source: [0], target: [0] }, { source: [1], target: [1] }]);
  });
});

describe("quotes: a French guillemet closed by a spaced straight quote", () => {
  // [text, expected problems [kind, index of the mark, expected closer]]
  const rows: Array<[string, Array<[string, number, string | undefined]>]> = [
    ["Il a dit « oui \" puis non.", [["mismatched", 15, "»"]]],
    ["le film était « une lettre d'amour \", et a dédié la récompense « à tous ».", [["mismatched", 35, "»"]]],
    ["Il a dit « il a répondu \"non\" hier » au juge.", []],
    ["Il a dit « oui » puis \" non.", [["unclosed", 22, undefined]]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(analyzeQuotes(text, "fr").problems.map((p) => [p.kind, p.index, p.expected])).toEqual(expected);
  });
});
