import { escapeHtml } from "./escape";
import { safeLangTag, textDirection } from "./lang";
import type { ExportArticle } from "./types";

/** The corrected target paragraphs of an article in row order, each flattened to a single line (excluded ones are not in `row.target`). */
export function targetParagraphs(article: ExportArticle): string[] {
  const paragraphs: string[] = [];
  for (const row of article.rows) {
    for (const paragraph of row.target) {
      // A paragraph is one line in every text format; stray line breaks become spaces.
      const line = paragraph.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").trim();
      if (line !== "") paragraphs.push(line);
    }
  }
  return paragraphs;
}

/** Plain text: one paragraph per line, paragraphs separated by a blank line, trailing newline. */
export function exportTxt(article: ExportArticle): string {
  const paragraphs = targetParagraphs(article);
  return paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;
}

/** Escapes a paragraph so Markdown renders it as literal text. */
export function escapeMarkdown(text: string): string {
  let escaped = text
    .replace(/[\\`*_[\]<>|~#]/g, (character) => `\\${character}`)
    // Entity-looking sequences would be decoded by renderers.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  // Block syntax only matters at the start of a line (headings, quotes, lists, rules, setext).
  escaped = escaped.replace(/^(\s*)([#>+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  return escaped;
}

/** Markdown: the title as a level-1 heading, then one escaped paragraph per block. */
export function exportMarkdown(article: ExportArticle): string {
  const blocks: string[] = [];
  const title = article.title.replace(/\s+/g, " ").trim();
  if (title !== "") blocks.push(`# ${escapeMarkdown(title)}`);
  for (const paragraph of targetParagraphs(article)) blocks.push(escapeMarkdown(paragraph));
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

const RTL_FONT_STACK = `"Noto Naskh Arabic", "Amiri", "Geeza Pro", "Traditional Arabic", "Times New Roman", serif`;
const LTR_FONT_STACK = `Georgia, "Noto Serif", "Times New Roman", serif`;

/** Standalone HTML5 document of the corrected target text; every piece of text is escaped, no scripts. */
export function exportHtml(article: ExportArticle): string {
  const lang = safeLangTag(article.targetLang);
  const dir = textDirection(lang);
  const fontStack = dir === "rtl" ? RTL_FONT_STACK : LTR_FONT_STACK;
  const title = article.title.replace(/\s+/g, " ").trim();
  const body = targetParagraphs(article)
    .map((paragraph) => `    <p>${escapeHtml(paragraph)}</p>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="tadqiq">
  <title>${escapeHtml(title)}</title>
  <style>
    body { font-family: ${fontStack}; line-height: 1.7; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { line-height: 1.3; }
  </style>
</head>
<body>
  <article>
${title !== "" ? `    <h1>${escapeHtml(title)}</h1>\n` : ""}${body}
  </article>
</body>
</html>
`;
}
