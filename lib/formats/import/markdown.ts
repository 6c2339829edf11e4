import { FormatError, formatWarning, type FormatWarning } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { decodeText } from "./decode";
import { normalizeLineBreaks } from "./text";
import type { ImportedDocument } from "./types";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", mdash: "—", ndash: "–", hellip: "…",
  laquo: "«", raquo: "»", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", shy: "\u00AD", zwnj: "\u200C", zwj: "\u200D",
  lrm: "\u200E", rlm: "\u200F", copy: "©", reg: "®", deg: "°", euro: "€",
};

/** Decodes HTML character references (named ones commonly found in Markdown, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const codePoint = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : "\uFFFD";
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

// Placeholders (U+E000 index U+E001) protect escaped characters and code spans from the emphasis stripping.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** Strips inline Markdown: images dropped, links to their text, emphasis/code markers removed, escapes resolved. */
export function stripInlineMarkdown(text: string): string {
  const protectedPieces: string[] = [];
  const protect = (piece: string) => {
    protectedPieces.push(piece);
    return `${OPEN}${protectedPieces.length - 1}${CLOSE}`;
  };
  let result = text.replace(/[\uE000\uE001]/g, (character) => protect(character));
  result = result.replace(/\\([!-/:-@[-`{-~])/g, (_whole, character: string) => protect(character));
  result = result.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_whole, _ticks, code: string) => protect(code.replace(/^ (.*) $/, "$1")));
  result = result
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, "$1")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, "$1")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1");
  result = decodeEntities(result);
  return result.replace(/\uE000(\d+)\uE001/g, (whole, position: string) => protectedPieces[Number(position)] ?? whole);
}

type Block = { text: string; kind: "heading1" | "heading" | "paragraph" | "item" };

/** Paragraphs of a Markdown document: headings, paragraphs and list items, with Markdown syntax removed. */
export function parseMarkdown(markdown: string): ImportedDocument {
  const lines = normalizeLineBreaks(markdown).replace(/^\uFEFF/, "").split("\n");
  const blocks: Block[] = [];
  const warnings: FormatWarning[] = [];
  let frontMatterTitle: string | undefined;
  let index = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, lineIndex) => lineIndex > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const match = /^title\s*:\s*(.+)$/i.exec(line);
        if (match) frontMatterTitle = match[1].trim().replace(/^(["'])(.*)\1$/, "$2");
      }
      index = end + 1;
    }
  }

  let current: { lines: string[]; kind: Block["kind"] } | null = null;
  const close = () => {
    if (current) {
      const text = stripInlineMarkdown(current.lines.join(" ")).replace(/\s+/g, " ").trim();
      if (text !== "") blocks.push({ text, kind: current.kind });
    }
    current = null;
  };
  let skippedCode = 0;

  for (; index < lines.length; index += 1) {
    const line = lines[index];
    const trimmed = line.trim();
    const fence = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fence) {
      close();
      const end = lines.findIndex((candidate, lineIndex) => lineIndex > index && candidate.trim().startsWith(fence[1]));
      index = end < 0 ? lines.length : end;
      skippedCode += 1;
      continue;
    }
    if (trimmed === "") {
      close();
      continue;
    }
    if (/^\[[^\]]+\]:\s*\S/.test(trimmed)) continue; // link reference definition
    if (/^<!--/.test(trimmed)) {
      close();
      while (index < lines.length && !lines[index].includes("-->")) index += 1;
      continue;
    }
    if (/^([-*_])(\s*\1){2,}\s*$/.test(trimmed) && !(current && /^-+$/.test(trimmed))) {
      close();
      continue;
    }
    const setext = /^(=+|-+)\s*$/.exec(trimmed);
    if (setext && current && current.kind === "paragraph") {
      current.kind = setext[1].startsWith("=") ? "heading1" : "heading";
      close();
      continue;
    }
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(trimmed)) continue; // table separator row
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(trimmed);
    if (heading) {
      close();
      current = { lines: [heading[2]], kind: heading[1].length === 1 ? "heading1" : "heading" };
      close();
      continue;
    }
    let content = trimmed.replace(/^(>\s?)+/, "");
    const item = /^([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?(.*)$/.exec(content);
    if (item) {
      close();
      current = { lines: [item[3]], kind: "item" };
      continue;
    }
    if (/^\|.*\|$/.test(content)) {
      close();
      content = content.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()).filter(Boolean).join(" | ");
      current = { lines: [content], kind: "paragraph" };
      close();
      continue;
    }
    if (/^(>\s?)+$/.test(trimmed)) {
      close();
      continue;
    }
    if (!current) current = { lines: [], kind: "paragraph" };
    current.lines.push(content);
  }
  close();
  if (skippedCode > 0) warnings.push(formatWarning("code-skipped", { count: skippedCode }));
  const title = frontMatterTitle ?? blocks.find((block) => block.kind === "heading1")?.text;
  return { paragraphs: blocks.map((block) => block.text), title, warnings };
}

/** Reads a .md upload: decoding, limits, then parseMarkdown. */
export function importMarkdown(bytes: Uint8Array, fileName: string): ImportedDocument {
  checkFileSize(bytes, fileName);
  const document = parseMarkdown(decodeText(bytes, fileName));
  if (document.paragraphs.length === 0) throw new FormatError("file.no-text", { fileName });
  checkParagraphCount(document.paragraphs.length, fileName);
  return document;
}
