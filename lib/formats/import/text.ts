import { FormatError } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { decodeText } from "./decode";
import type { ImportedDocument } from "./types";

/** Normalizes every line-break convention to "\n" (U+2029 paragraph separator becomes a blank line). */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|\u0085|\u2028/g, "\n").replace(/\u2029/g, "\n\n");
}

const SENTENCE_END = /[.!?؟…:;"”»)\]۔。]$/u;

/**
 * Splits pasted or uploaded plain text into paragraphs.
 * Rule: when the text has blank-line separated blocks, at least half of the blocks span several lines and
 * at least half of those blocks' inner lines end without sentence punctuation, it is hard-wrapped prose,
 * so each block is one paragraph (its lines joined by a space);
 * otherwise every non-empty line is a paragraph. Paragraphs are trimmed; inner text is kept as is.
 */
export function splitParagraphs(text: string): string[] {
  const lines = normalizeLineBreaks(text).replace(/^\uFEFF/, "").split("\n");
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(trimmed);
    }
  }
  if (current.length > 0) blocks.push(current);
  const multiLine = blocks.filter((block) => block.length > 1);
  // Wrapped lines stop mid-sentence; lines ending in sentence punctuation are paragraphs of their own.
  const innerLines = multiLine.flatMap((block) => block.slice(0, -1));
  const wrappedLines = innerLines.filter((line) => !SENTENCE_END.test(line)).length;
  if (blocks.length > 1 && multiLine.length > 0 && multiLine.length * 2 >= blocks.length && wrappedLines * 2 >= innerLines.length) {
    return blocks.map((block) => block.join(" "));
  }
  return blocks.flat();
}

/** Reads a .txt upload: decoding, size and paragraph limits, then splitParagraphs. */
export function importTxt(bytes: Uint8Array, fileName: string): ImportedDocument {
  checkFileSize(bytes, fileName);
  const paragraphs = splitParagraphs(decodeText(bytes, fileName));
  if (paragraphs.length === 0) throw new FormatError("file.no-text", { fileName });
  checkParagraphCount(paragraphs.length, fileName);
  return { paragraphs, warnings: [] };
}
