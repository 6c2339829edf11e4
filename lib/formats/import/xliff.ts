import { FormatError, formatWarning, type FormatWarning } from "../errors";
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

function inlineWarning(counter: { tags: number; names: Set<string> }): FormatWarning[] {
  if (counter.tags === 0) return [];
  const tags = [...counter.names].sort().map((name) => `<${name}>`).join(", ");
  return [formatWarning("inline-tags", { count: counter.tags, tags })];
}

/** Unit ids listed in a warning (the first few; the count says how many there are). */
const LISTED_UNIT_IDS = 5;

function unitWarnings(untranslatable: number, withoutTarget: string[]): FormatWarning[] {
  const warnings: FormatWarning[] = [];
  if (untranslatable > 0) warnings.push(formatWarning("untranslatable-skipped", { count: untranslatable }));
  if (withoutTarget.length > 0) {
    const listed = withoutTarget.slice(0, LISTED_UNIT_IDS).join(", ");
    warnings.push(formatWarning("segments-without-target", { count: withoutTarget.length, units: withoutTarget.length > LISTED_UNIT_IDS ? `${listed}, …` : listed }));
  }
  return warnings;
}

/** translate="no" on the unit or inherited from its file or group (XLIFF 1.2 and 2.x use the same attribute). */
function isUntranslatable(chain: readonly XmlElement[]): boolean {
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const translate = chain[index].attributes.translate;
    if (translate === "no") return true;
    if (translate === "yes") return false;
  }
  return false;
}

/**
 * Notes of the file and of the groups around a unit, given once: to the first unit read inside that file or group
 * (rows carry notes; articles and groups have no place of their own for them).
 */
function takeContainerNotes(chain: readonly XmlElement[], given: Set<XmlElement>, notesOf: (container: XmlElement) => string[]): string[] {
  const notes: string[] = [];
  for (const container of chain) {
    if (container.name !== "file" && container.name !== "group") continue;
    if (given.has(container)) continue;
    given.add(container);
    notes.push(...notesOf(container));
  }
  return notes;
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

/** translate-toolkit's po2xliff puts the PO header (Project-Id-Version…) in a unit of this restype: metadata, not text. */
function isPoHeader(unit: XmlElement): boolean {
  return (unit.attributes.restype ?? "").includes("gettext-domain-header");
}

function readXliff12(root: XmlElement, fileName: string): ImportedBilingual {
  const counter = { tags: 0, names: new Set<string>() };
  const units: ImportedUnit[] = [];
  const used = new Set<string>();
  const notesGiven = new Set<XmlElement>();
  let untranslatable = 0;
  const flattenNotes = (elements: XmlElement[]) => elements.map((note) => flattenInline(note, counter).trim()).filter(Boolean);
  // File notes sit in <header>, group notes are direct children of <group>.
  const containerNotes = (container: XmlElement) => {
    const header = container.name === "file" ? childElement(container, "header") : undefined;
    return flattenNotes(container.name === "file" ? (header ? childElements(header, "note") : []) : childElements(container, "note"));
  };
  const files = childElements(root, "file");
  files.forEach((file, fileIndex) => {
    const found: Array<{ unit: XmlElement; chain: XmlElement[] }> = [];
    collectUnits(file, "trans-unit", [root, file], found);
    for (const { unit, chain } of found) {
      if (isPoHeader(unit)) continue;
      if (isUntranslatable(chain)) {
        untranslatable += 1;
        continue;
      }
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
        notes: [...takeContainerNotes(chain.slice(0, -1), notesGiven, containerNotes), ...flattenNotes(childElements(unit, "note"))],
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
    warnings: [...unitWarnings(untranslatable, []), ...inlineWarning(counter)],
  };
}

/**
 * The target text of an XLIFF 2 unit. Targets are placed by their `order` attribute (1-based position among the
 * unit's segments and ignorables; default: their own position), so reordered sentences come out in target order.
 * An ignorable without a target contributes its source (the whitespace between sentences is the same in both
 * languages). Returns the text and whether some segment has no target while others have one.
 */
function unitTarget(parts: readonly XmlElement[], textOf: (part: XmlElement, element: XmlElement) => string): { text: string; missing: boolean } {
  const targets = parts.map((part) => childElement(part, "target"));
  if (targets.every((target) => target === undefined)) return { text: "", missing: false };
  const slots: (string | undefined)[] = parts.map(() => undefined);
  const placed = parts.map(() => false);
  // Explicit orders first (valid and unused ones), then the rest at their own position or the next free one.
  targets.forEach((target, index) => {
    const order = Number(target?.attributes.order);
    if (!target || !Number.isInteger(order) || order < 1 || order > parts.length || slots[order - 1] !== undefined) return;
    slots[order - 1] = textOf(parts[index], target);
    placed[index] = true;
  });
  let missing = false;
  parts.forEach((part, index) => {
    if (placed[index]) return;
    const target = targets[index];
    const source = childElement(part, "source");
    let text: string;
    if (target) text = textOf(part, target);
    else if (part.name === "ignorable" && source) text = textOf(part, source);
    else {
      missing = true;
      return;
    }
    let position = index;
    while (position < slots.length && slots[position] !== undefined) position += 1;
    if (position === slots.length) position = slots.findIndex((slot) => slot === undefined);
    slots[position] = text;
  });
  return { text: slots.filter((slot) => slot !== undefined).join(""), missing };
}

function readXliff2(root: XmlElement, fileName: string, version: string): ImportedBilingual {
  const counter = { tags: 0, names: new Set<string>() };
  const units: ImportedUnit[] = [];
  const used = new Set<string>();
  const notesGiven = new Set<XmlElement>();
  const withoutTarget: string[] = [];
  let untranslatable = 0;
  const notesOf = (element: XmlElement) => {
    const notes = childElement(element, "notes");
    return notes ? childElements(notes, "note").map((note) => flattenInline(note, counter).trim()).filter(Boolean) : [];
  };
  const files = childElements(root, "file");
  files.forEach((file, fileIndex) => {
    const found: Array<{ unit: XmlElement; chain: XmlElement[] }> = [];
    collectUnits(file, "unit", [root, file], found);
    for (const { unit, chain } of found) {
      if (isUntranslatable(chain)) {
        untranslatable += 1;
        continue;
      }
      const id = unit.attributes.id ?? String(units.length);
      const parts = unit.children.filter((child): child is XmlElement => isElement(child) && (child.name === "segment" || child.name === "ignorable"));
      const segments = parts.filter((part) => part.name === "segment");
      if (segments.length === 0 || segments.some((segment) => !childElement(segment, "source"))) {
        throw new FormatError("xliff.unit-without-source", { fileName, version, element: "unit", unitId: id });
      }
      // An <ignorable> is the whitespace between segments: never trimmed away.
      const textOf = (part: XmlElement, element: XmlElement) =>
        finishText(flattenInline(element, counter), part.name === "ignorable" || inheritsPreserve([...chain, part, element]));
      let source = "";
      for (const part of parts) {
        const partSource = childElement(part, "source");
        if (partSource) source += textOf(part, partSource);
      }
      const target = unitTarget(parts, textOf);
      if (target.missing) withoutTarget.push(id);
      // A segment without a target is not translated, whatever state it claims.
      const states = segments.map((segment) => (childElement(segment, "target") ? (segment.attributes.state ?? "initial") : "initial"));
      const lowest = states.reduce((low, state) => (STATE_ORDER.indexOf(state) < STATE_ORDER.indexOf(low) ? state : low), states[0]);
      const hasState = segments.some((segment) => segment.attributes.state !== undefined);
      units.push({
        id: uniqueId(id, file.attributes.id ?? String(fileIndex), used),
        source,
        target: target.text,
        notes: [...takeContainerNotes(chain.slice(0, -1), notesGiven, notesOf), ...notesOf(unit)],
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
    warnings: [...unitWarnings(untranslatable, withoutTarget), ...inlineWarning(counter)],
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
