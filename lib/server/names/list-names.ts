import "server-only";
import type { Actor } from "../actor";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import { latinNameKey, normalizeNameKey } from "../../names/key";
import { assertCanOnNames } from "./name-access";
import { loadGlossaryNames } from "./glossary-names";
import { NAME_ENTRY_SELECT, nameEntryDto, type TNameEntryDto } from "./name-entry-dto";

export const NAMES_PAGE_SIZE = 50;
export const MAX_NAMES_PAGE_SIZE = 200;
/** Longest search text (a name, not a paragraph). */
export const MAX_NAME_QUERY_LENGTH = 200;

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;

export interface TNamePage {
  items: TNameEntryDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** A register search: nothing, Arabic text as a key fragment, or Latin text as a folded spelling fragment. */
type TNameSearch = { kind: "all" } | { kind: "arabic"; key: string } | { kind: "latin"; latinKey: string };

/**
 * What a search text looks for: Arabic text is normalized like the register's keys (hamza forms, ta marbuta, the
 * article…) and matched within them; Latin text is folded like the spellings' search keys (case, accents, al-/el-,
 * hyphens) and matched within them. An empty text (or one with no letters) lists everything.
 */
export function nameSearch(query: string | undefined): TNameSearch {
  const text = (query ?? "").trim().slice(0, MAX_NAME_QUERY_LENGTH);
  if (text === "") return { kind: "all" };
  if (ARABIC_LETTER.test(text)) {
    const key = normalizeNameKey(text);
    return key === "" ? { kind: "all" } : { kind: "arabic", key };
  }
  const latinKey = latinNameKey(text);
  return latinKey === "" ? { kind: "all" } : { kind: "latin", latinKey };
}

/**
 * A page of the name register of one target language, searched in Arabic or Latin script, ordered by Arabic key;
 * the page and the total are SQL queries (the register may hold 100,000 names). Reviewers, editors and admins
 * (or a desk role of theirs for Arabic → targetLang) may read it.
 */
export async function listNames(options: { actor: Actor; targetLang: string; query?: string; page?: number; pageSize?: number }): Promise<TNamePage> {
  const { actor, targetLang } = options;
  assertCanOnNames(actor, "names.read", targetLang);
  const pageSize = Math.min(Math.max(1, Math.floor(options.pageSize ?? NAMES_PAGE_SIZE)), MAX_NAMES_PAGE_SIZE);
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const search = nameSearch(options.query);
  const skip = (page - 1) * pageSize;
  const glossaryLoad = loadGlossaryNames(db, targetLang);
  if (search.kind === "latin") {
    // The spellings matching the text, as one uncorrelated subquery (a correlated EXISTS per entry is several times
    // slower on 100,000 names); the page's entries are then read by id. The page and the total come from one scan of
    // the spellings (a window count), not two: a contains-search reads every spelling, and on SQLite a query holds
    // the process's one connection while it runs.
    const pattern = `%${search.latinKey}%`;
    const matching = Prisma.sql`SELECT "entryId" FROM "NameSpelling" WHERE "latinKey" LIKE ${pattern}`;
    const ids = await db.$queryRaw<Array<{ id: string; total: bigint | number }>>`
      SELECT "id", COUNT(*) OVER () AS "total" FROM "NameEntry" WHERE "targetLang" = ${targetLang} AND "id" IN (${matching}) ORDER BY "key" LIMIT ${pageSize} OFFSET ${skip}`;
    // A page past the end has no row to carry the total: counted apart (rare).
    const total =
      ids.length > 0
        ? Number(ids[0]!.total)
        : skip === 0
          ? 0
          : Number((await db.$queryRaw<Array<{ total: bigint | number }>>`SELECT COUNT(*) AS "total" FROM "NameEntry" WHERE "targetLang" = ${targetLang} AND "id" IN (${matching})`)[0]?.total ?? 0);
    const rows = await db.nameEntry.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: [{ key: "asc" }], select: NAME_ENTRY_SELECT });
    const glossary = await glossaryLoad;
    return { items: rows.map((row) => nameEntryDto(row, glossary.get(row.key))), total, page, pageSize };
  }
  const where: Prisma.NameEntryWhereInput = search.kind === "arabic" ? { targetLang, key: { contains: search.key } } : { targetLang };
  const [rows, total, glossary] = await Promise.all([
    db.nameEntry.findMany({ where, orderBy: [{ key: "asc" }], skip, take: pageSize, select: NAME_ENTRY_SELECT }),
    db.nameEntry.count({ where }),
    glossaryLoad,
  ]);
  return { items: rows.map((row) => nameEntryDto(row, glossary.get(row.key))), total, page, pageSize };
}
