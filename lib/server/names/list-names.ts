import "server-only";
import type { Actor } from "../actor";
import type { Prisma } from "../../generated/prisma/client";
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

/**
 * The where of a register search: Arabic text is normalized like the register's keys (hamza forms, ta marbuta,
 * the article…) and matched within them; Latin text is folded like the spellings' search keys (case, accents,
 * al-/el-, hyphens) and matched within them. An empty or unmatched text lists everything.
 */
export function nameSearchWhere(targetLang: string, query: string | undefined): Prisma.NameEntryWhereInput {
  const text = (query ?? "").trim().slice(0, MAX_NAME_QUERY_LENGTH);
  if (text === "") return { targetLang };
  if (ARABIC_LETTER.test(text)) {
    const key = normalizeNameKey(text);
    return key === "" ? { targetLang } : { targetLang, key: { contains: key } };
  }
  const latin = latinNameKey(text);
  return latin === "" ? { targetLang } : { targetLang, spellings: { some: { latinKey: { contains: latin } } } };
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
  const where = nameSearchWhere(targetLang, options.query);
  const [rows, total, glossary] = await Promise.all([
    db.nameEntry.findMany({ where, orderBy: [{ key: "asc" }], skip: (page - 1) * pageSize, take: pageSize, select: NAME_ENTRY_SELECT }),
    db.nameEntry.count({ where }),
    loadGlossaryNames(db, targetLang),
  ]);
  return { items: rows.map((row) => nameEntryDto(row, glossary.get(row.key))), total, page, pageSize };
}
