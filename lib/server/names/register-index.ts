import "server-only";
import { db, type Tx } from "../db";
import { Prisma } from "../../generated/prisma/client";
import type { GlossaryEntry } from "../../qa/types";
import type { NameRecord } from "../../names/types";
import { NameIndex } from "../../names/index";
import { glossaryNameRecords } from "./glossary-names";
import { readNameRegisterVersion } from "./register-version";

/** Approved articles named as examples of a spelling. */
const EXAMPLES_PER_SPELLING = 3;

interface LoadedRegister {
  version: string;
  index: NameIndex;
  /** Entry id of each record, to fetch the examples of the few records an article needs. */
  entryIds: Map<NameRecord, string>;
  /** The records by entry id, so that a change re-reads only the entries updated since. */
  records: Map<string, NameRecord>;
  /** The latest updatedAt among the entries read. */
  watermark: number;
}

interface Cache {
  registers: Map<string, LoadedRegister>;
  loading: Map<string, Promise<LoadedRegister>>;
  glossaries: WeakMap<readonly GlossaryEntry[], NameIndex>;
  /** Full reads of a register, and reads of the entries changed since the last one. */
  loads: number;
  deltas: number;
}

// On globalThis: every route bundle of the Next.js server shares one copy of the register per target language.
const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.nameRegister")] ??= {
  registers: new Map(),
  loading: new Map(),
  glossaries: new WeakMap(),
  loads: 0,
  deltas: 0,
}) as Cache;

/**
 * A change re-reads the entries updated from this long before the latest one read: transactions of several
 * processes (PostgreSQL) may commit in another order than their clocks say.
 */
const DELTA_MARGIN_MS = 60_000;

/**
 * Reads the register entries of a target language (all, or those updated since a time) with their spellings
 * (examples are fetched per article): two queries joined in memory, never a list of 100,000 ids in one statement.
 */
export async function loadRegisterRecords(client: Tx, targetLang: string, since?: Date): Promise<{ records: NameRecord[]; entryIds: Map<NameRecord, string>; watermark: number }> {
  const where = since ? { targetLang, updatedAt: { gte: since } } : { targetLang };
  const [entries, spellings] = await Promise.all([
    client.nameEntry.findMany({ where, select: { id: true, key: true, arabic: true, kind: true, house: true, updatedAt: true } }),
    client.nameSpelling.findMany({
      where: { entry: where },
      select: { entryId: true, spelling: true, count: true, distinct: true },
      orderBy: [{ entryId: "asc" }, { count: "desc" }, { spelling: "asc" }],
    }),
  ]);
  const byEntry = new Map<string, NameRecord["spellings"]>();
  for (const s of spellings) {
    let list = byEntry.get(s.entryId);
    if (!list) byEntry.set(s.entryId, (list = []));
    list.push({ spelling: s.spelling, count: s.count, examples: [], ...(s.distinct ? { distinct: true } : {}) });
  }
  const records: NameRecord[] = [];
  const entryIds = new Map<NameRecord, string>();
  let watermark = 0;
  for (const entry of entries) {
    const record: NameRecord = {
      key: entry.key,
      arabic: entry.arabic,
      targetLang,
      ...(entry.kind === "person" || entry.kind === "place" || entry.kind === "organization" ? { kind: entry.kind } : {}),
      ...(entry.house ? { house: entry.house } : {}),
      source: "register",
      spellings: byEntry.get(entry.id) ?? [],
    };
    records.push(record);
    entryIds.set(record, entry.id);
    watermark = Math.max(watermark, entry.updatedAt.getTime());
  }
  return { records, entryIds, watermark };
}

async function fullLoad(targetLang: string, version: string): Promise<LoadedRegister> {
  cache.loads++;
  const { records, entryIds, watermark } = await loadRegisterRecords(db, targetLang);
  const byId = new Map<string, NameRecord>();
  for (const [record, id] of entryIds) byId.set(id, record);
  return { version, index: new NameIndex(records), entryIds, records: byId, watermark };
}

/**
 * The register brought up to date by re-reading only the entries updated since it was read (every register write
 * marks the entries it changes); null when entries were deleted meanwhile (then it is read again whole).
 */
async function deltaLoad(loaded: LoadedRegister, targetLang: string, version: string): Promise<LoadedRegister | null> {
  const since = new Date(Math.max(0, loaded.watermark - DELTA_MARGIN_MS));
  const [changed, total] = await Promise.all([loadRegisterRecords(db, targetLang, since), db.nameEntry.count({ where: { targetLang } })]);
  const records = new Map(loaded.records);
  for (const [record, id] of changed.entryIds) records.set(id, record);
  // Every entry still there is in `records`; more records than entries means some were deleted.
  if (records.size !== total) return null;
  cache.deltas++;
  const entryIds = new Map<NameRecord, string>();
  for (const [id, record] of records) entryIds.set(record, id);
  return { version, index: new NameIndex(records.values()), entryIds, records, watermark: Math.max(loaded.watermark, changed.watermark) };
}

/**
 * The register of a target language as a NameIndex, kept per process and brought up to date when the register
 * version (register-version.ts) changed since it was read: any process's write is seen by the next QA run here.
 */
export async function nameRegisterIndex(targetLang: string): Promise<LoadedRegister> {
  const version = await readNameRegisterVersion(db);
  const loaded = cache.registers.get(targetLang);
  if (loaded && loaded.version === version) return loaded;
  const key = `${targetLang}\u0000${version}`;
  let loading = cache.loading.get(key);
  if (!loading) {
    loading = (async () => {
      const register = (loaded ? await deltaLoad(loaded, targetLang, version) : null) ?? (await fullLoad(targetLang, version));
      cache.registers.set(targetLang, register);
      return register;
    })().finally(() => cache.loading.delete(key));
    cache.loading.set(key, loading);
  }
  return loading;
}

let warming: Promise<void> | null = null;

/**
 * Reads every target language's register into this process in the background (once), so that the first QA run
 * after a start does not wait for a large register (100,000 names take seconds to read). Failures are logged and
 * forgotten: the first QA run then reads the register itself.
 */
export function warmNameRegisters(): Promise<void> {
  warming ??= (async () => {
    const languages = await db.nameEntry.findMany({ distinct: ["targetLang"], select: { targetLang: true } });
    for (const { targetLang } of languages) await nameRegisterIndex(targetLang);
  })().catch((error: unknown) => {
    console.error("tadqiq: reading the name register ahead failed:", error);
  });
  return warming;
}

/** How many times this process read a register whole, and brought one up to date from its changed entries (tests). */
export function nameRegisterLoads(): { full: number; delta: number } {
  return { full: cache.loads, delta: cache.deltas };
}

/**
 * Fills in up to 3 approved example articles per spelling of the given records, other than the article being
 * checked (copies; the cached records stay as they are). One query, at most 4 rows per spelling whatever the
 * number of articles using it.
 */
async function withExamples(client: Tx, records: readonly NameRecord[], entryIds: Map<NameRecord, string>, articleId: string): Promise<NameRecord[]> {
  const ids = records.map((r) => entryIds.get(r)).filter((id): id is string => id !== undefined);
  if (ids.length === 0) return [...records];
  const rows = await client.$queryRaw<Array<{ entryId: string; spelling: string; articleId: string; title: string }>>`
    SELECT "entryId", "spelling", "articleId", "title" FROM (
      SELECT s."entryId" AS "entryId", s."spelling" AS "spelling", a."id" AS "articleId", a."title" AS "title",
             ROW_NUMBER() OVER (PARTITION BY s."id" ORDER BY o."id") AS "n"
      FROM "NameOccurrence" o
      JOIN "NameSpelling" s ON s."id" = o."spellingId"
      JOIN "Article" a ON a."id" = o."articleId"
      WHERE s."entryId" IN (${Prisma.join(ids)}) AND o."articleId" <> ${articleId}
    ) ranked WHERE "n" <= ${EXAMPLES_PER_SPELLING}`;
  const examples = new Map<string, Array<{ articleId: string; title: string }>>();
  for (const row of rows) {
    const key = `${row.entryId}\u0000${row.spelling}`;
    const list = examples.get(key) ?? [];
    list.push({ articleId: row.articleId, title: row.title });
    examples.set(key, list);
  }
  return records.map((record) => {
    const id = entryIds.get(record);
    if (id === undefined) return record;
    return { ...record, spellings: record.spellings.map((s) => ({ ...s, examples: examples.get(`${id}\u0000${s.spelling}`) ?? [] })) };
  });
}

/**
 * The register names an article's QA run needs: the register entries whose Arabic name occurs in its source
 * paragraphs (with their example articles), then the glossary's names (person, place, organization: their approved
 * translation is the house spelling) that occur there. Linear in the article; the register is not scanned.
 */
export async function namesForArticle(options: { articleId: string; targetLang: string; source: readonly string[]; glossary: readonly GlossaryEntry[] }): Promise<NameRecord[]> {
  const register = await nameRegisterIndex(options.targetLang);
  const relevant = register.index.relevantTo(options.source);
  let glossaryIndex = cache.glossaries.get(options.glossary);
  if (!glossaryIndex) {
    glossaryIndex = new NameIndex(glossaryNameRecords(options.glossary, options.targetLang));
    cache.glossaries.set(options.glossary, glossaryIndex);
  }
  const fromGlossary = glossaryIndex.size > 0 ? glossaryIndex.relevantTo(options.source) : [];
  return [...(await withExamples(db, relevant, register.entryIds, options.articleId)), ...fromGlossary];
}
