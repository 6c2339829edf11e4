import { FormatError } from "../errors";
import { checkFileSize } from "../limits";
import { decodeText } from "./decode";
import { importDocx } from "./docx";
import { importHtml } from "./html";
import { importMarkdown } from "./markdown";
import { importTxt } from "./text";
import { importTmx } from "./tmx";
import type { ImportResult } from "./types";
import { importXliff } from "./xliff";
import { sniffRootElement } from "./xml";

export type { ImportedBilingual, ImportedDocument, ImportedUnit, ImportResult } from "./types";

type Kind = "txt" | "md" | "html" | "docx" | "xliff" | "tmx";

const EXTENSIONS: Record<string, Kind> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  xlf: "xliff",
  xliff: "xliff",
  xlf2: "xliff",
  mqxliff: "xliff",
  sdlxliff: "xliff",
  tmx: "tmx",
};

/** Extensions importFile accepts (for the upload form's accept attribute). */
export const IMPORT_EXTENSIONS = [...Object.keys(EXTENSIONS), "xml"];

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? match[1].toLowerCase() : "";
}

/** Guesses the kind of a file from its bytes (zip → docx, XML root → xliff/tmx/html). */
function sniff(bytes: Uint8Array, fileName: string): Kind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "docx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "docx";
  let head: string;
  try {
    head = decodeText(bytes.subarray(0, 4096), fileName);
  } catch {
    // The head may cut a multi-byte character in half; try the lenient decoder only for sniffing.
    head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  }
  const root = sniffRootElement(head);
  if (root === "xliff") return "xliff";
  if (root === "tmx") return "tmx";
  if (root === "html" || /^\s*<!doctype html/i.test(head)) return "html";
  return undefined;
}

/** Imports an uploaded file, dispatching by extension (and by content for .xml or unknown extensions). */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  checkFileSize(bytes, fileName);
  const extension = extensionOf(fileName);
  const kind = EXTENSIONS[extension] ?? sniff(bytes, fileName);
  switch (kind) {
    case "txt":
      return { kind: "monolingual", doc: importTxt(bytes, fileName) };
    case "md":
      return { kind: "monolingual", doc: importMarkdown(bytes, fileName) };
    case "html":
      return { kind: "monolingual", doc: importHtml(bytes, fileName) };
    case "docx":
      return { kind: "monolingual", doc: await importDocx(bytes, fileName) };
    case "xliff":
      return { kind: "bilingual", doc: importXliff(bytes, fileName) };
    case "tmx":
      return { kind: "bilingual", doc: importTmx(bytes, fileName) };
    default:
      throw new FormatError("file.unsupported-type", { fileName, extension: extension ? `.${extension}` : "(none)" });
  }
}
