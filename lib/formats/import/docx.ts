import mammoth from "mammoth";
import { FormatError, formatWarning } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { parseHtml } from "./html";
import type { ImportedDocument } from "./types";
import { checkZipLimits, readZipDirectory, verifyZipContents } from "./zip-guard";

/** Word's "Title" style is the document headline; mammoth's default map does not know it. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * Footnotes and endnotes as mammoth writes them: a `[n]` reference in the text (`<sup><a href="#footnote-n"
 * id="footnote-ref-n">[n]</a></sup>`), and the notes in a list at the end whose paragraphs end with a "↑" back-link.
 * The references are removed from the text, the back-links from the notes; the notes stay as the last paragraphs.
 */
export function stripNoteMarkers(html: string): { html: string; notes: number } {
  let notes = 0;
  const stripped = html
    .replace(/<sup><a href="#(?:footnote|endnote)-[\w-]+" id="(?:footnote|endnote)-ref-[\w-]+">\[[^\]<]*\]<\/a><\/sup>/g, () => {
      notes += 1;
      return "";
    })
    .replace(/\s*<a href="#(?:footnote|endnote)-ref-[\w-]+">\u2191<\/a>/g, "");
  return { html: stripped, notes };
}

/** Reads a .docx: zip limits checked before unpacking, then mammoth → HTML → paragraphs (headings and body in order, footnotes last). */
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
    const result = await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, styleMap: STYLE_MAP });
    html = result.value;
    messages = result.messages;
  } catch (cause) {
    throw new FormatError("docx.corrupt", { fileName }, { cause });
  }
  // The HTML comes from mammoth, not the user, but it goes through the same sanitizing reader anyway.
  const { html: text, notes } = stripNoteMarkers(html);
  const document = parseHtml(`<html><body>${text}</body></html>`);
  if (document.paragraphs.length === 0) throw new FormatError("file.no-text", { fileName });
  checkParagraphCount(document.paragraphs.length, fileName);
  const warnings = [...document.warnings];
  const errors = messages.filter((message) => message.type === "error").length;
  if (notes > 0) warnings.push(formatWarning("docx-footnotes", { count: notes }));
  if (errors > 0) warnings.push(formatWarning("docx-problems", { count: errors }));
  return { paragraphs: document.paragraphs, title: document.title, warnings };
}
