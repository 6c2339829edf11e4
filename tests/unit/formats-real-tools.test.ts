import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../lib/formats/errors";
import { exportDocx, titleLanguage } from "../../lib/formats/export/docx";
import { exportXliff12, exportXliff21 } from "../../lib/formats/export/xliff";
import { exportArticle, exportFileName } from "../../lib/formats";
import { importFile } from "../../lib/formats/import";
import { decodeText, sniffUtf16WithoutBom } from "../../lib/formats/import/decode";
import { stripNoteMarkers } from "../../lib/formats/import/docx";
import { parseTmx } from "../../lib/formats/import/tmx";
import { parseXliff } from "../../lib/formats/import/xliff";
import type { ExportArticle } from "../../lib/formats/types";

const fixtureBytes = async (name: string) => new Uint8Array(await readFile(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const fixture = async (name: string) => Buffer.from(await fixtureBytes(name)).toString("utf8");

function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error.code;
    throw error;
  }
  return "no error";
}

const unitsOf = (doc: ReturnType<typeof parseXliff>) => doc.units.map(({ id, source, target, notes, state, approved }) => ({ id, source, target, notes, state, approved }));

describe("TMX with a DOCTYPE naming its DTD (OmegaT, translate-toolkit po2tmx)", () => {
  it("reads an OmegaT project TMX: DOCTYPE, comments, props, upper-case language tags", async () => {
    const doc = parseTmx(await fixture("omegat-style.tmx"), "project_save.tmx");
    expect(doc.sourceLang).toBe("AR");
    expect(doc.targetLang).toBe("EN-GB");
    expect(doc.units.map(({ id, source, target, notes }) => ({ id, source, target, notes }))).toEqual([
      { id: "0", source: "ارتفع التضخم إلى 7.2% في أيلول/سبتمبر.", target: "Inflation rose to 7.2% in September.", notes: [] },
      {
        id: "1",
        source: "وقال البنك المركزي إن الأسعار ستستقر.",
        target: "The central bank said prices would stabilise.",
        notes: ["Central bank figure, check against the statement."],
      },
      { id: "2", source: "وقال البنك المركزي إن الأسعار ستستقر.", target: "The central bank expects prices to level off.", notes: [] },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("reads a po2tmx file (single-quoted declaration, SYSTEM DOCTYPE) and a PUBLIC DOCTYPE", () => {
    const po2tmx = `<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Translate Toolkit" creationtoolversion="3.13.0" segtype="sentence" o-tmf="UTF-8" adminlang="en" srclang="ar" datatype="PlainText"/>
  <body>
    <tu>
      <tuv xml:lang="ar"><seg>الحكومة تستقيل</seg></tuv>
      <tuv xml:lang="fr"><seg>Le gouvernement démissionne</seg></tuv>
    </tu>
  </body>
</tmx>`;
    const doc = parseTmx(po2tmx, "po2tmx.tmx");
    expect([doc.sourceLang, doc.targetLang]).toEqual(["ar", "fr"]);
    expect(doc.units.map(({ source, target }) => [source, target])).toEqual([["الحكومة تستقيل", "Le gouvernement démissionne"]]);
    const withPublic = po2tmx.replace(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, `<!DOCTYPE tmx PUBLIC "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN" 'tmx14.dtd'>`);
    expect(parseTmx(withPublic, "public.tmx").units).toHaveLength(1);
  });

  it("a malformed-XML error after the DOCTYPE still points at the right line", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n<body><<</body></tmx>`;
    try {
      parseTmx(xml, "bad.tmx");
      throw new Error("expected a FormatError");
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError);
      expect((error as FormatError).params).toMatchObject({ line: 4 });
    }
  });

  it.each([
    ["billion laughs", `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<tmx version="1.4"><body><tu><tuv xml:lang="ar"><seg>&lol2;</seg></tuv></tu></body></tmx>`],
    ["external entity", `<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4"/>`],
    ["parameter entity", `<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.org/x.dtd"> %p;]><tmx version="1.4"/>`],
    ["DOCTYPE after a comment with an internal subset", `<!-- x --><!DOCTYPE tmx SYSTEM "a" [ ]><tmx version="1.4"/>`],
  ])("%s is still refused", (_name, xml) => {
    expect(errorCode(() => parseTmx(xml, "evil.tmx"))).toBe("xml.entities-forbidden");
  });
});

describe("XLIFF 2.1: order, ignorables, notes, missing targets, states", () => {
  it("reads the fixture unit by unit", async () => {
    const doc = parseXliff(await fixture("order-ignorable-2.1.xlf"), "floods.xlf");
    expect(unitsOf(doc)).toEqual([
      {
        id: "u1",
        source: "قالت الأرصاد الثلاثاء. إن السيول ستضرب 12 محافظة،",
        // <target order="3"> and <target order="1">: the sentences come out in target order.
        target: "Floods will hit 12 provinces, the weather office said on Tuesday.",
        // The file's note goes to the first unit of the file.
        notes: ["House style: British spelling."],
        state: "reviewed",
        approved: true,
      },
      // The space of an <ignorable> with only a source is kept between the two translated sentences.
      { id: "u2", source: "العبارة 1. العبارة 2.", target: "Phrase 1. Phrase 2.", notes: [], state: "translated", approved: false },
      {
        id: "u3",
        source: "وقال الوزير: «نحن مستعدون». وأضاف أن الجيش في حالة تأهب.",
        target: 'The minister said: "We are ready." ',
        // The group's note goes to the group's first unit.
        notes: ["Quotes from the minister."],
        // The second segment claims state="final" but has no target: the unit is not translated.
        state: "initial",
        approved: false,
      },
      { id: "u4", source: "وأُغلقت المدارس.", target: "Schools were closed.", notes: [], state: "initial", approved: false },
    ]);
    expect(doc.warnings).toEqual([
      { code: "untranslatable-skipped", params: { count: 1 } },
      { code: "segments-without-target", params: { count: 1, units: "u3" } },
    ]);
  });

  it("lists at most five unit ids when many units lack a translated segment", () => {
    const unit = (id: number) =>
      `<unit id="n${id}"><segment><source>أ.</source><target>A.</target></segment><segment><source>ب.</source></segment></unit>`;
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f">${[1, 2, 3, 4, 5, 6, 7].map(unit).join("")}</file></xliff>`;
    expect(parseXliff(xml, "many.xlf").warnings).toEqual([{ code: "segments-without-target", params: { count: 7, units: "n1, n2, n3, n4, n5, …" } }]);
  });

  it("a unit where no segment has a target is just untranslated (no warning)", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f"><unit id="1"><segment><source>أ.</source></segment><ignorable><source> </source></ignorable><segment><source>ب.</source></segment></unit></file></xliff>`;
    const doc = parseXliff(xml, "empty.xlf");
    expect(doc.units.map(({ source, target }) => [source, target])).toEqual([["أ. ب.", ""]]);
    expect(doc.warnings).toEqual([]);
  });

  it("invalid or repeated order values fall back to document order", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f"><unit id="1">
      <segment><source>أ</source><target order="9">A</target></segment>
      <segment><source>ب</source><target order="1">B</target></segment>
      <segment><source>ج</source><target order="1">C</target></segment>
    </unit></file></xliff>`;
    // B claims slot 1; A (order out of range) and C (slot taken) go to the next free slots after their own.
    expect(parseXliff(xml, "order.xlf").units[0]!.target).toBe("BAC");
  });
});

describe("XLIFF 1.2 from translate-toolkit's po2xliff", () => {
  it("skips the PO header unit and translate=\"no\" units (also inherited from a group); keeps states and group notes", async () => {
    const doc = parseXliff(await fixture("po2xliff-style-1.2.xlf"), "elections.xlf");
    expect([doc.sourceLang, doc.targetLang, doc.title]).toEqual(["ar", "en", "elections.po"]);
    expect(unitsOf(doc)).toEqual([
      {
        id: "headline",
        source: "اللجنة تعلن موعد الانتخابات",
        target: "Commission announces election date",
        notes: ["Headline, keep under 60 characters."],
        state: "translated",
        approved: true,
      },
      {
        id: "p1",
        source: "تجري الانتخابات في 14 أيار/مايو.",
        target: "The elections will be held on 4 May.",
        notes: ["Body text of the article."],
        state: "needs-review-translation",
        approved: false,
      },
      { id: "p2", source: "ودُعي 62 مليون ناخب إلى الاقتراع.", target: "62 million voters.", notes: [], state: "needs-translation", approved: false },
    ]);
    expect(doc.warnings).toEqual([{ code: "untranslatable-skipped", params: { count: 2 } }]);
  });
});

describe("XLIFF export states", () => {
  const article: ExportArticle = {
    id: "states",
    title: "States",
    sourceLang: "ar",
    targetLang: "en",
    status: "in_review",
    rows: [
      { source: ["أ"], target: ["A"], originalTarget: ["A"], reviewed: true },
      { source: ["ب"], target: ["B"], originalTarget: ["B"], reviewed: false },
      { source: ["ج"], target: [""], originalTarget: [""], reviewed: false },
    ],
  };

  it("XLIFF 1.2: reviewed → final, not reviewed → needs-review-translation, empty → needs-translation", () => {
    const states = [...exportXliff12(article).matchAll(/<target state="([^"]+)">/g)].map((match) => match[1]);
    expect(states).toEqual(["final", "needs-review-translation", "needs-translation"]);
  });

  it("XLIFF 1.2 round trip keeps the needs-* states and only the reviewed row approved", () => {
    const doc = parseXliff(exportXliff12(article), "rt.xlf");
    expect(doc.units.map(({ state, approved }) => [state, approved])).toEqual([
      ["final", true],
      ["needs-review-translation", false],
      ["needs-translation", false],
    ]);
  });

  it("XLIFF 2.1: reviewed → final, not reviewed → translated, empty → initial", () => {
    const states = [...exportXliff21(article).matchAll(/<segment state="([^"]+)">/g)].map((match) => match[1]);
    expect(states).toEqual(["final", "translated", "initial"]);
  });
});

describe("export file names", () => {
  it("the two XLIFF downloads of one article get different names", async () => {
    const article: ExportArticle = { id: "a", title: "Floods hit the south", sourceLang: "ar", targetLang: "en", status: "draft", rows: [] };
    const names = await Promise.all(
      (["xliff", "xliff12", "tmx", "docx"] as const).map(async (format) => exportFileName(article.title, (await exportArticle(article, format)).extension)),
    );
    expect(names).toEqual(["floods-hit-the-south-xliff21.xlf", "floods-hit-the-south-xliff12.xlf", "floods-hit-the-south.tmx", "floods-hit-the-south.docx"]);
  });
});

describe("Word files", () => {
  it("footnotes (docx package, Title style): no [1] markers, no ↑ back-links, notes last, a warning", async () => {
    const result = await importFile(await fixtureBytes("footnotes.en.docx"), "footnotes.en.docx");
    expect(result).toEqual({
      kind: "monolingual",
      doc: {
        paragraphs: [
          "Inflation rises to 7.2%",
          "Inflation rose to 7.2% in September. Food prices led the rise.",
          "The central bank said prices would stabilise.",
          "Figures from the Central Agency for Statistics, March 2026.",
          "The bank did not say when the rate would change.",
        ],
        title: "Inflation rises to 7.2%",
        warnings: [{ code: "docx-footnotes", params: { count: 2 } }],
      },
    });
  });

  it("stripNoteMarkers removes mammoth's footnote and endnote markers only", () => {
    const html =
      '<p>Rose.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> Fell<sup><a href="#endnote-0" id="endnote-ref-0">[i]</a></sup>.</p>' +
      '<p>See <a href="https://example.org">[1]</a> and ↑ here.</p>' +
      '<ol><li id="footnote-1"><p>A note. <a href="#footnote-ref-1">↑</a></p></li><li id="endnote-0"><p>An endnote. <a href="#endnote-ref-0">↑</a></p></li></ol>';
    expect(stripNoteMarkers(html)).toEqual({
      html: '<p>Rose. Fell.</p><p>See <a href="https://example.org">[1]</a> and ↑ here.</p><ol><li id="footnote-1"><p>A note.</p></li><li id="endnote-0"><p>An endnote.</p></li></ol>',
      notes: 2,
    });
  });

  const article: ExportArticle = {
    id: "w",
    title: "Floods hit the south",
    sourceLang: "ar",
    targetLang: "en",
    status: "approved",
    rows: [
      { source: ["أ"], target: ["First paragraph."], originalTarget: ["First paragraph."], reviewed: true },
      { source: ["ب"], target: ["Second paragraph."], originalTarget: ["Second paragraph."], reviewed: true },
    ],
  };
  const partOf = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async("string");

  it("the title is a real heading (built-in 'heading 1', outline level 0) and paragraphs have spacing", async () => {
    const bytes = await exportDocx(article);
    const styles = await partOf(bytes, "word/styles.xml");
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276"/></w:pPr></w:pPrDefault>');
    const heading = styles.slice(styles.indexOf('w:styleId="Heading1"'), styles.indexOf("</w:style>", styles.indexOf('w:styleId="Heading1"')));
    expect(heading).toContain('<w:name w:val="heading 1"/>');
    expect(heading).toContain('<w:outlineLvl w:val="0"/>');
    expect(heading).toContain("<w:keepNext/>");
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    const document = await partOf(bytes, "word/document.xml");
    expect(document).toContain('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:lang w:val="en"/></w:rPr><w:t xml:space="preserve">Floods hit the south</w:t>');
  });

  it("an Arabic title over an English translation is tagged Arabic and right-to-left; the body stays English", async () => {
    const document = await partOf(await exportDocx({ ...article, title: "سيول تضرب الجنوب" }), "word/document.xml");
    expect(document).toContain(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/><w:lang w:val="ar" w:bidi="ar"/></w:rPr><w:t xml:space="preserve">سيول تضرب الجنوب</w:t>',
    );
    expect(document).toContain('<w:p><w:r><w:rPr><w:lang w:val="en"/></w:rPr><w:t xml:space="preserve">First paragraph.</w:t>');
  });

  it.each([
    ["Floods hit the south", "ar", "en", "en"],
    ["سيول تضرب الجنوب", "ar", "en", "ar"],
    ["سيول تضرب الجنوب", "ar", "fr", "ar"],
    ["Inondations dans le sud", "ar", "fr", "fr"],
    ["Floods hit the south", "en", "ar", "en"],
    ["سيول تضرب الجنوب", "en", "ar", "ar"],
    ["2026", "ar", "en", "en"],
    ["«COP30» في بيليم", "ar", "en", "ar"],
  ])("titleLanguage(%j, %s → %s) = %s", (title, source, target, expected) => {
    expect(titleLanguage(title, source, target)).toBe(expected);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("reads Arabic UTF-16LE (CRLF) and English UTF-16BE text files", async () => {
    expect(await importFile(await fixtureBytes("utf16le-no-bom.ar.txt"), "article.ar.txt")).toEqual({
      kind: "monolingual",
      doc: { paragraphs: ["القاهرة — أعلنت الحكومة خطة جديدة للنقل العام.", "وتشمل الخطة 40 حافلة كهربائية."], warnings: [] },
    });
    expect(await importFile(await fixtureBytes("utf16be-no-bom.en.txt"), "article.en.txt")).toEqual({
      kind: "monolingual",
      doc: { paragraphs: ["Cairo — The government announced a new public transport plan.", "The plan includes 40 electric buses."], warnings: [] },
    });
  });

  it("reads a UTF-16LE XLIFF without BOM (sniffed by content too)", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en"><file id="f"><unit id="1"><segment><source>مرحبا</source><target>Hello</target></segment></unit></file></xliff>`;
    const bytes = new Uint8Array(Buffer.from(xml, "utf16le"));
    const result = await importFile(bytes, "export.xml");
    expect(result.kind).toBe("bilingual");
    expect(result.kind === "bilingual" && result.doc.units.map(({ source, target }) => [source, target])).toEqual([["مرحبا", "Hello"]]);
  });

  it.each([
    ["ASCII in UTF-16LE", Buffer.from("Hello, world.", "utf16le"), "utf-16le"],
    ["Arabic in UTF-16LE", Buffer.from("قال الوزير إن 3 سفن وصلت.", "utf16le"), "utf-16le"],
    ["ASCII in UTF-16BE", Buffer.from(Buffer.from("Hello, world.", "utf16le").swap16()), "utf-16be"],
    ["UTF-8 Arabic", Buffer.from("قال الوزير إن 3 سفن وصلت.", "utf8"), undefined],
    ["UTF-8 ASCII", Buffer.from("Hello, world.", "utf8"), undefined],
    ["Arabic without spaces or ASCII (no NUL bytes)", Buffer.from("قالالوزير", "utf16le"), undefined],
    ["NUL bytes on both positions (binary)", Buffer.from([0, 0, 1, 0, 0, 0, 2, 0, 0, 0]), undefined],
    ["one byte", Buffer.from([0x41]), undefined],
  ])("sniffUtf16WithoutBom: %s → %s", (_name, bytes, expected) => {
    expect(sniffUtf16WithoutBom(new Uint8Array(bytes))).toBe(expected);
  });

  it("an odd-length UTF-16LE file is refused as not readable text", () => {
    const bytes = new Uint8Array([...Buffer.from("Hello world", "utf16le"), 0x41]);
    expect(errorCode(() => decodeText(bytes, "odd.txt"))).toBe("encoding.invalid-utf8");
  });
});
