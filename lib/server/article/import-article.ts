import "server-only";
import type { Actor } from "../actor";
import { assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { createArticle } from "./create-article";
import { importFile, isFormatError, MAX_PARAGRAPHS, type FormatWarning, type FormatWarningCode, splitUnitParagraphs, type ImportedBilingual, type ImportedDocument, type ImportedUnit } from "../../formats";
import { isLanguageCode, type LanguageCode } from "../../languages";
import type { AlignmentGroup } from "../../align/types";

/** One uploaded file. */
export interface ImportArticleFile {
  name: string;
  bytes: Uint8Array;
}

/** Which upload a message is about: the source or translation of a pair, or the single bilingual file. */
export type TImportFileRole = "source" | "target" | "bilingual";

export interface ImportArticleOptions {
  actor: Actor;
  /** Two monolingual files (source, then translation) or one bilingual file (XLIFF, TMX). */
  files: ImportArticleFile[];
  /** Overrides the file's language; required when the file does not declare one (.txt, .md, .docx). */
  sourceLang?: string;
  targetLang?: string;
  /** Defaults to the file's title (translation file first), else createArticle's default. */
  title?: string;
  /** Import even when the source file looks like the translation and the reverse (see createArticle). */
  confirmScripts?: boolean;
}

/** An importer warning of one file: rendered through `import:warnings.<code>` with `params` (which include fileName). */
export interface TImportWarning {
  fileName: string;
  code: FormatWarningCode;
  params: Record<string, string | number>;
}

export interface TImportArticleResult {
  id: string;
  kind: "monolingual" | "bilingual";
  title: string | undefined;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  rows: number;
  warnings: TImportWarning[];
}

/** XLIFF/TMX states that mean a reviewer already signed the unit off. */
const REVIEWED_STATES = new Set(["final", "reviewed", "signed-off", "approved"]);

/** An importer's warning about one file, with the file name among its params. */
function fileWarning(warning: FormatWarning, fileName: string): TImportWarning {
  return { fileName, code: warning.code, params: { ...warning.params, fileName } };
}

/** The app language for a BCP 47 tag from a file ("en-GB" → "en"), or null when unsupported. */
export function appLanguageOf(tag: string | undefined | null): LanguageCode | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguageCode(primary) ? primary : null;
}

function importError(code: string, message: string, params: Record<string, string | number>, role?: TImportFileRole): AppError {
  return new AppError(`import.${code}`, message, { status: 422, params, messageKey: `import:errors.${code}`, details: role ? { file: role } : undefined });
}

/** Reads one file; FormatErrors become AppErrors with `import:errors.<code>` and the file's role. */
async function readFile(file: ImportArticleFile, role: TImportFileRole) {
  try {
    return await importFile(file.bytes, file.name);
  } catch (error) {
    if (isFormatError(error)) {
      // Some messages (e.g. "XLIFF 2.0: <unit id="7"> has no <source>") do not name the file; the user needs to know which.
      const message = error.message.includes(file.name) ? error.message : `${file.name}: ${error.message}`;
      throw importError(error.code, message, { fileName: file.name, ...error.params }, role);
    }
    // A parser crash on hostile input is still "this file cannot be read", not a server error page.
    console.error(error);
    throw importError("unreadable", `${file.name} could not be read.`, { fileName: file.name }, role);
  }
}

/** Picks the article language: the caller's choice, else the file's declared one. */
function chooseLanguage(given: string | undefined, declared: string | undefined, side: "source" | "target", fileName: string): LanguageCode {
  if (given !== undefined && given !== "") {
    if (!isLanguageCode(given)) throw new AppError("language.unknown", "Unknown language code.", { status: 422 });
    return given;
  }
  if (!declared) {
    throw importError(`language-missing.${side}`, `${fileName} does not say its ${side} language; choose it.`, { fileName });
  }
  const language = appLanguageOf(declared);
  if (!language) {
    throw importError("language-unsupported", `${fileName}: the ${side} language "${declared}" is not supported.`, { fileName, lang: declared, side });
  }
  return language;
}

function isReviewed(unit: ImportedUnit): boolean {
  return unit.approved === true || (unit.state !== undefined && REVIEWED_STATES.has(unit.state.toLowerCase()));
}

function cleanParagraphs(paragraphs: string[]): string[] {
  return paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean);
}

/** One row per unit, keeping the file's pairing, unit ids, notes and review state. */
function unitsToRows(doc: ImportedBilingual) {
  const source: string[] = [];
  const target: string[] = [];
  const alignment: AlignmentGroup[] = [];
  const rowMeta: { externalId?: string; notes?: string[]; reviewed?: boolean }[] = [];
  for (const unit of doc.units) {
    const unitSource = cleanParagraphs(splitUnitParagraphs(unit.source));
    const unitTarget = cleanParagraphs(splitUnitParagraphs(unit.target));
    if (unitSource.length === 0 && unitTarget.length === 0) continue;
    alignment.push({ source: unitSource.map((_, k) => source.length + k), target: unitTarget.map((_, k) => target.length + k) });
    source.push(...unitSource);
    target.push(...unitTarget);
    rowMeta.push({
      externalId: unit.id || undefined,
      notes: unit.notes.map((note) => note.trim()).filter(Boolean),
      reviewed: unitTarget.length > 0 && isReviewed(unit),
    });
  }
  return { source, target, alignment, rowMeta };
}

function checkParagraphs(paragraphs: string[], fileName: string, side: "source" | "target", role: TImportFileRole): void {
  if (paragraphs.length === 0) {
    throw importError(`no-paragraphs.${side}`, `${fileName} has no ${side} text.`, { fileName }, role);
  }
  if (paragraphs.length > MAX_PARAGRAPHS) {
    throw importError("too-many-paragraphs", `${fileName} has ${paragraphs.length} paragraphs.`, { fileName, count: paragraphs.length, limit: MAX_PARAGRAPHS }, role);
  }
}

/**
 * Creates an article from uploaded files: a source and a translation file (paired by the aligner) or one XLIFF/TMX
 * file (one row per unit). Any unreadable file or invalid content throws before anything is written.
 */
export async function importArticle(options: ImportArticleOptions): Promise<TImportArticleResult> {
  const { actor, files } = options;
  // The pair may come from the file: createArticle checks the permission for it.
  assertCanSomewhere(actor, "article.create");
  if (files.length !== 1 && files.length !== 2) {
    throw importError("file-count", "Upload a source and a translation file, or one bilingual file.", { count: files.length });
  }
  const title = options.title?.trim() || undefined;
  const warnings: TImportWarning[] = [];
  const collect = (doc: ImportedDocument | ImportedBilingual, fileName: string) => warnings.push(...doc.warnings.map((warning) => fileWarning(warning, fileName)));

  let created: { id: string };
  let result: Omit<TImportArticleResult, "id" | "warnings">;
  if (files.length === 1) {
    const [file] = files as [ImportArticleFile];
    const imported = await readFile(file, "bilingual");
    if (imported.kind !== "bilingual") {
      throw importError("expected-bilingual", `${file.name} holds one language; upload its translation too.`, { fileName: file.name }, "bilingual");
    }
    const doc = imported.doc;
    collect(doc, file.name);
    const sourceLang = chooseLanguage(options.sourceLang, doc.sourceLang, "source", file.name);
    const targetLang = chooseLanguage(options.targetLang, doc.targetLang, "target", file.name);
    if (sourceLang === targetLang) throw new AppError("language.same", "The languages must differ.", { status: 422 });
    const rows = unitsToRows(doc);
    checkParagraphs(rows.source, file.name, "source", "bilingual");
    checkParagraphs(rows.target, file.name, "target", "bilingual");
    const articleTitle = title ?? doc.title?.trim() ?? undefined;
    created = await createArticle({
      actor,
      title: articleTitle,
      sourceLang,
      targetLang,
      sourceParagraphs: rows.source,
      targetParagraphs: rows.target,
      confirmScripts: options.confirmScripts,
      alignment: rows.alignment,
      rowMeta: rows.rowMeta,
    });
    result = { kind: "bilingual", title: articleTitle, sourceLang, targetLang, rows: rows.alignment.length };
  } else {
    const [sourceFile, targetFile] = files as [ImportArticleFile, ImportArticleFile];
    const docs: ImportedDocument[] = [];
    for (const [file, role] of [[sourceFile, "source"], [targetFile, "target"]] as const) {
      const imported = await readFile(file, role);
      if (imported.kind !== "monolingual") {
        throw importError("expected-monolingual", `${file.name} is a bilingual file; import it on its own.`, { fileName: file.name }, role);
      }
      checkParagraphs(cleanParagraphs(imported.doc.paragraphs), file.name, role, role);
      collect(imported.doc, file.name);
      docs.push(imported.doc);
    }
    const [sourceDoc, targetDoc] = docs as [ImportedDocument, ImportedDocument];
    const sourceLang = chooseLanguage(options.sourceLang, sourceDoc.lang, "source", sourceFile.name);
    const targetLang = chooseLanguage(options.targetLang, targetDoc.lang, "target", targetFile.name);
    if (sourceLang === targetLang) throw new AppError("language.same", "The languages must differ.", { status: 422 });
    const articleTitle = title ?? (targetDoc.title?.trim() || sourceDoc.title?.trim() || undefined);
    created = await createArticle({
      actor,
      title: articleTitle,
      sourceLang,
      targetLang,
      sourceParagraphs: cleanParagraphs(sourceDoc.paragraphs),
      targetParagraphs: cleanParagraphs(targetDoc.paragraphs),
      confirmScripts: options.confirmScripts,
    });
    const rows = await db.alignmentRow.count({ where: { articleId: created.id } });
    result = { kind: "monolingual", title: articleTitle, sourceLang, targetLang, rows };
  }

  try {
    // Provenance for the audit trail; the article itself is already committed by createArticle.
    await recordAudit(db, {
      actor,
      articleId: created.id,
      action: "article.import",
      entityType: "article",
      entityId: created.id,
      details: { files: files.map((file) => ({ name: file.name, bytes: file.bytes.byteLength })), kind: result.kind, warnings: warnings.map(({ code, params }) => ({ code, params })) },
    });
  } catch (error) {
    console.error(error);
  }
  return { id: created.id, ...result, warnings };
}
