// Classes of false alarms and misses found on the invented evaluation articles (tests/fixtures/qa-eval), one table
// per check: each row is a short aligned article and the findings expected, written literally.
import { describe, expect, it } from "vitest";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import type { QaContext } from "../../lib/qa/types";

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
