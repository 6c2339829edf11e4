import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { NameRecord } from "../../names/types";
import { houseSpelling } from "../../names/types";

/** One spelling of a register name as the names page and the API show it. */
export interface TNameSpellingDto {
  id: string;
  spelling: string;
  /** Approved articles that used it. */
  count: number;
  /** An editor said it belongs to a different person or place with the same Arabic name. */
  distinct: boolean;
}

/** Where the house spelling comes from: an editor's choice, the glossary, the learned majority; null: none yet. */
export type TNameHouseSource = "confirmed" | "glossary" | "learned" | null;

/** A register entry: an Arabic name and its spellings in one target language. */
export interface TNameEntryDto {
  id: string;
  targetLang: string;
  key: string;
  arabic: string;
  kind: "person" | "place" | "organization" | null;
  /** The house spelling QA holds translations to (null: no authority yet, no finding). */
  house: string | null;
  houseSource: TNameHouseSource;
  confirmedBy: string | null;
  confirmedAt: string | null;
  spellings: TNameSpellingDto[];
}

export interface TNameEntryRow {
  id: string;
  targetLang: string;
  key: string;
  arabic: string;
  kind: string | null;
  house: string | null;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  spellings: Array<{ id: string; spelling: string; count: number; distinct: boolean }>;
}

/** The select that reads a TNameEntryRow. */
export const NAME_ENTRY_SELECT = {
  id: true,
  targetLang: true,
  key: true,
  arabic: true,
  kind: true,
  house: true,
  confirmedBy: true,
  confirmedAt: true,
  spellings: { select: { id: true, spelling: true, count: true, distinct: true }, orderBy: [{ count: "desc" }, { spelling: "asc" }] },
} satisfies Prisma.NameEntrySelect;

function kindOf(kind: string | null): TNameEntryDto["kind"] {
  return kind === "person" || kind === "place" || kind === "organization" ? kind : null;
}

/**
 * The DTO of an entry; a glossary name with the same key gives the house spelling (the glossary is the termbase
 * editors maintain for names too), else the editor's choice, else the learned majority (lib/names/types.ts).
 */
export function nameEntryDto(row: TNameEntryRow, glossary?: NameRecord): TNameEntryDto {
  const record: NameRecord = {
    key: row.key,
    arabic: row.arabic,
    targetLang: row.targetLang,
    ...(row.house ? { house: row.house } : {}),
    source: "register",
    spellings: row.spellings.map((s) => ({ spelling: s.spelling, count: s.count, examples: [], ...(s.distinct ? { distinct: true } : {}) })),
  };
  const house = glossary?.house ? { spelling: glossary.house, source: "glossary" as const } : (() => {
    const found = houseSpelling(record);
    return found ? { spelling: found.spelling, source: found.confirmed ? ("confirmed" as const) : ("learned" as const) } : null;
  })();
  return {
    id: row.id,
    targetLang: row.targetLang,
    key: row.key,
    arabic: row.arabic,
    kind: kindOf(row.kind) ?? (glossary?.kind ?? null),
    house: house?.spelling ?? null,
    houseSource: house?.source ?? null,
    confirmedBy: row.house ? row.confirmedBy : null,
    confirmedAt: row.house && row.confirmedAt ? row.confirmedAt.toISOString() : null,
    spellings: row.spellings.map((s) => ({ id: s.id, spelling: s.spelling, count: s.count, distinct: s.distinct })),
  };
}
