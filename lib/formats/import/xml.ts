import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FormatError, isFormatError } from "../errors";

/** A parsed XML element with local names, decoded attribute values and ordered children. */
export interface XmlElement {
  /** Local name (namespace prefix removed). */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

/** True for element nodes. */
export function isElement(node: XmlNode): node is XmlElement {
  return "name" in node;
}

/** Child elements of `element` with the given local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && child.name === name);
}

/** First child element with the given local name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** Decodes the five XML entities and numeric character references; unknown entities stay as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos);/g, (whole, body: string) => {
    switch (body) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const codePoint = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : whole;
  });
}

/**
 * The prolog up to a DOCTYPE that only names an external DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and
 * translate-toolkit write): optional BOM, XML declaration, comments, processing instructions, then the DOCTYPE.
 */
const EXTERNAL_DOCTYPE =
  /^(\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*)<!DOCTYPE\s+[A-Za-z_][\w.:-]*(?:\s+(?:SYSTEM\s+(?:"[^"<>]*"|'[^'<>]*')|PUBLIC\s+(?:"[^"<>]*"|'[^'<>]*')\s+(?:"[^"<>]*"|'[^'<>]*')))?\s*>/;

/**
 * DTDs are never processed: a DOCTYPE that only names an external DTD is blanked out (never fetched, never read);
 * anything else — an internal subset, ENTITY/ELEMENT/ATTLIST declarations (billion laughs, XXE) — is refused.
 * Returns the text with that DOCTYPE replaced by spaces, so line and column numbers stay right.
 */
export function stripExternalDoctype(xml: string, fileName: string): string {
  const match = EXTERNAL_DOCTYPE.exec(xml);
  const rest = match ? xml.slice(match[0].length) : xml;
  if (/<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i.test(rest)) throw new FormatError("xml.entities-forbidden", { fileName });
  if (!match) return xml;
  const doctype = match[0].slice(match[1].length);
  return match[1] + doctype.replace(/[^\n]/g, " ") + rest;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: "#cdata",
  commentPropName: "#comment",
});

type RawNode = Record<string, unknown>;

function localName(name: string): string {
  const colon = name.lastIndexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function convert(raw: RawNode[], preserveSpace: boolean): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of raw) {
    if ("#text" in item) {
      const text = String(item["#text"]);
      nodes.push({ text: decodeXmlEntities(preserveSpace ? text : text.replace(/[ \t\n]+/g, " ")) });
      continue;
    }
    if ("#cdata" in item) {
      const inner = item["#cdata"] as RawNode[];
      nodes.push({ text: inner.map((piece) => String(piece["#text"] ?? "")).join("") });
      continue;
    }
    if ("#comment" in item) continue;
    const tag = Object.keys(item).find((key) => key !== ":@");
    if (!tag || tag.startsWith("?")) continue;
    const rawAttributes = (item[":@"] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttributes)) {
      const name = key.startsWith("xml:") ? key : localName(key);
      attributes[name] = decodeXmlEntities(String(value));
    }
    const space = attributes["xml:space"];
    const childPreserve = space === "preserve" ? true : space === "default" ? false : preserveSpace;
    nodes.push({ name: localName(tag), attributes, children: convert(item[tag] as RawNode[], childPreserve) });
  }
  return nodes;
}

/**
 * Parses XML safely: DTDs never processed (see stripExternalDoctype), well-formedness validated (xml.malformed with line/column), line ends normalized.
 * Whitespace in text is collapsed unless xml:space="preserve" is in effect.
 */
export function parseXml(xml: string, fileName: string): XmlElement {
  const normalized = stripExternalDoctype(xml, fileName).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  try {
    const validation = XMLValidator.validate(normalized);
    if (validation !== true) {
      throw new FormatError("xml.malformed", {
        fileName,
        line: validation.err.line,
        column: validation.err.col,
        detail: validation.err.msg,
      });
    }
    const root = convert(parser.parse(normalized) as RawNode[], false).find(isElement);
    if (!root) throw new FormatError("xml.malformed", { fileName, line: 1, column: 1, detail: "no root element" });
    return root;
  } catch (error) {
    if (isFormatError(error)) throw error;
    const detail = error instanceof RangeError ? "nesting too deep" : error instanceof Error ? error.message : String(error);
    throw new FormatError("xml.malformed", { fileName, line: 0, column: 0, detail }, { cause: error });
  }
}

/** Local name of the root element, sniffed cheaply (no full parse), or undefined when the text is not XML-looking. */
export function sniffRootElement(text: string): string | undefined {
  const withoutProlog = text
    .replace(/^\uFEFF/, "")
    .replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, "");
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(withoutProlog);
  return match ? localName(match[1]).toLowerCase() : undefined;
}
