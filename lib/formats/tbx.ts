import { escapeXml } from "./escape";
import { FormatError, type FormatErrorParams } from "./errors";
import { decodeText } from "./import/decode";
import { childElements, isElement, parseXml, sniffRootElement, type XmlElement, type XmlNode } from "./import/xml";

/**
 * TBX termbases (ISO 30042) ↔ glossary entries of one language pair.
 * Reads TBX 2008 (`<martif>` with termEntry/langSet/tig|ntig, as SDL MultiTerm and memoQ export TBX-Basic) and
 * TBX v3 (`<tbx>` with conceptEntry/langSec/termSec, DCA style, and DCT style elements such as
 * `<basic:administrativeStatus>`); writes TBX v3 TBX-Basic (DCA). See docs/formats.md "TBX".
 */

/** Largest TBX file read (5 MB). */
export const MAX_TBX_BYTES = 5 * 1024 * 1024;
/** Most concept entries in one TBX file. */
export const MAX_TBX_ENTRIES = 50_000;
/** Entry-level warnings listed one by one; further ones are counted in a single `more-warnings`. */
export const MAX_TBX_ENTRY_WARNINGS = 50;

export const TBX_ENTRY_TYPES = ["person", "organization", "place", "term"] as const;
export type TTbxEntryType = (typeof TBX_ENTRY_TYPES)[number];

/** One glossary entry read from (or written to) a termbase. */
export interface TTbxEntry {
  source: string;
  target: string;
  /** Deprecated or superseded target-language terms. */
  forbidden: string[];
  type: TTbxEntryType;
  note?: string;
  partOfSpeech?: string;
  /** A subject field that is not one of the entry types (e.g. "Politics"); kept for the caller, not exported. */
  subjectField?: string;
}

/** Codes of TBX reading warnings; worded in locales/<lng>/glossary.json under `tbxWarnings.<code>`. */
export const TBX_WARNING_CODES = ["entry-without-term", "duplicate-source", "other-languages", "more-warnings"] as const;
export type TTbxWarningCode = (typeof TBX_WARNING_CODES)[number];

/** A TBX reading warning: a stable code and its i18next params. */
export interface TTbxWarning {
  code: TTbxWarningCode;
  params: FormatErrorParams;
}

export interface TParsedTbx {
  entries: TTbxEntry[];
  warnings: TTbxWarning[];
  sourceLang: string;
  targetLang: string;
}

export interface TParseTbxOptions {
  /** Language of the glossary's source terms ("ar"; a region such as "ar-EG" is reduced to "ar"). Default: the first language of the file. */
  sourceLang?: string;
  /** Language of the approved translations. Default: the first other language of the file. */
  targetLang?: string;
  /** Named in errors and warnings. */
  fileName?: string;
}

/** Primary language subtag, lower-case: "ar-EG" → "ar", "EN_us" → "en". */
export function primaryLanguage(tag: string | undefined | null): string {
  return (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

const FORBIDDEN_STATUSES = new Set(["deprecatedterm", "supersededterm"]);
const TERM_CONTAINERS = new Set(["tig", "ntig", "termSec"]);
const LANGUAGE_SECTIONS = new Set(["langSet", "langSec"]);

/** Text content of an element, inline markup flattened, whitespace collapsed. */
function textOf(node: XmlNode): string {
  const collect = (n: XmlNode): string => (isElement(n) ? n.children.map(collect).join("") : n.text);
  return collect(node).replace(/\s+/g, " ").trim();
}

/** Data categories of one level: `<descrip type=…>`, `<termNote type=…>`, `<admin type=…>` (also in *Grp wrappers) and DCT-style elements named after the category. */
interface Categories {
  values: Map<string, string>;
  notes: string[];
}

function addCategory(categories: Categories, name: string, value: string) {
  if (!value) return;
  if (name === "definition" || name === "note") categories.notes.push(value);
  else if (!categories.values.has(name)) categories.values.set(name, value);
}

/** Reads the categories directly on `element` (and inside descripGrp/termNoteGrp/adminGrp), not those of nested language sections or terms. */
function categoriesOf(element: XmlElement, categories: Categories = { values: new Map(), notes: [] }): Categories {
  for (const child of element.children) {
    if (!isElement(child) || TERM_CONTAINERS.has(child.name) || LANGUAGE_SECTIONS.has(child.name) || child.name === "term") continue;
    if (child.name === "descripGrp" || child.name === "termNoteGrp" || child.name === "adminGrp" || child.name === "termGrp") {
      categoriesOf(child, categories);
    } else if (child.name === "descrip" || child.name === "termNote" || child.name === "admin") {
      addCategory(categories, child.attributes.type ?? "", textOf(child));
    } else if (child.name === "note") {
      addCategory(categories, "note", textOf(child));
    } else if (["definition", "subjectField", "administrativeStatus", "normativeAuthorization", "partOfSpeech"].includes(child.name)) {
      addCategory(categories, child.name, textOf(child));
    }
  }
  return categories;
}

interface Term {
  text: string;
  status: "preferred" | "admitted" | "forbidden";
  partOfSpeech?: string;
  notes: string[];
}

function termOf(container: XmlElement): Term | undefined {
  // <tig><term/>…</tig>, <termSec><term/>…</termSec>, <ntig><termGrp><term/>…</termGrp>…</ntig>
  const holder = container.name === "ntig" ? (childElements(container, "termGrp")[0] ?? container) : container;
  const termElement = childElements(holder, "term")[0];
  const text = termElement ? textOf(termElement) : "";
  if (!text) return undefined;
  const categories = categoriesOf(container);
  const rawStatus = (categories.values.get("administrativeStatus") ?? categories.values.get("normativeAuthorization") ?? "").toLowerCase().replace(/-admn-sts$/, "");
  const status = FORBIDDEN_STATUSES.has(rawStatus) ? "forbidden" : rawStatus === "preferredterm" ? "preferred" : "admitted";
  const term: Term = { text, status, notes: categories.notes };
  const partOfSpeech = categories.values.get("partOfSpeech");
  if (partOfSpeech) term.partOfSpeech = partOfSpeech;
  return term;
}

interface LanguageSection {
  lang: string;
  terms: Term[];
  notes: string[];
}

function languageSectionOf(section: XmlElement): LanguageSection {
  const terms = section.children
    .filter((child): child is XmlElement => isElement(child) && TERM_CONTAINERS.has(child.name))
    .map(termOf)
    .filter((term): term is Term => term !== undefined);
  return { lang: primaryLanguage(section.attributes["xml:lang"]), terms, notes: categoriesOf(section).notes };
}

/** Non-forbidden terms, preferred ones first (stable otherwise). */
function usableTerms(terms: Term[]): Term[] {
  return [...terms.filter((t) => t.status === "preferred"), ...terms.filter((t) => t.status === "admitted")];
}

function entryElements(root: XmlElement): XmlElement[] {
  const text = childElements(root, "text")[0];
  const body = text ? childElements(text, "body")[0] : undefined;
  if (!body) return [];
  return body.children.filter((child): child is XmlElement => isElement(child) && (child.name === "termEntry" || child.name === "conceptEntry"));
}

function decode(input: string | Uint8Array, fileName: string): string {
  if (typeof input === "string") return input;
  return decodeText(input, fileName);
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * Reads a TBX file (TBX-Basic 2008 `<martif>` or TBX v3 `<tbx>`) into glossary entries of one language pair.
 * Per concept entry: the source term is the preferred (else first admitted) source-language term — further admitted
 * source terms become entries of their own —, the approved translation the preferred (else first admitted)
 * target-language term, forbidden variants the deprecated/superseded target terms. Entries without a usable term in
 * either language are skipped with a warning naming the entry id. Throws FormatError for hostile or unreadable input.
 */
export function parseTbx(input: string | Uint8Array, options: TParseTbxOptions = {}): TParsedTbx {
  const fileName = options.fileName ?? "glossary.tbx";
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > MAX_TBX_BYTES) {
    throw new FormatError("file.too-large", { fileName, size, limit: MAX_TBX_BYTES, sizeMb: megabytes(size), limitMb: megabytes(MAX_TBX_BYTES) });
  }
  if (size === 0) throw new FormatError("file.empty", { fileName });
  const xml = decode(input, fileName);
  // Counted before building the tree, so an oversize termbase costs no parse.
  const entryCount = (xml.match(/<(?:[\w.-]+:)?(?:termEntry|conceptEntry)[\s>/]/g) ?? []).length;
  if (entryCount > MAX_TBX_ENTRIES) throw new FormatError("tbx.too-many-entries", { fileName, count: entryCount, limit: MAX_TBX_ENTRIES });

  const root = parseXml(xml, fileName);
  if (root.name !== "martif" && root.name !== "tbx") throw new FormatError("tbx.not-tbx", { fileName, root: root.name });
  const entries = entryElements(root);
  if (entries.length === 0) throw new FormatError("tbx.no-entries", { fileName });

  const concepts = entries.map((element, index) => {
    const categories = categoriesOf(element);
    const sections = element.children.filter((child): child is XmlElement => isElement(child) && LANGUAGE_SECTIONS.has(child.name)).map(languageSectionOf);
    return { id: element.attributes.id || `#${index + 1}`, categories, sections };
  });

  const fileLanguages: string[] = [];
  for (const concept of concepts) for (const section of concept.sections) if (section.lang && !fileLanguages.includes(section.lang)) fileLanguages.push(section.lang);
  const requestedTarget = options.targetLang ? primaryLanguage(options.targetLang) : undefined;
  const sourceLang = options.sourceLang ? primaryLanguage(options.sourceLang) : fileLanguages.find((lang) => lang !== requestedTarget);
  const targetLang = requestedTarget ?? fileLanguages.find((lang) => lang !== sourceLang);
  if (!sourceLang || !targetLang || sourceLang === targetLang || !fileLanguages.includes(sourceLang) || !fileLanguages.includes(targetLang)) {
    throw new FormatError("tbx.languages-missing", { fileName, languages: fileLanguages.join(", ") || "-", sourceLang: sourceLang ?? "-", targetLang: targetLang ?? "-" });
  }

  const warnings: TTbxWarning[] = [];
  let extraWarnings = 0;
  const warnEntry = (code: TTbxWarningCode, params: FormatErrorParams) => {
    if (warnings.length < MAX_TBX_ENTRY_WARNINGS) warnings.push({ code, params: { fileName, ...params } });
    else extraWarnings++;
  };

  const result: TTbxEntry[] = [];
  const seenSources = new Set<string>();
  for (const concept of concepts) {
    const source = concept.sections.filter((s) => s.lang === sourceLang);
    const target = concept.sections.filter((s) => s.lang === targetLang);
    const sourceTerms = usableTerms(source.flatMap((s) => s.terms));
    const targetAll = target.flatMap((s) => s.terms);
    const approved = usableTerms(targetAll)[0];
    if (sourceTerms.length === 0 || !approved) {
      warnEntry("entry-without-term", { entryId: concept.id, lang: sourceTerms.length === 0 ? sourceLang : targetLang });
      continue;
    }
    const forbidden = [...new Set(targetAll.filter((t) => t.status === "forbidden" && t.text !== approved.text).map((t) => t.text))];
    const subjectField = concept.categories.values.get("subjectField");
    const type = subjectField && (TBX_ENTRY_TYPES as readonly string[]).includes(subjectField.toLowerCase()) ? (subjectField.toLowerCase() as TTbxEntryType) : "term";
    const notes = [
      ...concept.categories.notes,
      ...source.flatMap((s) => s.notes),
      ...target.flatMap((s) => s.notes),
      ...sourceTerms[0]!.notes,
      ...approved.notes,
    ];
    const note = [...new Set(notes)].join("; ");
    for (const sourceTerm of sourceTerms) {
      if (seenSources.has(sourceTerm.text)) {
        warnEntry("duplicate-source", { entryId: concept.id, term: sourceTerm.text });
        continue;
      }
      seenSources.add(sourceTerm.text);
      const entry: TTbxEntry = { source: sourceTerm.text, target: approved.text, forbidden, type };
      if (note) entry.note = note;
      const partOfSpeech = sourceTerm.partOfSpeech ?? approved.partOfSpeech;
      if (partOfSpeech) entry.partOfSpeech = partOfSpeech;
      if (subjectField && type === "term" && subjectField.toLowerCase() !== "term") entry.subjectField = subjectField;
      result.push(entry);
    }
  }
  if (extraWarnings > 0) warnings.push({ code: "more-warnings", params: { fileName, count: extraWarnings } });
  const others = fileLanguages.filter((lang) => lang !== sourceLang && lang !== targetLang).sort();
  if (others.length > 0) warnings.push({ code: "other-languages", params: { fileName, languages: others.join(", "), count: others.length, sourceLang, targetLang } });
  return { entries: result, warnings, sourceLang, targetLang };
}

/** True when the text looks like a TBX file (root element <martif> or <tbx>), for telling a TBX upload from a CSV one. */
export function looksLikeTbx(text: string): boolean {
  const root = sniffRootElement(text);
  return root === "martif" || root === "tbx";
}

function termSec(term: string, status: "preferredTerm" | "deprecatedTerm", partOfSpeech: string | undefined, indent: string): string {
  const lines = [`${indent}<termSec>`, `${indent}  <term>${escapeXml(term)}</term>`];
  if (partOfSpeech) lines.push(`${indent}  <termNote type="partOfSpeech">${escapeXml(partOfSpeech)}</termNote>`);
  lines.push(`${indent}  <termNote type="administrativeStatus">${status}-admn-sts</termNote>`, `${indent}</termSec>`);
  return lines.join("\n");
}

/**
 * Writes glossary entries as TBX v3 TBX-Basic (DCA style): one conceptEntry per entry, the source term and the
 * approved translation as preferred terms, each forbidden variant as a deprecated target term, the type (other than
 * "term") as the subject field and the note as a concept-level note. parseTbx reads it back to the same entries.
 */
export function exportTbx(entries: readonly TTbxEntry[], options: { sourceLang: string; targetLang: string; title?: string }): string {
  const sourceLang = escapeXml(options.sourceLang);
  const targetLang = escapeXml(options.targetLang);
  const title = options.title ?? `Glossary ${options.sourceLang}-${options.targetLang}`;
  const concepts = entries.map((entry, index) => {
    const lines = [`      <conceptEntry id="c${index + 1}">`];
    if (entry.type !== "term") lines.push(`        <descrip type="subjectField">${escapeXml(entry.type)}</descrip>`);
    if (entry.note?.trim()) lines.push(`        <note>${escapeXml(entry.note.trim())}</note>`);
    lines.push(`        <langSec xml:lang="${sourceLang}">`, termSec(entry.source, "preferredTerm", entry.partOfSpeech, "          "), "        </langSec>");
    lines.push(`        <langSec xml:lang="${targetLang}">`, termSec(entry.target, "preferredTerm", entry.partOfSpeech, "          "));
    for (const variant of entry.forbidden) lines.push(termSec(variant, "deprecatedTerm", undefined, "          "));
    lines.push("        </langSec>", "      </conceptEntry>");
    return lines.join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt>
        <title>${escapeXml(title)}</title>
      </titleStmt>
      <sourceDesc>
        <p>Exported by tadqiq: ${entries.length} entries, ${sourceLang} to ${targetLang}.</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${concepts.join("\n")}
    </body>
  </text>
</tbx>
`;
}
