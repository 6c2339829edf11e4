import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError, isFormatError } from "../../lib/formats/errors";
import { importFile } from "../../lib/formats/import";
import { decodeText } from "../../lib/formats/import/decode";
import { importTxt, splitParagraphs } from "../../lib/formats/import/text";
import { MAX_FILE_BYTES, MAX_PARAGRAPHS } from "../../lib/formats/limits";

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error.code;
    throw error;
  }
  return "no error";
}

async function asyncCodeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FormatError) return error.code;
    throw error;
  }
  return "no error";
}

describe("decodeText", () => {
  it.each([
    ["plain UTF-8 Arabic", utf8("المحكمة تؤجل الجلسة"), "المحكمة تؤجل الجلسة"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("élection")]), "élection"],
    ["UTF-16 LE with BOM", new Uint8Array([0xff, 0xfe, 0x45, 0x06, 0x20, 0x00, 0x61, 0x00]), "م a"],
    ["UTF-16 BE with BOM", new Uint8Array([0xfe, 0xff, 0x06, 0x45, 0x00, 0x20, 0x00, 0x61]), "م a"],
    ["emoji (4-byte UTF-8)", utf8("goal ⚽ 🏆"), "goal ⚽ 🏆"],
  ])("decodes %s", (_name, bytes, expected) => {
    expect(decodeText(bytes, "f.txt")).toBe(expected);
  });

  it.each([
    ["Latin-1 é", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 3],
    ["Windows-1256 Arabic", new Uint8Array([0xe3, 0xcd, 0xc7, 0xdf, 0xe3, 0xc9]), 0],
    ["overlong encoding", new Uint8Array([0x41, 0xc0, 0xaf]), 1],
    ["UTF-8 encoded surrogate", new Uint8Array([0xed, 0xa0, 0x80]), 0],
    ["truncated sequence", new Uint8Array([0x41, 0x42, 0xd9]), 2],
    ["odd-length UTF-16 with BOM", new Uint8Array([0xff, 0xfe, 0x41]), 0],
  ])("rejects %s with encoding.invalid-utf8 at the right offset", (_name, bytes, offset) => {
    try {
      decodeText(bytes, "old.txt");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError);
      expect((error as FormatError).code).toBe("encoding.invalid-utf8");
      expect((error as FormatError).params).toEqual({ fileName: "old.txt", offset });
      expect((error as FormatError).message).toContain("old.txt is not UTF-8 text");
    }
  });
});

describe("splitParagraphs", () => {
  it.each([
    ["one paragraph per line", "Line one.\nLine two.\n\nLine three.\n", ["Line one.", "Line two.", "Line three."]],
    ["CRLF and trailing spaces", "أ  \r\nب\r\n\r\n", ["أ", "ب"]],
    ["old Mac CR", "a\rb", ["a", "b"]],
    [
      "hard-wrapped blocks are joined",
      "The storm closed three ports\non Monday, officials said.\n\nFerries were cancelled\nuntil Wednesday.\n",
      ["The storm closed three ports on Monday, officials said.", "Ferries were cancelled until Wednesday."],
    ],
    [
      "headline block plus one wrapped block",
      "عاصفة رملية\n\nضربت عاصفة رملية جنوب البلاد\nالثلاثاء وخفضت الرؤية.",
      ["عاصفة رملية", "ضربت عاصفة رملية جنوب البلاد الثلاثاء وخفضت الرؤية."],
    ],
    [
      "mostly single-line blocks keep lines",
      "Title\n\nFirst paragraph.\n\nSecond.\n\nAddress line 1\nAddress line 2\n\nLast.",
      ["Title", "First paragraph.", "Second.", "Address line 1", "Address line 2", "Last."],
    ],
    ["no blank lines: every line", "a\nb\nc", ["a", "b", "c"]],
    ["paragraph separator U+2029", "x\u2029y", ["x", "y"]],
    ["only whitespace", " \n\t\n ", []],
    ["leading BOM", "\uFEFFنص", ["نص"]],
  ])("%s", (_name, text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it("reads the sample article as one paragraph per line", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../../fixtures/cairo-talks/en.txt", import.meta.url), "utf8");
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    expect(splitParagraphs(text)).toEqual(lines.map((line) => line.trim()));
  });

  it("property: never throws and preserves each line's text", () => {
    const line = fc.string({ unit: "grapheme", maxLength: 40 }).map((text) => text.replace(/[\r\n\u0085\u2028\u2029]/g, " ").trim()).filter((text) => text !== "");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        expect(splitParagraphs(lines.join("\n"))).toEqual(lines);
        expect(splitParagraphs(lines.join("\n\n"))).toEqual(lines);
      }),
    );
  });
});

describe("importTxt / importFile limits", () => {
  it("property: the text importer only ever throws FormatError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("a.txt", "b.md", "c.html", "d.xlf", "e.tmx", "f.docx", "g.xml", "h"), async (bytes, name) => {
        try {
          const result = await importFile(bytes, name);
          if (result.kind === "monolingual") for (const paragraph of result.doc.paragraphs) expect(paragraph.trim()).toBe(paragraph);
        } catch (error) {
          expect(isFormatError(error)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("property: importTxt keeps every non-empty line of valid UTF-8 text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 30 }), (pieces) => {
        const lines = pieces.map((piece) => piece.replace(/[\r\n\u0085\u2028\u2029]/g, " ").trim()).filter(Boolean);
        if (lines.length === 0) return;
        expect(importTxt(utf8(lines.join("\n")), "p.txt").paragraphs).toEqual(lines);
      }),
    );
  });

  it(`accepts exactly ${MAX_PARAGRAPHS} paragraphs and rejects ${MAX_PARAGRAPHS + 1}`, () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `الفقرة ${index}`).join("\n");
    expect(importTxt(utf8(lines(MAX_PARAGRAPHS)), "ok.txt").paragraphs).toHaveLength(MAX_PARAGRAPHS);
    try {
      importTxt(utf8(lines(MAX_PARAGRAPHS + 1)), "long.txt");
      expect.unreachable();
    } catch (error) {
      expect((error as FormatError).code).toBe("too-many-paragraphs");
      expect((error as FormatError).params).toEqual({ fileName: "long.txt", count: MAX_PARAGRAPHS + 1, limit: MAX_PARAGRAPHS });
    }
  });

  it.each(["big.txt", "big.docx", "big.xlf", "big.html"])("rejects a file over 10 MB before reading it (%s)", async (name) => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await asyncCodeOf(() => importFile(bytes, name))).toBe("file.too-large");
    expect(codeOf(() => importTxt(new Uint8Array(MAX_FILE_BYTES).fill(0x61), "edge.txt"))).toBe("no error");
  });

  it.each([
    ["empty.txt", new Uint8Array(), "file.empty"],
    ["blank.txt", utf8("  \n \n"), "file.no-text"],
    ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), "encoding.invalid-utf8"],
    ["picture.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "file.unsupported-type"],
    ["sheet.xlsx", utf8("hello"), "file.unsupported-type"],
  ])("%s → %s", async (name, bytes, code) => {
    expect(await asyncCodeOf(() => importFile(bytes, name))).toBe(code);
  });
});
