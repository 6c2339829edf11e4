import "server-only";
import type { Tx } from "../db";
import type { GlossaryEntry } from "../../qa/types";
import type { NameRecord } from "../../names/types";
import { normalizeNameKey } from "../../names/key";
import { NAMES_SOURCE_LANG } from "./name-access";

/** Glossary types that are names: their approved translation is the house spelling of the name. */
export const GLOSSARY_NAME_TYPES = ["person", "place", "organization"] as const;

/**
 * Glossary entries of the name types as register records (source "glossary", house = the approved translation).
 * Entries whose Arabic term has no Arabic letters are left out.
 */
export function glossaryNameRecords(glossary: readonly GlossaryEntry[], targetLang: string): NameRecord[] {
  const records: NameRecord[] = [];
  for (const entry of glossary) {
    if (entry.type === "term") continue;
    const key = normalizeNameKey(entry.source);
    if (key === "" || entry.target.trim() === "") continue;
    records.push({ key, arabic: entry.source, targetLang, kind: entry.type, house: entry.target, source: "glossary", spellings: [{ spelling: entry.target, count: 0, examples: [] }] });
  }
  return records;
}

/** The glossary's names of Arabic → targetLang, by register key (the first entry wins when two fold to one key). */
export async function loadGlossaryNames(client: Tx, targetLang: string): Promise<Map<string, NameRecord>> {
  const rows = await client.glossaryEntry.findMany({
    where: { sourceLang: NAMES_SOURCE_LANG, targetLang, type: { in: [...GLOSSARY_NAME_TYPES] } },
    orderBy: { source: "asc" },
    select: { source: true, target: true, type: true },
  });
  const byKey = new Map<string, NameRecord>();
  const glossary = rows.map((r) => ({ source: r.source, target: r.target, forbidden: [], type: r.type as GlossaryEntry["type"] }));
  for (const record of glossaryNameRecords(glossary, targetLang)) if (!byKey.has(record.key)) byKey.set(record.key, record);
  return byKey;
}
