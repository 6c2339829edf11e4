import { describe, expect, it } from "vitest";
import { additionCheck, isPageChrome } from "../../lib/qa/checks/addition";
import { alignParagraphs } from "../../lib/align/align";
import { makeContext, spanIsExact } from "../fixtures/qa/context";
import { buildArticle, INVENTED_ARTICLES } from "../fixtures/qa-sentences";

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

describe("page chrome per language", () => {
  const cases: Array<[string, string, boolean]> = [
    ["fr", "À lire également : la crise au Soudan", true],
    ["fr", "Lire aussi", true],
    ["fr", "Suivez-nous sur Facebook et Instagram", true],
    ["fr", "Partager", true],
    ["fr", "Partager sur Twitter", true],
    ["fr", "Partagez votre avis", true],
    ["fr", "Le ministre a décidé de partager les résultats de l'enquête avec la presse.", false],
    ["fr", "Suivez-nous, a lancé le manifestant aux passants avant de rejoindre le cortège qui se dirigeait vers la place centrale de la ville ce matin-là sous une pluie battante et dans le froid.", false],
    ["es", "Leer más", true],
    ["es", "Síguenos en Twitter", true],
    ["es", "Síguenos en Facebook, Instagram y YouTube", true],
    ["es", "Comparte", true],
    ["es", "Comparte esta noticia", true],
    ["es", "Lee también: la crisis en Sudán", true],
    ["es", "El gobierno comparte la preocupación de los vecinos por la falta de agua.", false],
    ["en", "Share your opinion", true],
    ["en", "Shares in the company rose 3% on Monday.", false],
  ];
  it.each(cases)("%s: %s → %s", (_lang, text, expected) => expect(isPageChrome(text)).toBe(expected));

  it("reports French and Spanish chrome paragraphs as chrome", () => {
    const context = makeContext(["قال مصدر إن المحادثات انتهت"], ["Une source a déclaré que les pourparlers étaient terminés.", "À lire également : la crise au Soudan", "Síguenos en Twitter"], {
      targetLang: "fr",
      alignment: [{ source: [0], target: [0] }, { source: [], target: [1] }, { source: [], target: [2] }],
    });
    expect(additionCheck.run(context).map((finding) => [finding.paragraph, finding.messageKey, finding.severity])).toEqual([
      [1, "qa:addition.chrome", "minor"],
      [2, "qa:addition.chrome", "minor"],
    ]);
  });
});

describe("addition check: a sentence added inside a translated paragraph", () => {
  const article = (topic: string) => INVENTED_ARTICLES.find((candidate) => candidate.topic === topic)!;
  const cases: Array<{ name: string; topic: string; add?: { paragraph: number; unit: number }; expected: Array<[number, string, string, number]> }> = [
    {
      name: "long sentence with no source (major)",
      topic: "courts",
      add: { paragraph: 0, unit: 0 },
      expected: [[0, "The criminal court on Wednesday sentenced a former minister to five years in prison after convicting him of corruption and abuse of influence.", "major", 23]],
    },
    {
      name: "short sentence with no source (minor)",
      topic: "technology",
      add: { paragraph: 0, unit: 2 },
      expected: [[0, "It aims to connect one million homes to fast internet.", "minor", 10]],
    },
    { name: "clean: split sentences", topic: "weather", expected: [] },
    { name: "clean: French split sentence and attribution", topic: "science", expected: [] },
  ];
  it.each(cases)("$name", ({ topic, add, expected }) => {
    const built = buildArticle(article(topic), add && { ...add, side: "source" });
    const context = makeContext(built.source, built.target, {
      targetLang: article(topic).targetLang,
      alignment: alignParagraphs(built.source, built.target, { sourceLang: "ar", targetLang: article(topic).targetLang }),
    });
    const findings = additionCheck.run(context).filter((finding) => finding.messageKey === "qa:addition.sentence");
    expect(findings.map((finding) => [finding.paragraph, finding.text, finding.severity, finding.params?.words])).toEqual(expected);
    for (const finding of findings) expect([finding.side, spanIsExact(finding, context)]).toEqual(["target", true]);
  });
});
