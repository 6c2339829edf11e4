import "server-only";
import type { Actor } from "../actor";
import { db } from "../db";
import { articleWhere } from "../access/article-access";
import { assertCanSomewhere } from "../access/article-access";
import { assertCanOnNames, canEditNames, nameNotFound } from "./name-access";
import { loadGlossaryNames } from "./glossary-names";
import { NAME_ENTRY_SELECT, nameEntryDto, type TNameEntryDto } from "./name-entry-dto";

/** Articles listed as evidence under each spelling on the entry's page. */
export const EVIDENCE_PER_SPELLING = 20;

/** An approved article that used a spelling (only articles the reader may open are listed). */
export interface TNameEvidenceDto {
  articleId: string;
  title: string;
  status: string;
}

export interface TNameEntryDetailDto extends TNameEntryDto {
  /** Evidence per spelling id: up to EVIDENCE_PER_SPELLING articles the reader may open, most recently updated first. */
  evidence: Record<string, TNameEvidenceDto[]>;
  canEdit: boolean;
}

/** One register entry with the articles behind each spelling. */
export async function getNameEntry(options: { actor: Actor; id: string }): Promise<TNameEntryDetailDto> {
  const { actor } = options;
  assertCanSomewhere(actor, "names.read");
  const row = await db.nameEntry.findUnique({ where: { id: options.id }, select: NAME_ENTRY_SELECT });
  if (!row) throw nameNotFound();
  try {
    assertCanOnNames(actor, "names.read", row.targetLang);
  } catch {
    throw nameNotFound();
  }
  const readable = articleWhere(actor, "article.read");
  const [glossary, ...lists] = await Promise.all([
    loadGlossaryNames(db, row.targetLang),
    ...row.spellings.map((s) =>
      db.nameOccurrence.findMany({
        where: { spellingId: s.id, article: readable },
        select: { article: { select: { id: true, title: true, status: true } } },
        orderBy: { article: { updatedAt: "desc" } },
        take: EVIDENCE_PER_SPELLING,
      }),
    ),
  ]);
  const evidence: Record<string, TNameEvidenceDto[]> = {};
  row.spellings.forEach((s, index) => {
    evidence[s.id] = lists[index]!.map((o) => ({ articleId: o.article.id, title: o.article.title, status: o.article.status }));
  });
  return { ...nameEntryDto(row, glossary.get(row.key)), evidence, canEdit: canEditNames(actor, row.targetLang) };
}
