import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../lib/formats/errors";
import { diffParagraphWords, exportDocx } from "../../lib/formats/export/docx";
import { targetParagraphs } from "../../lib/formats/export-text";
import { importFile } from "../../lib/formats/import";
import { importDocx } from "../../lib/formats/import/docx";
import { ARTICLES } from "../fixtures/formats/articles";

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FormatError) return error.code;
    throw error;
  }
  return "no error";
}

describe("DOCX export", () => {
  it.each(ARTICLES.map((article) => [article.id, article.targetLang, article] as const))(
    "%s (%s): mammoth reads back the title and corrected paragraphs in order",
    async (_id, _lang, article) => {
      const bytes = await exportDocx(article);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      const paragraphs = value.split("\n").filter((line) => line.trim() !== "");
      expect(paragraphs).toEqual([article.title, ...targetParagraphs(article)]);
    },
  );

  it.each([
    ["ar", true],
    ["en", false],
    ["fr", false],
  ])("target %s: bidirectional paragraphs and RTL runs = %s", async (lang, rtl) => {
    const xml = await documentXml(await exportDocx({ ...ARTICLES[2], targetLang: lang }));
    expect(xml.includes("<w:bidi/>")).toBe(rtl);
    expect(xml.includes("<w:rtl/>")).toBe(rtl);
    expect(xml).toContain(`w:val="${lang}"`);
  });

  it("writes tracked insertions and deletions against the original target (Arabic word diff)", async () => {
    const article = ARTICLES[4];
    const bytes = await exportDocx(article, { trackChanges: true, author: "Mona", date: "2024-03-05T10:00:00Z" });
    const xml = await documentXml(bytes);
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((match) => match[1]);
    const inserted = [...xml.matchAll(/<w:ins [^>]*>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(deleted.join("|")).toContain("وقللت");
    expect(inserted.join("|")).toContain("وخفضت");
    expect(deleted.join("|")).toContain("يوم");
    expect(xml).toContain('w:author="Mona"');
    expect(xml).toContain('w:date="2024-03-05T10:00:00Z"');
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("word/settings.xml")!.async("string")).toContain("<w:trackRevisions/>");
    // Accepting all changes (what mammoth shows) gives the corrected text.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split("\n").filter(Boolean)).toEqual([article.title, ...targetParagraphs(article)]);
  });

  it("unchanged paragraphs carry no revision marks", async () => {
    const article = { ...ARTICLES[4], rows: [ARTICLES[4].rows[1]] };
    const xml = await documentXml(await exportDocx(article, { trackChanges: true }));
    expect(xml).not.toMatch(/<w:(ins|del) /);
  });

  it.each([
    ["ar", "قال الناطق إن المحادثات انتهت", "قال المتحدث إن المحادثات انتهت", ["الناطق"], ["المتحدث"]],
    ["en", "The court postponed the trial", "The court adjourned the trial", ["postponed"], ["adjourned"]],
    ["fr", "Il a gagné la coupe", "Il a remporté la coupe", ["gagné"], ["remporté"]],
  ])("diffParagraphWords (%s)", (lang, before, after, deletions, insertions) => {
    const pieces = diffParagraphWords(before, after, lang);
    expect(pieces.filter(([kind]) => kind === "delete").map(([, text]) => text.trim())).toEqual(deletions);
    expect(pieces.filter(([kind]) => kind === "insert").map(([, text]) => text.trim())).toEqual(insertions);
    expect(pieces.filter(([kind]) => kind !== "delete").map(([, text]) => text).join("")).toBe(after);
    expect(pieces.filter(([kind]) => kind !== "insert").map(([, text]) => text).join("")).toBe(before);
  });
});

/** A Word file shaped like a newsroom's: headings, body, an RTL Arabic paragraph, an empty paragraph. */
async function newsroomDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Flood warning for the Nile delta")] }),
          new Paragraph({ children: [new TextRun("Authorities issued a "), new TextRun({ text: "red", bold: true }), new TextRun(" alert on Thursday.")] }),
          new Paragraph({ children: [] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Evacuations")] }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: "أجلت السلطات 1200 أسرة من القرى المنخفضة.", rightToLeft: true })] }),
          new Paragraph({ children: [new TextRun("Schools will stay closed.")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

describe("DOCX import", () => {
  it("reads headings and paragraphs in order, Arabic included", async () => {
    const result = await importFile(await newsroomDocx(), "flood.docx");
    expect(result).toEqual({
      kind: "monolingual",
      doc: {
        paragraphs: [
          "Flood warning for the Nile delta",
          "Authorities issued a red alert on Thursday.",
          "Evacuations",
          "أجلت السلطات 1200 أسرة من القرى المنخفضة.",
          "Schools will stay closed.",
        ],
        title: "Flood warning for the Nile delta",
        warnings: [],
      },
    });
  });

  it("round-trips our own export", async () => {
    const article = ARTICLES[2];
    const doc = await importDocx(await exportDocx(article), "health.docx");
    expect(doc.paragraphs).toEqual([article.title, ...targetParagraphs(article)]);
  });

  it("truncated docx → docx.corrupt", async () => {
    const bytes = await newsroomDocx();
    expect(await codeOf(() => importDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), "cut.docx"))).toBe("docx.corrupt");
  });

  it("flipped bytes inside an entry → docx.corrupt", async () => {
    const bytes = (await newsroomDocx()).slice();
    for (let index = 200; index < 260; index += 1) bytes[index] ^= 0xff;
    expect(await codeOf(() => importDocx(bytes, "flipped.docx"))).toBe("docx.corrupt");
  });

  it.each([
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]), "docx.corrupt"],
    ["old .doc (OLE)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0)]), "docx.legacy-format"],
  ])("%s → %s", async (_name, bytes, code) => {
    expect(await codeOf(() => importDocx(bytes, "x.docx"))).toBe(code);
  });

  it("zip without word/document.xml → docx.missing-document", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "not word");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await codeOf(() => importDocx(bytes, "fake.docx"))).toBe("docx.missing-document");
  });

  it("zip bomb-like entry (high compression ratio) → docx.suspicious-compression, before inflating", async () => {
    const zip = await JSZip.loadAsync(await newsroomDocx());
    zip.file("word/media/padding.bin", new Uint8Array(20 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(MAX_SMALL);
    expect(await codeOf(() => importDocx(bytes, "bomb.docx"))).toBe("docx.suspicious-compression");
  });

  it("a central directory that lies about sizes is caught while inflating", async () => {
    const zip = await JSZip.loadAsync(await newsroomDocx());
    zip.file("word/media/big.bin", new Uint8Array(3 * 1024 * 1024).map((_, index) => (index * 7919) % 251));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Patch the central directory record of big.bin: declared uncompressed size 10 bytes.
    const view = new DataView(bytes.buffer);
    const name = new TextEncoder().encode("word/media/big.bin");
    for (let offset = 0; offset < bytes.length - 46; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50 && name.every((byte, index) => bytes[offset + 46 + index] === byte)) {
        view.setUint32(offset + 24, 10, true);
      }
    }
    expect(await codeOf(() => importDocx(bytes, "liar.docx"))).toBe("docx.too-large");
  });

  it("too many entries → docx.too-many-entries", async () => {
    const zip = await JSZip.loadAsync(await newsroomDocx());
    for (let index = 0; index < 2100; index += 1) zip.file(`customXml/item${index}.xml`, "<a/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await codeOf(() => importDocx(bytes, "many.docx"))).toBe("docx.too-many-entries");
  });
});

const MAX_SMALL = 1024 * 1024;
