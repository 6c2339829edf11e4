import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertCanSomewhere, canOnArticle } from "../access/article-access";
import { latinNameKey } from "../../names/key";
import { NAME_REGISTER_MAX_BYTES, NameRegisterError, readNameRegister, writeNameRegister } from "../../names/register-file";
import type { NameRecord } from "../../names/types";
import { isLanguageCode } from "../../languages";
import { Prisma } from "../../generated/prisma/client";
import { assertCanOnNames, NAMES_SOURCE_LANG } from "./name-access";
import { loadGlossaryNames } from "./glossary-names";
import { loadRegisterRecords } from "./register-index";
import { bumpNameRegisterVersion } from "./register-version";
import { recheckOpenArticles } from "./recheck-open-articles";
import { appendTo } from "../../review/append-to";

const EXAMPLES_PER_SPELLING = 3;
const BATCH = 500;

/** The target languages whose register the actor may read (all with entries, or the one asked for). */
async function readableLanguages(actor: Actor, targetLang?: string): Promise<string[]> {
  if (targetLang !== undefined) {
    assertCanOnNames(actor, "names.read", targetLang);
    return [targetLang];
  }
  assertCanSomewhere(actor, "names.read");
  const rows = await db.nameEntry.findMany({ distinct: ["targetLang"], select: { targetLang: true }, orderBy: { targetLang: "asc" } });
  return rows.map((r) => r.targetLang).filter((lang) => isLanguageCode(lang) && canOnArticle(actor, "names.read", { sourceLang: NAMES_SOURCE_LANG, targetLang: lang }));
}

/**
 * The register as a tadqiq-names file (lib/names/register-file.ts): every entry of the language(s) with its house
 * spelling and spellings, counts and up to 3 example articles each, then the glossary's names (person, place,
 * organization) that have no register entry, as source "glossary" (so `tadqiq check --names` holds translations to
 * them too; an import leaves them to the glossary).
 */
export async function exportNameRegister(options: { actor: Actor; targetLang?: string }): Promise<{ body: string; count: number; languages: string[]; examples: boolean }> {
  const languages = await readableLanguages(options.actor, options.targetLang);
  const out: NameRecord[] = [];
  for (const targetLang of languages) {
    const { records, entryIds } = await loadRegisterRecords(db, targetLang);
    const examples = await db.$queryRaw<Array<{ entryId: string; spelling: string; articleId: string; title: string }>>`
      SELECT "entryId", "spelling", "articleId", "title" FROM (
        SELECT s."entryId" AS "entryId", s."spelling" AS "spelling", a."id" AS "articleId", a."title" AS "title",
               ROW_NUMBER() OVER (PARTITION BY s."id" ORDER BY o."id") AS "n"
        FROM "NameOccurrence" o
        JOIN "NameSpelling" s ON s."id" = o."spellingId"
        JOIN "NameEntry" e ON e."id" = s."entryId"
        JOIN "Article" a ON a."id" = o."articleId"
        WHERE e."targetLang" = ${targetLang}
      ) ranked WHERE "n" <= ${EXAMPLES_PER_SPELLING}`;
    const bySpelling = new Map<string, Array<{ articleId: string; title: string }>>();
    for (const row of examples) {
      const key = `${row.entryId}\u0000${row.spelling}`;
      appendTo(bySpelling, key, { articleId: row.articleId, title: row.title });
    }
    const keys = new Set<string>();
    for (const record of records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const id = entryIds.get(record)!;
      keys.add(record.key);
      out.push({ ...record, spellings: record.spellings.map((s) => ({ ...s, count: Math.max(0, s.count), examples: bySpelling.get(`${id}\u0000${s.spelling}`) ?? [] })) });
    }
    for (const record of (await loadGlossaryNames(db, targetLang)).values()) if (!keys.has(record.key)) out.push(record);
  }
  // A register too large for an import with its examples (about 50,000 names) is written without them and
  // without the keys (recomputed on reading), so that the file can always be imported again.
  let body = writeNameRegister(out);
  const examples = Buffer.byteLength(body, "utf8") <= NAME_REGISTER_MAX_BYTES;
  if (!examples) body = writeNameRegister(out, { examples: false, keys: false });
  return { body, count: out.length, languages, examples };
}

/** What an import wrote. */
export interface TNameImportResult {
  entries: number;
  created: number;
  spellings: number;
  /** Names of the glossary (source "glossary") and names of another language than the one asked for: not imported. */
  skipped: number;
}

/**
 * Imports a tadqiq-names file into the register, all of it or nothing (one transaction; a file that cannot be read,
 * or a name of a language the actor may not edit, writes nothing). Per name: created when new; the file's house
 * spelling replaces the entry's (confirmed by the importing user); its kind is taken when the entry has none. Per
 * spelling: created when new, its count raised to the file's when that is higher (importing the same file twice
 * changes nothing), marked distinct when the file says so. Examples are not imported: evidence here comes from this
 * installation's approved articles.
 */
export async function importNameRegister(options: { actor: Actor; input: string | Uint8Array; fileName?: string; targetLang?: string }): Promise<TNameImportResult> {
  const { actor } = options;
  const fileName = options.fileName ?? "names.json";
  assertCanSomewhere(actor, "names.edit");
  let records: NameRecord[];
  try {
    records = readNameRegister(options.input, fileName);
  } catch (error) {
    if (error instanceof NameRegisterError) {
      throw new AppError(error.code, error.message, { status: 422, params: error.params, messageKey: `import:errors.${error.code}` });
    }
    throw error;
  }
  let skipped = 0;
  const wanted: NameRecord[] = [];
  for (const record of records) {
    const targetLang = record.targetLang.toLowerCase().split(/[-_]/)[0]!;
    if (record.source === "glossary" || (options.targetLang !== undefined && targetLang !== options.targetLang)) {
      skipped++;
      continue;
    }
    wanted.push({ ...record, targetLang });
  }
  const languages = [...new Set(wanted.map((r) => r.targetLang))];
  for (const targetLang of languages) assertCanOnNames(actor, "names.edit", targetLang);

  const result = await db.$transaction(
    async (tx) => {
      // Two queries joined in memory: a register of 100,000 names must not become one statement with 100,000 ids.
      const [existing, existingSpellings] = await Promise.all([
        tx.nameEntry.findMany({ where: { targetLang: { in: languages } }, select: { id: true, targetLang: true, key: true, kind: true, house: true } }),
        tx.nameSpelling.findMany({ where: { entry: { targetLang: { in: languages } } }, select: { id: true, entryId: true, spelling: true, count: true, distinct: true } }),
      ]);
      const spellingsByEntry = new Map<string, typeof existingSpellings>();
      for (const s of existingSpellings) appendTo(spellingsByEntry, s.entryId, s);
      const byKey = new Map(existing.map((e) => [`${e.targetLang}\u0000${e.key}`, { ...e, spellings: spellingsByEntry.get(e.id) ?? [] }]));
      const newEntries: Prisma.NameEntryCreateManyInput[] = [];
      const newSpellings: Prisma.NameSpellingCreateManyInput[] = [];
      let spellings = 0;
      const now = new Date();
      /** Existing entries whose spellings change: marked updated, so processes holding the register re-read them. */
      const touched = new Set<string>();
      for (const record of wanted) {
        const found = byKey.get(`${record.targetLang}\u0000${record.key}`);
        const house = record.house?.replace(/\s+/g, " ").trim() || undefined;
        const confirmed = { confirmedBy: actor.name, confirmedById: actor.userId, confirmedAt: now };
        const spellingsOf = new Map(record.spellings.map((s) => [s.spelling.replace(/\s+/g, " ").trim(), s]));
        if (house !== undefined && !spellingsOf.has(house)) spellingsOf.set(house, { spelling: house, count: 0, examples: [] });
        if (!found) {
          const id = randomUUID();
          newEntries.push({ id, targetLang: record.targetLang, key: record.key, arabic: record.arabic, kind: record.kind ?? null, ...(house !== undefined ? { house, ...confirmed } : {}) });
          for (const [spelling, s] of spellingsOf) newSpellings.push({ entryId: id, spelling, latinKey: latinNameKey(spelling), count: s.count, distinct: s.distinct === true });
          spellings += spellingsOf.size;
          continue;
        }
        const data: Prisma.NameEntryUpdateInput = {};
        if (house !== undefined && house !== found.house) Object.assign(data, { house, confirmedBy: actor.name, confirmedAt: now, confirmer: actor.userId ? { connect: { id: actor.userId } } : { disconnect: true } });
        if (found.kind === null && record.kind !== undefined) data.kind = record.kind;
        if (Object.keys(data).length > 0) await tx.nameEntry.update({ where: { id: found.id }, data });
        for (const [spelling, s] of spellingsOf) {
          spellings++;
          const current = found.spellings.find((c) => c.spelling === spelling);
          if (!current) {
            newSpellings.push({ entryId: found.id, spelling, latinKey: latinNameKey(spelling), count: s.count, distinct: s.distinct === true });
            touched.add(found.id);
            continue;
          }
          const update: Prisma.NameSpellingUpdateInput = {};
          if (s.count > current.count) update.count = s.count;
          if (s.distinct === true && !current.distinct) update.distinct = true;
          if (Object.keys(update).length > 0) {
            await tx.nameSpelling.update({ where: { id: current.id }, data: update });
            touched.add(found.id);
          }
        }
      }
      for (let i = 0; i < newEntries.length; i += BATCH) await tx.nameEntry.createMany({ data: newEntries.slice(i, i + BATCH) });
      for (let i = 0; i < newSpellings.length; i += BATCH) await tx.nameSpelling.createMany({ data: newSpellings.slice(i, i + BATCH) });
      const touchedIds = [...touched];
      for (let i = 0; i < touchedIds.length; i += BATCH) await tx.nameEntry.updateMany({ where: { id: { in: touchedIds.slice(i, i + BATCH) } }, data: { updatedAt: now } });
      await bumpNameRegisterVersion(tx);
      await recordAudit(tx, { actor, articleId: null, action: "names.import", entityType: "name", entityId: languages.join(",") || "-", details: { count: wanted.length, created: newEntries.length, skipped, fileName } });
      return { entries: wanted.length, created: newEntries.length, spellings, skipped };
    },
    { timeout: 300_000 },
  );
  for (const targetLang of languages) await (await recheckOpenArticles(targetLang)).done;
  return result;
}
