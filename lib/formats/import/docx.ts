import mammoth from "mammoth";
import { FormatError } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { parseHtml } from "./html";
import type { ImportedDocument } from "./types";
import { checkZipLimits, readZipDirectory, verifyZipContents } from "./zip-guard";

/** Reads a .docx: zip limits checked before unpacking, then mammoth → HTML → paragraphs (headings and body in order). */
export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  checkFileSize(bytes, fileName);
  const entries = readZipDirectory(bytes, fileName);
  checkZipLimits(entries, fileName);
  if (!entries.some((entry) => entry.name === "word/document.xml")) throw new FormatError("docx.missing-document", { fileName });
  await verifyZipContents(bytes, entries, fileName);

  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
    html = result.value;
    messages = result.messages;
  } catch (cause) {
    throw new FormatError("docx.corrupt", { fileName }, { cause });
  }
  // The HTML comes from mammoth, not the user, but it goes through the same sanitizing reader anyway.
  const document = parseHtml(`<html><body>${html}</body></html>`);
  if (document.paragraphs.length === 0) throw new FormatError("file.no-text", { fileName });
  checkParagraphCount(document.paragraphs.length, fileName);
  const warnings = [...document.warnings];
  const errors = messages.filter((message) => message.type === "error").length;
  if (errors > 0) warnings.push(`Word reader reported ${errors} problem(s); some content may be missing.`);
  return { paragraphs: document.paragraphs, title: document.title, warnings };
}
