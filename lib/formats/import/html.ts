import sanitizeHtml from "sanitize-html";
import { FormatError, formatWarning, type FormatWarning } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { decodeText } from "./decode";
import type { ImportedDocument } from "./types";

/** Elements whose boundaries end a paragraph. */
const BLOCK_TAGS = [
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "figcaption", "dt", "dd", "pre", "caption",
  "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot", "figure", "address",
  "summary", "details", "center", "body", "html",
];
/** Kept through sanitizing so the walker can decide about them (header is kept only when it holds the <h1>). */
const STRUCTURE_TAGS = ["header", "footer", "br", "title", "span"];
/** Dropped together with everything inside them. */
const DROPPED_WITH_CONTENT = [
  "script", "style", "textarea", "option", "select", "noscript", "template", "svg", "math", "iframe", "object", "embed",
  "canvas", "video", "audio", "button", "form", "nav", "aside", "dialog", "menu",
];
const CHROME_ROLES = new Set(["navigation", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "contentinfo", "toolbar"]);
/** class/id fragments of page chrome: ads, share bars, "read also" boxes, newsletters, comments... */
const CHROME_NAME =
  /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|sidebar|related|read-?also|readmore|read-?more|more-?stories|recommended|most-?read|trending|share|sharing|social|ads?|advert\w*|ad-?slot|ad-?container|banner-?ad|promo\w*|sponsored|newsletter|subscribe|subscription|cookies?|consent|comments?|tags|site-?header|site-?footer|skip-?link|sr-only|visually-?hidden|outbrain|taboola|paywall|popup|modal)($|[-_\s])/i;
/** Labels of "read also" teasers that CMS pages inline in the article body. */
const READ_ALSO_LABEL =
  /^(read also|also read|read more|see also|more on this|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|لمزيد من التفاصيل|lire aussi|à lire aussi|a lire aussi|lisez aussi|voir aussi)\s*([:：.…-]|$)/iu;

function isChrome(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs || attribs["aria-hidden"] === "true") return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? "")) return true;
  if (CHROME_ROLES.has((attribs.role ?? "").toLowerCase())) return true;
  return CHROME_NAME.test(`${attribs.class ?? ""} ${attribs.id ?? ""}`.trim() || "-none-");
}

function decodeSanitizedText(text: string): string {
  // sanitize-html decodes entities while parsing and re-escapes only these.
  return text.replace(/&(amp|lt|gt|quot);/g, (_whole, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[name] ?? "");
}

/** Paragraphs, title and language of an HTML page (CMS export): article text only, chrome dropped, no markup kept. */
export function parseHtml(html: string): ImportedDocument {
  const langMatch = /<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*)/i.exec(html);
  const clean = sanitizeHtml(html, {
    allowedTags: [...BLOCK_TAGS, ...STRUCTURE_TAGS],
    allowedAttributes: {},
    disallowedTagsMode: "discard",
    nonTextTags: DROPPED_WITH_CONTENT,
    exclusiveFilter: (frame) => frame.tag !== "html" && frame.tag !== "body" && isChrome(frame.attribs),
    parser: { decodeEntities: true, lowerCaseTags: true },
  });

  type Collected = { text: string; tag: string };
  const output: Collected[] = [];
  // One collector per open <header>; a header survives only when it holds an <h1> (the article headline).
  const headerStack: Collected[][] = [];
  const blockStack: string[] = [];
  let footerDepth = 0;
  let inTitle = false;
  let pageTitle = "";
  let buffer = "";
  let pendingBreaks = 0;
  let droppedTeasers = 0;

  const flush = () => {
    const text = buffer.replace(/[ \t\n\r\f]+/g, " ").trim(); // HTML whitespace only: no-break spaces are kept
    buffer = "";
    pendingBreaks = 0;
    if (text === "" || footerDepth > 0) return;
    if (READ_ALSO_LABEL.test(text)) {
      droppedTeasers += 1;
      return;
    }
    const collected = { text, tag: blockStack.at(-1) ?? "p" };
    (headerStack.at(-1) ?? output).push(collected);
  };

  const tokenPattern = /<(\/?)([a-z0-9]+)\s*\/?>|([^<]+)/g;
  for (const match of clean.matchAll(tokenPattern)) {
    const [, closing, tag, rawText] = match;
    if (rawText !== undefined) {
      const text = decodeSanitizedText(rawText);
      if (inTitle) {
        pageTitle += text;
        continue;
      }
      if (text.trim() !== "") {
        if (pendingBreaks >= 2) flush();
        else if (pendingBreaks === 1) buffer += " ";
        pendingBreaks = 0;
      }
      buffer += text;
      continue;
    }
    if (tag === "title") {
      inTitle = closing === "";
    } else if (tag === "br") {
      pendingBreaks += 1;
    } else if (tag === "footer") {
      flush();
      footerDepth += closing ? -1 : 1;
    } else if (tag === "header") {
      flush();
      if (!closing) headerStack.push([]);
      else {
        const collected = headerStack.pop() ?? [];
        if (collected.some((item) => item.tag === "h1")) (headerStack.at(-1) ?? output).push(...collected);
      }
    } else if (BLOCK_TAGS.includes(tag)) {
      flush();
      if (!closing) blockStack.push(tag);
      else {
        const index = blockStack.lastIndexOf(tag);
        if (index >= 0) blockStack.length = index;
      }
    }
  }
  flush();
  for (const collected of headerStack) output.push(...collected.filter((item) => item.tag === "h1"));

  const warnings: FormatWarning[] = [];
  if (droppedTeasers > 0) warnings.push(formatWarning("teasers-dropped", { count: droppedTeasers }));
  const h1 = output.find((item) => item.tag === "h1")?.text;
  const title = h1 ?? (pageTitle.replace(/\s+/g, " ").trim() || undefined);
  return {
    paragraphs: output.map((item) => item.text),
    title,
    lang: langMatch ? langMatch[1].replace(/_/g, "-") : undefined,
    warnings,
  };
}

/** Reads an .html upload: decoding, limits, then parseHtml. */
export function importHtml(bytes: Uint8Array, fileName: string): ImportedDocument {
  checkFileSize(bytes, fileName);
  const document = parseHtml(decodeText(bytes, fileName));
  if (document.paragraphs.length === 0) throw new FormatError("file.no-text", { fileName });
  checkParagraphCount(document.paragraphs.length, fileName);
  return document;
}
