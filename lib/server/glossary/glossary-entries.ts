import "server-only";
import type { Actor } from "../actor";
import { assertCanOnPair, assertCanSomewhere, languagePairWhere } from "../access/article-access";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { runArticlesQaAfterWrite } from "../qa/article-qa";
import { GlossaryFormatError, parseGlossaryCsv } from "../../qa/glossary";
import { exportTbx, looksLikeTbx, MAX_TBX_ENTRIES, parseTbx, type TTbxWarning } from "../../formats/tbx";
import { exportGlossaryCsv } from "../../formats/glossary-csv";
import { isFormatError } from "../../formats/errors";
import { decodeText } from "../../formats/import/decode";
import { isLanguageCode } from "../../languages";
import type { GlossaryEntry } from "../../qa/types";

export interface TGlossaryEntryDto {
  id: string;
  sourceLang: string;
  targetLang: string;
  source: string;
  target: string;
  forbidden: string[];
  type: string;
  note: string | null;
}

export const GLOSSARY_TYPES = ["person", "organization", "place", "term"] as const;
export const MAX_GLOSSARY_ENTRIES_PER_IMPORT = 5000;

function checkPair(sourceLang: string, targetLang: string) {
  if (!isLanguageCode(sourceLang) || !isLanguageCode(targetLang) || sourceLang === targetLang) {
    throw new AppError("language.unknown", "Unknown language pair.", { status: 422 });
  }
}

/** Glossary changes alter the glossary check's findings for every article of the pair (re-checked after the write). */
async function recomputePair(sourceLang: string, targetLang: string) {
  const articles = await db.article.findMany({ where: { sourceLang, targetLang }, select: { id: true } });
  await runArticlesQaAfterWrite(articles.map((a) => a.id));
}

/** The termbase entries of the language pairs the actor may read, optionally of one pair. */
export async function listGlossaryEntries(options: { actor: Actor; sourceLang?: string; targetLang?: string }): Promise<TGlossaryEntryDto[]> {
  assertCanSomewhere(options.actor, "article.read");
  const rows = await db.glossaryEntry.findMany({
    where: { sourceLang: options.sourceLang, targetLang: options.targetLang, AND: [languagePairWhere(options.actor, "article.read")] },
    orderBy: [{ sourceLang: "asc" }, { targetLang: "asc" }, { source: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, sourceLang: r.sourceLang, targetLang: r.targetLang, source: r.source, target: r.target, forbidden: r.forbidden as string[], type: r.type, note: r.note }));
}

async function upsertEntries(tx: Tx, actor: Actor, sourceLang: string, targetLang: string, entries: GlossaryEntry[]) {
  for (const e of entries) {
    const data = { target: e.target.trim(), forbidden: e.forbidden.map((f) => f.trim()).filter(Boolean), type: e.type, note: e.note?.trim() || null };
    await tx.glossaryEntry.upsert({
      where: { sourceLang_targetLang_source: { sourceLang, targetLang, source: e.source.trim() } },
      create: { sourceLang, targetLang, source: e.source.trim(), createdBy: actor.name, createdById: actor.userId, ...data },
      update: data,
    });
  }
}

/** Adds (or replaces, by source term) one termbase entry and re-checks the pair's articles. */
export async function saveGlossaryEntry(options: { actor: Actor; sourceLang: string; targetLang: string; entry: GlossaryEntry }): Promise<void> {
  const { actor, sourceLang, targetLang, entry } = options;
  assertCanSomewhere(actor, "glossary.edit");
  checkPair(sourceLang, targetLang);
  // The glossary is per language pair: editing it needs the permission for that pair.
  assertCanOnPair(actor, "glossary.edit", { sourceLang, targetLang });
  if (!entry.source.trim() || !entry.target.trim()) throw new AppError("glossary.empty-term", "Both the source term and the approved translation are needed.", { status: 422 });
  await db.$transaction(async (tx) => {
    await upsertEntries(tx, actor, sourceLang, targetLang, [entry]);
    await recordAudit(tx, { actor, articleId: null, action: "glossary.save", entityType: "glossary", entityId: `${sourceLang}-${targetLang}:${entry.source}`, details: { ...entry } });
  }, { timeout: 60_000 });
  await recomputePair(sourceLang, targetLang);
}

/** Imports a glossary CSV (source,target,forbidden,type,note) for a language pair: all rows or none. */
export async function importGlossaryCsv(options: { actor: Actor; sourceLang: string; targetLang: string; csv: string }): Promise<{ count: number }> {
  const { actor, sourceLang, targetLang } = options;
  assertCanSomewhere(actor, "glossary.edit");
  checkPair(sourceLang, targetLang);
  assertCanOnPair(actor, "glossary.edit", { sourceLang, targetLang });
  let entries: GlossaryEntry[];
  try {
    entries = parseGlossaryCsv(options.csv);
  } catch (error) {
    if (error instanceof GlossaryFormatError) {
      throw new AppError("glossary.invalid-csv", error.message, { status: 422, params: { line: error.line, column: error.column, detail: error.message } });
    }
    throw error;
  }
  if (entries.length === 0) throw new AppError("glossary.no-entries", "The file has no glossary entries.", { status: 422 });
  if (entries.length > MAX_GLOSSARY_ENTRIES_PER_IMPORT) throw new AppError("glossary.too-many", "Too many entries.", { status: 422, params: { max: MAX_GLOSSARY_ENTRIES_PER_IMPORT } });
  await writeImport(actor, sourceLang, targetLang, entries, { format: "csv" });
  return { count: entries.length };
}

/** Writes parsed entries of a pair in one transaction, audited like any glossary import, then re-checks the pair. */
async function writeImport(actor: Actor, sourceLang: string, targetLang: string, entries: GlossaryEntry[], details: Record<string, string | number>) {
  await db.$transaction(async (tx) => {
    await upsertEntries(tx, actor, sourceLang, targetLang, entries);
    await recordAudit(tx, { actor, articleId: null, action: "glossary.import", entityType: "glossary", entityId: `${sourceLang}-${targetLang}`, details: { count: entries.length, ...details } });
  }, { timeout: 120_000 });
  await recomputePair(sourceLang, targetLang);
}

export type TGlossaryFileFormat = "csv" | "tbx";

/** The format of an uploaded glossary: .tbx/.xml by name, else a <martif>/<tbx> root by content, else CSV. */
export function glossaryFileFormat(fileName: string, text: string): TGlossaryFileFormat {
  if (/\.(tbx|xml)$/i.test(fileName)) return "tbx";
  if (/\.csv$/i.test(fileName)) return "csv";
  return looksLikeTbx(text) ? "tbx" : "csv";
}

/**
 * Imports a TBX termbase (TBX-Basic 2008 or TBX v3) into the glossary of a language pair: the pair's terms are upserted
 * by source term in one transaction; a file that cannot be read writes nothing. Entries without a term in either
 * language are skipped and reported as warnings.
 */
export async function importGlossaryTbx(options: { actor: Actor; sourceLang: string; targetLang: string; tbx: string | Uint8Array; fileName?: string }): Promise<{ count: number; warnings: TTbxWarning[] }> {
  const { actor, sourceLang, targetLang } = options;
  const fileName = options.fileName ?? "glossary.tbx";
  assertCanSomewhere(actor, "glossary.edit");
  checkPair(sourceLang, targetLang);
  assertCanOnPair(actor, "glossary.edit", { sourceLang, targetLang });
  let parsed: ReturnType<typeof parseTbx>;
  try {
    parsed = parseTbx(options.tbx, { sourceLang, targetLang, fileName });
  } catch (error) {
    if (isFormatError(error)) {
      throw new AppError(`glossary.${error.code}`, error.message, { status: 422, params: { fileName, ...error.params }, messageKey: `import:errors.${error.code}` });
    }
    throw error;
  }
  const entries: GlossaryEntry[] = parsed.entries.map((e) => ({ source: e.source, target: e.target, forbidden: e.forbidden, type: e.type, ...(e.note ? { note: e.note } : {}) }));
  if (entries.length === 0) throw new AppError("glossary.no-entries", "The file has no glossary entries.", { status: 422 });
  if (entries.length > MAX_TBX_ENTRIES) throw new AppError("glossary.too-many", "Too many entries.", { status: 422, params: { max: MAX_TBX_ENTRIES } });
  await writeImport(actor, sourceLang, targetLang, entries, { format: "tbx", fileName, skipped: parsed.warnings.filter((w) => w.code === "entry-without-term").length });
  return { count: entries.length, warnings: parsed.warnings };
}

/** Imports an uploaded glossary file, CSV or TBX (told apart by glossaryFileFormat). */
export async function importGlossaryFile(options: { actor: Actor; sourceLang: string; targetLang: string; fileName: string; bytes: Uint8Array }): Promise<{ count: number; warnings: TTbxWarning[]; format: TGlossaryFileFormat }> {
  const { actor, sourceLang, targetLang, fileName } = options;
  let text: string;
  try {
    text = decodeText(options.bytes, fileName);
  } catch (error) {
    if (isFormatError(error)) throw new AppError("text.invalid-utf8", "Not UTF-8.", { status: 422 });
    throw error;
  }
  if (glossaryFileFormat(fileName, text) === "tbx") {
    return { ...(await importGlossaryTbx({ actor, sourceLang, targetLang, tbx: text, fileName })), format: "tbx" };
  }
  return { ...(await importGlossaryCsv({ actor, sourceLang, targetLang, csv: text })), warnings: [], format: "csv" };
}

/** The glossary of one language pair as a file: TBX v3 (TBX-Basic) or CSV. Readable by whoever may read the pair's articles. */
export async function exportGlossary(options: { actor: Actor; sourceLang: string; targetLang: string; format: TGlossaryFileFormat }): Promise<{ body: string; contentType: string; fileName: string; count: number }> {
  const { actor, sourceLang, targetLang, format } = options;
  assertCanSomewhere(actor, "article.read");
  checkPair(sourceLang, targetLang);
  assertCanOnPair(actor, "article.read", { sourceLang, targetLang });
  const rows = await db.glossaryEntry.findMany({ where: { sourceLang, targetLang }, orderBy: { source: "asc" } });
  const entries = rows.map((r) => ({
    source: r.source,
    target: r.target,
    forbidden: r.forbidden as string[],
    type: (GLOSSARY_TYPES as readonly string[]).includes(r.type) ? (r.type as GlossaryEntry["type"]) : "term",
    ...(r.note ? { note: r.note } : {}),
  }));
  const stem = `glossary-${sourceLang}-${targetLang}`;
  if (format === "tbx") {
    return { body: exportTbx(entries, { sourceLang, targetLang, title: `tadqiq glossary ${sourceLang}-${targetLang}` }), contentType: "application/x-tbx+xml; charset=utf-8", fileName: `${stem}.tbx`, count: entries.length };
  }
  return { body: exportGlossaryCsv(entries), contentType: "text/csv; charset=utf-8", fileName: `${stem}.csv`, count: entries.length };
}

/** Deletes one termbase entry and re-checks the pair's articles. */
export async function deleteGlossaryEntry(options: { actor: Actor; id: string }): Promise<void> {
  assertCanSomewhere(options.actor, "glossary.edit");
  const entry = await db.$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.findUnique({ where: { id: options.id, AND: [languagePairWhere(options.actor, "glossary.edit")] } });
    if (!entry) throw new AppError("glossary.not-found", "This glossary entry does not exist.", { status: 404 });
    await tx.glossaryEntry.delete({ where: { id: entry.id } });
    await recordAudit(tx, { actor: options.actor, articleId: null, action: "glossary.delete", entityType: "glossary", entityId: entry.id, details: { source: entry.source, target: entry.target } });
    return entry;
  }, { timeout: 60_000 });
  await recomputePair(entry.sourceLang, entry.targetLang);
}
