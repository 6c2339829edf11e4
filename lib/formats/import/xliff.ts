import { FormatError } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { decodeText } from "./decode";
import type { ImportedBilingual, ImportedUnit } from "./types";
import { childElement, childElements, isElement, parseXml, type XmlElement, type XmlNode } from "./xml";

/** Inline elements whose content is translatable text (kept, tag dropped). */
const TEXT_INLINE = new Set(["g", "pc", "mrk", "hi", "sub"]);
/** Inline elements holding native codes or nothing (dropped entirely). */
const CODE_INLINE = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "cp", "sm", "em", "ut"]);

/** Flattens mixed content to text, counting the inline tags removed. */
export function flattenInline(element: XmlElement, counter: { tags: number; names: Set<string> }): string {
  let text = "";
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) {
        text += node.text;
        continue;
      }
      counter.tags += 1;
      counter.names.add(node.name);
      if (CODE_INLINE.has(node.name)) continue;
      if (TEXT_INLINE.has(node.name) || !CODE_INLINE.has(node.name)) visit(node.children);
    }
  };
  visit(element.children);
  return text;
}

/** Whitespace as XML intends: kept under xml:space="preserve", otherwise runs of spaces collapsed and edges trimmed. */
export function finishText(text: string, preserve: boolean): string {
  return preserve ? text : text.replace(/ {2,}/g, " ").replace(/^ +| +$/g, "");
}

function inheritsPreserve(chain: readonly XmlElement[]): boolean {
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const space = chain[index].attributes["xml:space"];
    if (space === "preserve") return true;
    if (space === "default") return false;
  }
  return false;
}

const STATE_ORDER = ["initial", "translated", "reviewed", "final"];
const APPROVED_12_STATES = new Set(["final", "signed-off"]);

function inlineWarning(counter: { tags: number; names: Set<string> }): string[] {
  if (counter.tags === 0) return [];
  const names = [...counter.names].sort().map((name) => `<${name}>`).join(", ");
  return [`Flattened ${counter.tags} inline tag(s) (${names}) to plain text; they are not restored on export.`];
}

/** Collects elements named `name` below `element`, descending through groups but not into other units. */
function collectUnits(element: XmlElement, name: string, chain: XmlElement[], found: Array<{ unit: XmlElement; chain: XmlElement[] }>): void {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === name) found.push({ unit: child, chain: [...chain, child] });
    else if (child.name === "group" || child.name === "body") collectUnits(child, name, [...chain, child], found);
  }
}

function uniqueId(id: string, fileId: string, used: Set<string>): string {
  let candidate = used.has(id) ? `${fileId}:${id}` : id;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${fileId}:${id}-${suffix}`;
  used.add(candidate);
  return candidate;
}

function readXliff12(root: XmlElement, fileName: string): ImportedBilingual {
  const counter = { tags: 0, names: new Set<string>() };
  const units: ImportedUnit[] = [];
  const used = new Set<string>();
  const files = childElements(root, "file");
  files.forEach((file, fileIndex) => {
    const found: Array<{ unit: XmlElement; chain: XmlElement[] }> = [];
    collectUnits(file, "trans-unit", [root, file], found);
    for (const { unit, chain } of found) {
      const id = unit.attributes.id ?? String(units.length);
      const source = childElement(unit, "source");
      if (!source) throw new FormatError("xliff.unit-without-source", { fileName, version: "1.2", element: "trans-unit", unitId: id });
      const target = childElement(unit, "target");
      const preserve = inheritsPreserve(chain);
      const approved = unit.attributes.approved === "yes" || APPROVED_12_STATES.has(target?.attributes.state ?? "");
      units.push({
        id: uniqueId(id, file.attributes.original ?? String(fileIndex), used),
        source: finishText(flattenInline(source, counter), preserve || inheritsPreserve([...chain, source])),
        target: target ? finishText(flattenInline(target, counter), preserve || inheritsPreserve([...chain, target])) : "",
        notes: childElements(unit, "note").map((note) => flattenInline(note, counter).trim()).filter(Boolean),
        state: target?.attributes.state ?? (unit.attributes.approved === "yes" ? "approved" : undefined),
        approved,
      });
      checkParagraphCount(units.length, fileName);
    }
  });
  const first = files[0];
  return {
    sourceLang: first?.attributes["source-language"],
    targetLang: first?.attributes["target-language"],
    title: first?.attributes.original,
    units,
    warnings: inlineWarning(counter),
  };
}

function readXliff2(root: XmlElement, fileName: string, version: string): ImportedBilingual {
  const counter = { tags: 0, names: new Set<string>() };
  const units: ImportedUnit[] = [];
  const used = new Set<string>();
  const files = childElements(root, "file");
  files.forEach((file, fileIndex) => {
    const found: Array<{ unit: XmlElement; chain: XmlElement[] }> = [];
    collectUnits(file, "unit", [root, file], found);
    for (const { unit, chain } of found) {
      const id = unit.attributes.id ?? String(units.length);
      const parts = unit.children.filter((child): child is XmlElement => isElement(child) && (child.name === "segment" || child.name === "ignorable"));
      const segments = parts.filter((part) => part.name === "segment");
      if (segments.length === 0 || segments.some((segment) => !childElement(segment, "source"))) {
        throw new FormatError("xliff.unit-without-source", { fileName, version, element: "unit", unitId: id });
      }
      let source = "";
      let target = "";
      for (const part of parts) {
        const partSource = childElement(part, "source");
        const partTarget = childElement(part, "target");
        // An <ignorable> is the whitespace between segments: never trimmed away.
        const keep = (element: XmlElement) => part.name === "ignorable" || inheritsPreserve([...chain, part, element]);
        if (partSource) source += finishText(flattenInline(partSource, counter), keep(partSource));
        if (partTarget) target += finishText(flattenInline(partTarget, counter), keep(partTarget));
      }
      const states = segments.map((segment) => segment.attributes.state ?? "initial");
      const lowest = states.reduce((low, state) => (STATE_ORDER.indexOf(state) < STATE_ORDER.indexOf(low) ? state : low), states[0]);
      const hasState = segments.some((segment) => segment.attributes.state !== undefined);
      const notesElement = childElement(unit, "notes");
      units.push({
        id: uniqueId(id, file.attributes.id ?? String(fileIndex), used),
        source,
        target,
        notes: notesElement ? childElements(notesElement, "note").map((note) => flattenInline(note, counter).trim()).filter(Boolean) : [],
        state: hasState ? lowest : undefined,
        approved: hasState && (lowest === "reviewed" || lowest === "final"),
      });
      checkParagraphCount(units.length, fileName);
    }
  });
  return {
    sourceLang: root.attributes.srcLang,
    targetLang: root.attributes.trgLang,
    title: files[0]?.attributes.original,
    units,
    warnings: inlineWarning(counter),
  };
}

/** Reads an already-decoded XLIFF 1.2 / 2.0 / 2.1 document. */
export function parseXliff(xml: string, fileName: string): ImportedBilingual {
  const root = parseXml(xml, fileName);
  if (root.name !== "xliff") throw new FormatError("xliff.not-xliff", { fileName, root: root.name });
  const version = root.attributes.version ?? "";
  let document: ImportedBilingual;
  if (/^1\.[012]$/.test(version)) document = readXliff12(root, fileName);
  else if (/^2\.[0-2]$/.test(version)) document = readXliff2(root, fileName, version);
  else throw new FormatError("xliff.unsupported-version", { fileName, version });
  if (document.units.length === 0) throw new FormatError("xliff.no-units", { fileName });
  return document;
}

/** Reads an .xlf/.xliff upload. */
export function importXliff(bytes: Uint8Array, fileName: string): ImportedBilingual {
  checkFileSize(bytes, fileName);
  return parseXliff(decodeText(bytes, fileName), fileName);
}
