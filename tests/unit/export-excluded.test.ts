import JSZip from "jszip";
import mammoth from "mammoth";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportArticle, exportHtml, exportMarkdown, exportTxt, type ExportArticle } from "../../lib/formats";
import { exportTmx } from "../../lib/formats/export/tmx";
import { exportXliff12, exportXliff21 } from "../../lib/formats/export/xliff";

// Rows as the data layer builds them: excluded translation paragraphs are never in `target`, only in `excluded`.
const article: ExportArticle = {
  id: "a1",
  title: "Flood warning",
  sourceLang: "ar",
  targetLang: "en",
  status: "in_review",
  rows: [
    { source: ["حذرت الأرصاد من سيول."], target: ["The weather office warned of floods."], originalTarget: ["The weather office warned of floods."], reviewed: true },
    {
      source: ["ودعت السكان إلى الحذر."],
      target: ["It urged residents to be careful."],
      originalTarget: ["It urged residents to take care."],
      reviewed: true,
      excluded: [{ text: "Share this article", originalText: "Share this article", at: 1 }],
    },
    { source: [], target: [], originalTarget: [], reviewed: false, excluded: [{ text: "Flood warning issued", originalText: "Flood warning issued", at: 0 }] },
    { source: ["وأغلقت المدارس."], target: [], originalTarget: [], reviewed: true, excluded: [{ text: "Advertisement", originalText: "Advertisement", at: 0 }] },
    {
      source: ["وفتحت الملاجئ."],
      target: ["Shelters opened."],
      originalTarget: ["Shelters opened."],
      reviewed: false,
      excluded: [{ text: "Read more", originalText: "Read more", at: 0 }],
    },
  ],
};
const EXCLUDED = ["Share this article", "Flood warning issued", "Advertisement", "Read more"];

describe("exports leave excluded translation paragraphs out", () => {
  it("text formats hold only the kept paragraphs", () => {
    expect(exportTxt(article)).toBe("The weather office warned of floods.\n\nIt urged residents to be careful.\n\nShelters opened.\n");
    expect(exportMarkdown(article)).toBe("# Flood warning\n\nThe weather office warned of floods.\n\nIt urged residents to be careful.\n\nShelters opened.\n");
    const html = exportHtml(article);
    for (const text of EXCLUDED) expect(html).not.toContain(text);
    expect(html).toContain("<p>Shelters opened.</p>");
  });

  it("XLIFF 2.1 keeps units with a source (no target when all was excluded), notes the exclusion, drops the empty unit", () => {
    const xliff = exportXliff21(article);
    expect(XMLValidator.validate(xliff)).toBe(true);
    for (const text of EXCLUDED) expect(xliff).not.toContain(text);
    expect([...xliff.matchAll(/<unit id="([^"]+)">/g)].map((m) => m[1])).toEqual(["0", "1", "3", "4"]);
    const note = '<note category="tadqiq">A translation paragraph of this unit was excluded from the corrected article.</note>';
    expect(xliff).toContain(`    <unit id="3">
      <notes>
        ${note}
      </notes>
      <segment state="final">
        <source xml:space="preserve">وأغلقت المدارس.</source>
      </segment>
    </unit>`);
    expect(xliff.split(note).length - 1).toBe(3);
    expect(xliff).toContain('<target xml:space="preserve">It urged residents to be careful.</target>');
  });

  it("XLIFF 1.2 does the same with a note from tadqiq", () => {
    const xliff = exportXliff12(article);
    expect(XMLValidator.validate(xliff)).toBe(true);
    for (const text of EXCLUDED) expect(xliff).not.toContain(text);
    expect([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1])).toEqual(["0", "1", "3", "4"]);
    expect(xliff.split('<note from="tadqiq">A translation paragraph of this unit was excluded from the corrected article.</note>').length - 1).toBe(3);
  });

  it("TMX never carries an excluded translation: reviewed pairs with a kept translation only", () => {
    const tmx = exportTmx(article);
    expect(XMLValidator.validate(tmx)).toBe(true);
    for (const text of EXCLUDED) expect(tmx).not.toContain(text);
    expect([...tmx.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1])).toEqual([
      "حذرت الأرصاد من سيول.",
      "The weather office warned of floods.",
      "ودعت السكان إلى الحذر.",
      "It urged residents to be careful.",
    ]);
  });

  it("JSON keeps the corrected text apart from the excluded paragraphs", async () => {
    const file = await exportArticle(article, "json");
    const json = JSON.parse(file.body as string) as { rows: { target: string[]; excluded?: unknown[] }[] };
    expect(json.rows.map((row) => row.target)).toEqual([["The weather office warned of floods."], ["It urged residents to be careful."], [], [], ["Shelters opened."]]);
    expect(json.rows.map((row) => row.excluded ?? [])).toEqual([
      [],
      [{ text: "Share this article", originalText: "Share this article", at: 1 }],
      [{ text: "Flood warning issued", originalText: "Flood warning issued", at: 0 }],
      [{ text: "Advertisement", originalText: "Advertisement", at: 0 }],
      [{ text: "Read more", originalText: "Read more", at: 0 }],
    ]);
  });

  it("Word leaves them out; with tracked changes each is a deleted paragraph where it stood", async () => {
    const plain = (await exportArticle(article, "docx")).body as Uint8Array;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(plain) })).value;
    for (const excluded of EXCLUDED) expect(text).not.toContain(excluded);

    const tracked = (await exportArticle(article, "docx", { trackChanges: true, author: "Salma", date: "2026-01-01T00:00:00Z" })).body as Uint8Array;
    const xml = await (await JSZip.loadAsync(tracked)).file("word/document.xml")!.async("string");
    const order = ["warned of floods", "careful", "Share this article", "Flood warning issued", "Advertisement", "Read more", "Shelters opened"].map((needle) => xml.indexOf(needle));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const excluded of EXCLUDED) expect(xml).toMatch(new RegExp(`<w:delText[^>]*>${excluded}</w:delText>`));
    expect((await mammoth.extractRawText({ buffer: Buffer.from(tracked) })).value).not.toContain("Advertisement");
  });
});
