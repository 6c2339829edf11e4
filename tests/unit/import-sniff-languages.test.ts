import { describe, expect, it } from "vitest";
import { appLanguage, sniffDeclaredLanguages } from "../../app/articles/import/_components/sniff-languages";

describe("sniffDeclaredLanguages (prefills the import form)", () => {
  const cases: { name: string; head: string; expected: ReturnType<typeof sniffDeclaredLanguages> }[] = [
    {
      name: "XLIFF 2.0 srcLang/trgLang",
      head: `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="fr-FR"><file id="f">`,
      expected: { source: "ar", target: "fr", sourceTag: "ar", targetTag: "fr-FR" },
    },
    {
      name: "XLIFF 1.2 source-language/target-language on <file>",
      head: `<xliff version="1.2"><file source-language="ar-EG" target-language='en-GB' datatype="html" original="x">`,
      expected: { source: "ar", target: "en", sourceTag: "ar-EG", targetTag: "en-GB" },
    },
    {
      name: "TMX header srclang and the first other tuv language",
      head: `<tmx version="1.4"><header srclang="ar" adminlang="en"/><body><tu><tuv xml:lang="ar"><seg>نص</seg></tuv><tuv xml:lang="en-US"><seg>Text</seg></tuv></tu>`,
      expected: { source: "ar", target: "en", sourceTag: "ar", targetTag: "en-US" },
    },
    {
      name: "TMX with srclang *all*",
      head: `<tmx version="1.4"><header srclang="*all*"/><body><tu><tuv xml:lang="AR"><seg>x</seg></tuv><tuv xml:lang="de"><seg>y</seg></tuv></tu>`,
      expected: { source: "ar", target: "de", sourceTag: "AR", targetTag: "de" },
    },
    {
      name: "HTML lang (same for either role)",
      head: `<!doctype html><html dir="rtl" lang="ar-SA"><head><title>خبر</title>`,
      expected: { source: "ar", target: "ar", sourceTag: "ar-SA", targetTag: "ar-SA" },
    },
    {
      name: "an unsupported language keeps its tag but no app language",
      head: `<xliff version="2.0" srcLang="sw" trgLang="en">`,
      expected: { source: undefined, target: "en", sourceTag: "sw", targetTag: "en" },
    },
    { name: "plain text", head: "أعلنت الحكومة lang=\"fr\" عن خطة جديدة.", expected: { source: undefined, target: undefined, sourceTag: undefined, targetTag: undefined } },
    {
      name: "an XLIFF without languages does not read attributes of later elements as the file's",
      head: `<xliff version="2.0"><file id="f"><unit id="1"><segment><source>x</source>`,
      expected: { source: undefined, target: undefined, sourceTag: undefined, targetTag: undefined },
    },
  ];
  it.each(cases)("$name", ({ head, expected }) => {
    expect(sniffDeclaredLanguages(head)).toEqual(expected);
  });

  it.each([
    ["en-GB", "en"],
    ["ar_EG", "ar"],
    ["FR", "fr"],
    ["pt-BR", undefined],
    ["", undefined],
  ])("appLanguage(%j) = %j", (tag, expected) => {
    expect(appLanguage(tag)).toBe(expected);
  });
});
