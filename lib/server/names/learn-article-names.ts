import "server-only";
import type { Tx } from "../db";
import { checkedTexts, loadArticleTexts } from "../finding/recompute-findings";
import { learnNames } from "../../names/learn";
import { latinNameKey } from "../../names/key";
import { NAMES_SOURCE_LANG } from "./name-access";
import { bumpNameRegisterVersion } from "./register-version";

/** What learning from one approved article changed in the register. */
export interface TLearnedNames {
  /** Names (with their spelling) this article now stands as evidence for. */
  learned: number;
  /** Occurrences added and removed compared with the article's previous approval. */
  added: number;
  removed: number;
}

/**
 * Learns the names of an article being approved, inside the approval's transaction: the Latin spelling the
 * article used for each Arabic name (lib/names/learn.ts) becomes its evidence. The article's previous evidence
 * (from an earlier approval) is replaced: occurrences no longer true are removed and their spellings' counts go
 * down, new ones are added and counted. Counts change by these differences rather than being recounted, because
 * imported spellings carry counts from another register without occurrences here. A spelling left with no use is
 * removed, unless an editor marked it (house spelling, different person); an entry left with no spelling and no
 * house spelling is removed. Non-Arabic sources teach nothing (the register files Arabic names).
 *
 * Reopening an approved article does not call this: its evidence stays (it was approved that way) until it is
 * approved again, which replaces it.
 */
export async function learnArticleNames(tx: Tx, article: { id: string; sourceLang: string; targetLang: string }): Promise<TLearnedNames> {
  const previous = await tx.nameOccurrence.findMany({ where: { articleId: article.id }, select: { id: true, spellingId: true } });
  let found: ReturnType<typeof learnNames> = [];
  if (article.sourceLang === NAMES_SOURCE_LANG && article.targetLang !== NAMES_SOURCE_LANG) {
    const texts = checkedTexts(await loadArticleTexts(tx, article.id));
    found = learnNames({
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      source: texts.source.map((p) => p.text),
      target: texts.target.map((p) => p.text),
      alignment: texts.alignment,
    });
  }
  return replaceEvidence(tx, article, previous, found);
}

/**
 * Removes an article's evidence from the register before the article is deleted (the occurrences would go with it,
 * but the spellings' counts would stay): counts go down, spellings and entries left unused are removed.
 */
export async function forgetArticleNames(tx: Tx, article: { id: string; sourceLang: string; targetLang: string }): Promise<TLearnedNames> {
  const previous = await tx.nameOccurrence.findMany({ where: { articleId: article.id }, select: { id: true, spellingId: true } });
  return replaceEvidence(tx, article, previous, []);
}

/** Makes `found` the article's evidence in place of `previous` (see learnArticleNames). */
async function replaceEvidence(
  tx: Tx,
  article: { id: string; targetLang: string },
  previous: ReadonlyArray<{ id: string; spellingId: string }>,
  found: ReturnType<typeof learnNames>,
): Promise<TLearnedNames> {
  if (found.length === 0 && previous.length === 0) return { learned: 0, added: 0, removed: 0 };

  // The spelling rows this approval stands for (created when new).
  const current = new Set<string>();
  for (const name of found) {
    const spelling = name.spelling.trim();
    if (name.key === "" || spelling === "") continue;
    const entry = await tx.nameEntry.upsert({
      where: { targetLang_key: { targetLang: article.targetLang, key: name.key } },
      create: { targetLang: article.targetLang, key: name.key, arabic: name.arabic, kind: name.kind ?? null },
      update: {},
      select: { id: true, kind: true },
    });
    if (entry.kind === null && name.kind) await tx.nameEntry.update({ where: { id: entry.id }, data: { kind: name.kind } });
    const row = await tx.nameSpelling.upsert({
      where: { entryId_spelling: { entryId: entry.id, spelling } },
      create: { entryId: entry.id, spelling, latinKey: latinNameKey(spelling), count: 0 },
      update: {},
      select: { id: true },
    });
    current.add(row.id);
  }

  const before = new Set(previous.map((o) => o.spellingId));
  const removed = previous.filter((o) => !current.has(o.spellingId));
  const added = [...current].filter((id) => !before.has(id));
  if (removed.length > 0) {
    await tx.nameOccurrence.deleteMany({ where: { id: { in: removed.map((o) => o.id) } } });
    await tx.nameSpelling.updateMany({ where: { id: { in: removed.map((o) => o.spellingId) } }, data: { count: { decrement: 1 } } });
  }
  if (added.length > 0) {
    await tx.nameOccurrence.createMany({ data: added.map((spellingId) => ({ spellingId, articleId: article.id, uses: 1 })) });
    await tx.nameSpelling.updateMany({ where: { id: { in: added } }, data: { count: { increment: 1 } } });
  }
  if (removed.length > 0 || added.length > 0) {
    // Entries whose spellings changed are marked updated: processes holding the register re-read just those.
    const changed = [...new Set([...removed.map((o) => o.spellingId), ...added])];
    await tx.nameEntry.updateMany({ where: { spellings: { some: { id: { in: changed } } } }, data: { updatedAt: new Date() } });
  }
  if (removed.length > 0) await pruneSpellings(tx, removed.map((o) => o.spellingId));
  if (removed.length > 0 || added.length > 0) await bumpNameRegisterVersion(tx);
  return { learned: current.size, added: added.length, removed: removed.length };
}

/** Removes spellings no approved article uses any more (unless an editor marked them), then entries left empty. */
async function pruneSpellings(tx: Tx, spellingIds: readonly string[]): Promise<void> {
  const spellings = await tx.nameSpelling.findMany({
    where: { id: { in: [...spellingIds] }, count: { lte: 0 }, distinct: false },
    select: { id: true, spelling: true, entryId: true, entry: { select: { house: true } } },
  });
  const unused = spellings.filter((s) => s.entry.house !== s.spelling);
  if (unused.length === 0) return;
  await tx.nameSpelling.deleteMany({ where: { id: { in: unused.map((s) => s.id) } } });
  const entryIds = [...new Set(unused.map((s) => s.entryId))];
  await tx.nameEntry.deleteMany({ where: { id: { in: entryIds }, house: null, spellings: { none: {} } } });
}
