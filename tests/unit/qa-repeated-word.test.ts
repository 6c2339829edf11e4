import { describe, expect, it } from "vitest";
import { repeatedWordCheck } from "../../lib/qa/checks/repeated-word";
import { makeContext, runOnPair, spanIsExact } from "../fixtures/qa/context";

describe("repeated-word check", () => {
  const good: Array<[string, string]> = [
    ["en", "The talks ended without a breakthrough."],
    ["en", "He had had enough of the talks."],
    ["en", "She said that that decision was final."],
    ["en", "It ended. The talks resume tomorrow."],
    ["en", "They voted no, no compromise was possible."],
    ["en", "The talks, talks that lasted two days, ended."],
    ["en", "He visited Bora Bora and Baden-Baden."],
    ["en", "The score was 10 10 at half time."],
    ["fr", "Nous nous sommes rendus au Caire."],
    ["de", "Die Frau, die die Rede hielt, schwieg."],
    ["ar", "سألته عن من من الوفود حضر."],
    ["ar", "وصل الوفد إلى القاهرة. القاهرة مدينة كبيرة."],
    ["tr", "Yavaş yavaş ilerlediler."],
    // Two capitalized words are treated as a name ("Sirhan Sirhan"): a documented precision trade-off.
    ["en", "The The talks ended."],
  ];
  it.each(good)("%s: no finding in %s", (lang, text) => {
    expect(runOnPair(repeatedWordCheck, "نص", text, { targetLang: lang })).toEqual([]);
  });

  const bad: Array<[string, string, string, string]> = [
    ["en", "The talks ended without the the breakthrough.", "the the", "the"],
    ["en", "The the talks ended.", "The the", "The"],
    ["en", "Hamas said it was was ready.", "was was", "was"],
    ["en", "Talks  in in Cairo", "in in", "in"],
    ["fr", "Les négociations ont ont échoué.", "ont ont", "ont"],
    ["ar", "وصل الوفد في في الصباح", "في في", "في"],
    ["ar", "قال المصدر إن إن الحركة", "إن إن", "إن"],
    ["tr", "Ankara ve ve İstanbul", "ve ve", "ve"],
  ];
  it.each(bad)("%s: flags %s", (lang, text, flagged, suggestion) => {
    const context = makeContext(["نص"], [text], { targetLang: lang });
    const findings = repeatedWordCheck.run(context);
    expect(findings.map((finding) => finding.text)).toEqual([flagged]);
    expect(findings[0]!.suggestion).toBe(suggestion);
    expect(findings[0]!.messageKey).toBe("qa:repeated-word.repeated");
    expect(spanIsExact(findings[0]!, context)).toBe(true);
    const fixed = text.slice(0, findings[0]!.start) + findings[0]!.suggestion + text.slice(findings[0]!.end);
    expect(fixed.includes(flagged)).toBe(false);
  });

  it("reports a triple repeat once per pair without overlap", () => {
    const findings = runOnPair(repeatedWordCheck, "نص", "it is the the the end");
    expect(findings).toHaveLength(1);
  });
});
