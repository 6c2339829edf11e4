import "server-only";
import type { Tx } from "../db";
import type { GlossaryEntry } from "../../qa/types";

const TYPES = new Set(["person", "organization", "place", "term"]);

/** The termbase entries of a language pair, in the shape the QA checks take. */
export async function loadArticleGlossary(tx: Tx, sourceLang: string, targetLang: string): Promise<GlossaryEntry[]> {
  const rows = await tx.glossaryEntry.findMany({ where: { sourceLang, targetLang }, orderBy: { source: "asc" } });
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    forbidden: r.forbidden as string[],
    type: (TYPES.has(r.type) ? r.type : "term") as GlossaryEntry["type"],
    note: r.note ?? undefined,
  }));
}
