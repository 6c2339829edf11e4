import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripXmlInvalid } from "../../lib/formats/escape";
import { FormatError } from "../../lib/formats/errors";
import { exportTmx } from "../../lib/formats/export/tmx";
import { exportXliff12, exportXliff21, joinUnitParagraphs, splitUnitParagraphs } from "../../lib/formats/export/xliff";
import { importFile } from "../../lib/formats/import";
import { parseTmx } from "../../lib/formats/import/tmx";
import { parseXliff } from "../../lib/formats/import/xliff";
import type { ExportArticle } from "../../lib/formats/types";
import { ARTICLES } from "../fixtures/formats/articles";

const fixture = async (name: string) => (await readFile(new URL(`../fixtures/formats/${name}`, import.meta.url))).toString("utf8");

function errorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

const exporters = [
  ["XLIFF 2.1", exportXliff21],
  ["XLIFF 1.2", exportXliff12],
] as const;

describe.each(exporters)("%s export → import round trip", (_name, exporter) => {
  it.each(ARTICLES.map((article) => [article.id, article] as const))("%s keeps pairing, paragraphs, notes, state and languages", (_id, article) => {
    const doc = parseXliff(exporter(article), "rt.xlf");
    expect(doc.sourceLang).toBe(article.sourceLang);
    expect(doc.targetLang).toBe(article.targetLang);
    expect(doc.title).toBe(article.title);
    expect(doc.units).toHaveLength(article.rows.length);
    article.rows.forEach((row, index) => {
      const unit = doc.units[index];
      expect(unit.id).toBe(row.id ?? String(index));
      expect(splitUnitParagraphs(unit.source)).toEqual(row.source);
      expect(splitUnitParagraphs(unit.target)).toEqual(row.target);
      expect(unit.notes).toEqual(row.notes ?? []);
      expect(unit.approved).toBe(row.reviewed);
    });
    expect(doc.warnings).toEqual([]);
  });

  it("property: arbitrary Unicode (XML specials, Arabic, control characters) survives; XML-invalid characters are dropped", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom("<", "&", "]]>", '"', "'", "&amp;", "<!DOCTYPE x>", "قال «نعم» & ذهب", "\t", "\r", " lead", "trail ", "\u0000\u0008", "\uFFFE", "\uD800"),
    );
    const row = fc.record({
      source: fc.array(text, { maxLength: 3 }),
      target: fc.array(text, { maxLength: 3 }),
      notes: fc.array(text.filter((note) => stripXmlInvalid(note).trim() !== ""), { maxLength: 2 }),
      reviewed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const article: ExportArticle = {
          id: "p",
          title: "t",
          sourceLang: "ar",
          targetLang: "en",
          status: "x",
          rows: rows.map((item) => ({ ...item, originalTarget: item.target })),
        };
        const doc = parseXliff(exporter(article), "p.xlf");
        rows.forEach((item, index) => {
          expect(doc.units[index].source).toBe(stripXmlInvalid(joinUnitParagraphs(item.source)));
          expect(doc.units[index].target).toBe(stripXmlInvalid(joinUnitParagraphs(item.target)));
          expect(doc.units[index].notes).toEqual(item.notes.map((note) => stripXmlInvalid(note).trim()));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("XLIFF from other tools", () => {
  it("reads Okapi-style 1.2 with <g>, <x/>, <bx/>, <ex/>, <ph>, groups, alt-trans and approved flags", async () => {
    const doc = parseXliff(await fixture("okapi-style-1.2.xlf"), "okapi.xlf");
    expect(doc.sourceLang).toBe("ar");
    expect(doc.targetLang).toBe("en-US");
    expect(doc.title).toBe("elections-2024.html");
    expect(doc.units.map(({ id, source, target, notes, state, approved }) => ({ id, source, target, notes, state, approved }))).toEqual([
      {
        id: "tu1",
        source: "اللجنة تعلن النتائج الأولية",
        target: "Commission announces preliminary results",
        notes: ["File note: all figures are provisional.", "Headline approved by the desk."],
        state: "final",
        approved: true,
      },
      {
        id: "tu2",
        source: "بلغت نسبة المشاركة 48.6% في المحافظات الجنوبية.",
        target: "Turnout reached 48.6% in the southern provinces.",
        notes: [],
        state: "needs-review-translation",
        approved: false,
      },
      {
        id: "tu3",
        source: "وقال رئيس اللجنة إن الفرز سينتهي الخميس & النتائج النهائية الأسبوع المقبل.",
        target: "The commission chairman said counting would end on Thursday & final results next week.",
        notes: [],
        state: "translated",
        approved: false,
      },
      { id: "tu4", source: "حقوق النشر محفوظة", target: "", notes: [], state: undefined, approved: false },
    ]);
    expect(doc.warnings).toEqual([{ code: "inline-tags", params: { count: 9, tags: "<bx>, <ex>, <g>, <ph>, <x>" } }]);
  });

  it("reads memoQ-style 2.0 with <pc>, <ph>, <mrk>, <sc/>/<ec/>, several segments and ignorables", async () => {
    const doc = parseXliff(await fixture("memoq-style-2.0.xlf"), "memoq.xlf");
    expect(doc.sourceLang).toBe("ar");
    expect(doc.targetLang).toBe("fr");
    expect(doc.units.map(({ id, source, target, notes, state, approved }) => ({ id, source, target, notes, state, approved }))).toEqual([
      {
        id: "u1",
        source: "أطلقت الوزارة حملة لتطعيم مليوني طفل. وتستمر الحملة أسبوعين.",
        target: "Le ministère a lancé une campagne pour vacciner deux millions d'enfants. La campagne durera deux semaines.",
        notes: ["Document note", "Vérifier le chiffre"],
        state: "reviewed",
        approved: true,
      },
      {
        id: "u2",
        source: "ودعت الوزارة الأهالي إلى مراجعة المراكز.",
        target: "Le ministère a appelé les parents à se rendre dans les centres.",
        notes: [],
        state: "translated",
        approved: false,
      },
      { id: "u3", source: "المصدر: وزارة الصحة", target: "", notes: [], state: undefined, approved: false },
    ]);
    expect(doc.warnings).toEqual([{ code: "inline-tags", params: { count: 10, tags: "<ec>, <mrk>, <pc>, <ph>, <sc>" } }]);
  });

  it("importFile sniffs XLIFF in a .xml file", async () => {
    const result = await importFile(new TextEncoder().encode(await fixture("memoq-style-2.0.xlf")), "export.xml");
    expect(result.kind).toBe("bilingual");
  });
});

describe("hostile and broken XML", () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>&lol2;</source></trans-unit></body></file></xliff>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body><tu><tuv xml:lang="ar"><seg>&xxe;</seg></tuv></tu></body></tmx>`;

  it.each([
    ["billion laughs", billionLaughs, "a.xlf", "xml.entities-forbidden", { fileName: "a.xlf" }],
    ["external entity (XXE)", xxe, "a.tmx", "xml.entities-forbidden", { fileName: "a.tmx" }],
    [
      "mismatched tags",
      `<xliff version="2.0">\n<file id="f">\n<unit id="1"><segment><source>x</target></segment></unit></file></xliff>`,
      "m.xlf",
      "xml.malformed",
      { fileName: "m.xlf", line: 3 },
    ],
    ["truncated file", `<xliff version="1.2"><file><body><trans-unit id="1"><source>abc`, "t.xlf", "xml.malformed", { fileName: "t.xlf" }],
    ["2.0 unit without source", `<xliff version="2.0"><file id="f"><unit id="7"><segment><target>x</target></segment></unit></file></xliff>`, "s.xlf", "xliff.unit-without-source", { unitId: "7", version: "2.0" }],
    ["1.2 trans-unit without source", `<xliff version="1.2"><file><body><trans-unit id="a9"><target>x</target></trans-unit></body></file></xliff>`, "s.xlf", "xliff.unit-without-source", { unitId: "a9", element: "trans-unit" }],
    ["unknown version", `<xliff version="3.0"><file/></xliff>`, "v.xlf", "xliff.unsupported-version", { version: "3.0" }],
    ["not XLIFF", `<html><body/></html>`, "h.xlf", "xliff.not-xliff", { root: "html" }],
    ["no units", `<xliff version="2.1" srcLang="ar"><file id="f"/></xliff>`, "e.xlf", "xliff.no-units", {}],
  ])("%s → %s", (_name, xml, fileName, code, params) => {
    const error = errorOf(() => parseXliff(xml, fileName));
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject(params);
  });

  it("formats the unit id into the English message", () => {
    const error = errorOf(() => parseXliff(`<xliff version="2.0"><file id="f"><unit id="7"/></file></xliff>`, "x.xlf"));
    expect(error.message).toBe('XLIFF 2.0: <unit id="7"> has no <source>');
  });

  it("malformed XML reports line and column", () => {
    const error = errorOf(() => parseXliff(`<xliff version="1.2">\n  <file>\n    <body><<</body></file></xliff>`, "b.xlf"));
    expect(error.code).toBe("xml.malformed");
    expect(error.params.line).toBe(3);
    expect(Number(error.params.column)).toBeGreaterThan(0);
    expect(error.message).toMatch(/^b\.xlf: malformed XML at line 3, column \d+: /);
  });

  it("deep nesting is a FormatError, not a crash", () => {
    const depth = 20000;
    const xml = `<xliff version="2.0"><file id="f"><unit id="1"><segment><source>${"<pc>".repeat(depth)}x${"</pc>".repeat(depth)}</source></segment></unit></file></xliff>`;
    let outcome: string;
    try {
      outcome = parseXliff(xml, "deep.xlf").units[0].source;
    } catch (error) {
      outcome = error instanceof FormatError ? error.code : "other error";
    }
    expect(["x", "xml.malformed"]).toContain(outcome);
  });

  it("rejects more than 2,000 units", () => {
    const units = Array.from({ length: 2001 }, (_, index) => `<unit id="${index}"><segment><source>s</source></segment></unit>`).join("");
    expect(errorOf(() => parseXliff(`<xliff version="2.1"><file id="f">${units}</file></xliff>`, "many.xlf")).code).toBe("too-many-paragraphs");
  });
});

describe("TMX", () => {
  it.each(ARTICLES.map((article) => [article.id, article] as const))("%s: export holds only reviewed pairs and reads back", (_id, article) => {
    const xml = exportTmx(article);
    expect(xml).toContain(`srclang="${article.sourceLang}"`);
    expect(xml).toContain(`creationtool="tadqiq"`);
    const approved = article.rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.reviewed && row.source.join("").trim() !== "" && row.target.join("").trim() !== "");
    if (approved.length === 0) {
      expect(() => parseTmx(xml, "x.tmx")).toThrow(FormatError);
      return;
    }
    const doc = parseTmx(xml, "x.tmx");
    expect(doc.sourceLang).toBe(article.sourceLang);
    expect(doc.targetLang).toBe(article.targetLang);
    expect(doc.units.map((unit) => [unit.id, unit.source, unit.target])).toEqual(
      approved.map(({ row, index }) => [row.id ?? String(index), joinUnitParagraphs(row.source), joinUnitParagraphs(row.target)]),
    );
  });

  it("reads a three-language memory: header srclang, most frequent other language as target", async () => {
    const doc = parseTmx(await fixture("three-languages.tmx"), "tm.tmx");
    expect(doc.sourceLang).toBe("ar-SA");
    expect(doc.targetLang).toBe("en-GB");
    expect(doc.units.map(({ id, source, target, notes }) => ({ id, source, target, notes }))).toEqual([
      { id: "1", source: "فاز الفريق بالبطولة.", target: "The team won the championship.", notes: ["From the sports desk"] },
      { id: "2", source: "سجل اللاعب هدفين.", target: "The player scored twice.", notes: [] },
      { id: "4", source: "انتهت المباراة بالتعادل.", target: "", notes: [] },
    ]);
    expect(doc.warnings).toEqual([
      { code: "units-without-source", params: { count: 1, lang: "ar-SA" } },
      { code: "extra-languages", params: { count: 3, source: "ar-SA", target: "en-GB" } },
      { code: "inline-tags", params: { count: 5, tags: "<bpt>, <ept>, <hi>" } },
    ]);
  });

  it.each([
    ["no tuv language", `<tmx version="1.4"><header srclang="ar"/><body><tu tuid="5"><tuv><seg>x</seg></tuv></tu></body></tmx>`, "tmx.tuv-without-language"],
    ["only one language", `<tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar"><seg>x</seg></tuv></tu></body></tmx>`, "tmx.no-target-language"],
    ["empty body", `<tmx version="1.4"><header srclang="ar"/><body/></tmx>`, "tmx.no-units"],
    ["not TMX", `<xliff version="1.2"/>`, "tmx.not-tmx"],
    ["DOCTYPE with an internal subset", `<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY x "y">]><tmx version="1.4"/>`, "xml.entities-forbidden"],
    ["DOCTYPE with an empty internal subset", `<!DOCTYPE tmx [ ]><tmx version="1.4"/>`, "xml.entities-forbidden"],
    ["a second DOCTYPE after the root", `<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><!DOCTYPE x SYSTEM "y"></tmx>`, "xml.entities-forbidden"],
    ["ENTITY declaration without DOCTYPE", `<tmx version="1.4"><!ENTITY x "y"></tmx>`, "xml.entities-forbidden"],
  ])("%s → %s", (_name, xml, code) => {
    expect(errorOf(() => parseTmx(xml, "bad.tmx")).code).toBe(code);
  });
});
