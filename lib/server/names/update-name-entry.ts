import "server-only";
import type { Actor } from "../actor";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { assertCanSomewhere } from "../access/article-access";
import { latinNameKey } from "../../names/key";
import { assertCanOnNames, nameNotFound } from "./name-access";
import { bumpNameRegisterVersion } from "./register-version";
import { recheckOpenArticles } from "./recheck-open-articles";

export const MAX_SPELLING_LENGTH = 200;
export const NAME_KINDS = ["person", "place", "organization"] as const;

/**
 * An editor's change to one register entry: choose (or confirm) the house spelling — a spelling of the entry or a
 * new one typed in; `null` goes back to the learned majority —, mark a spelling as belonging to a different person
 * or place with the same Arabic name (never reported, never suggested) or take that back, say what kind of name it is.
 */
export interface TNameEntryChange {
  house?: string | null;
  distinct?: { spellingId: string; distinct: boolean };
  kind?: (typeof NAME_KINDS)[number] | null;
}

/** Reads an entry the actor may edit (404 otherwise, also for a register they may only read). */
export async function findEditableEntry(tx: Tx, actor: Actor, id: string) {
  const entry = await tx.nameEntry.findUnique({ where: { id }, include: { spellings: true } });
  if (!entry) throw nameNotFound();
  try {
    assertCanOnNames(actor, "names.read", entry.targetLang);
  } catch {
    throw nameNotFound();
  }
  assertCanOnNames(actor, "names.edit", entry.targetLang);
  return entry;
}

/** Applies an editor's change to a register entry (audited), then re-checks the open articles of its language. */
export async function updateNameEntry(options: { actor: Actor; id: string; change: TNameEntryChange }): Promise<void> {
  const { actor, change } = options;
  assertCanSomewhere(actor, "names.edit");
  if (change.house === undefined && change.distinct === undefined && change.kind === undefined) {
    throw new AppError("validation", "Nothing to change.", { status: 422, details: { fieldErrors: { _: "errors:validation.invalid-field" } } });
  }
  const targetLang = await db.$transaction(async (tx) => {
    const entry = await findEditableEntry(tx, actor, options.id);
    const details: Record<string, unknown> = { arabic: entry.arabic, targetLang: entry.targetLang };
    let house = entry.house;
    if (change.house !== undefined) {
      const spelling = change.house === null ? null : change.house.replace(/\s+/g, " ").trim();
      if (spelling !== null && (spelling === "" || spelling.length > MAX_SPELLING_LENGTH)) {
        throw new AppError("names.invalid-spelling", "A spelling needs 1 to 200 characters.", { status: 422, params: { max: MAX_SPELLING_LENGTH } });
      }
      if (spelling !== null && entry.spellings.some((s) => s.spelling === spelling && s.distinct && change.distinct?.spellingId !== s.id)) {
        throw new AppError("names.house-distinct", "This spelling is marked as a different person or place.", { status: 422, params: { spelling } });
      }
      if (spelling !== null && !entry.spellings.some((s) => s.spelling === spelling)) {
        await tx.nameSpelling.create({ data: { entryId: entry.id, spelling, latinKey: latinNameKey(spelling), count: 0 } });
      }
      await tx.nameEntry.update({
        where: { id: entry.id },
        data: spelling === null ? { house: null, confirmedBy: null, confirmedById: null, confirmedAt: null } : { house: spelling, confirmedBy: actor.name, confirmedById: actor.userId, confirmedAt: new Date() },
      });
      details.house = { from: entry.house, to: spelling };
      house = spelling;
    }
    if (change.distinct !== undefined) {
      const spelling = entry.spellings.find((s) => s.id === change.distinct!.spellingId);
      if (!spelling) throw new AppError("names.spelling-not-found", "This spelling is not in the entry.", { status: 404 });
      if (change.distinct.distinct && house === spelling.spelling) {
        throw new AppError("names.house-distinct", "The house spelling cannot be marked as a different person or place.", { status: 422, params: { spelling: spelling.spelling } });
      }
      await tx.nameSpelling.update({ where: { id: spelling.id }, data: { distinct: change.distinct.distinct } });
      await tx.nameEntry.update({ where: { id: entry.id }, data: { updatedAt: new Date() } });
      details.distinct = { spelling: spelling.spelling, distinct: change.distinct.distinct };
    }
    if (change.kind !== undefined) {
      await tx.nameEntry.update({ where: { id: entry.id }, data: { kind: change.kind } });
      details.kind = { from: entry.kind, to: change.kind };
    }
    await bumpNameRegisterVersion(tx);
    await recordAudit(tx, { actor, articleId: null, action: "names.update", entityType: "name", entityId: entry.id, details });
    return entry.targetLang;
  });
  await recheckOpenArticles(targetLang);
}

/** Deletes a register entry with its spellings and evidence (audited); approving an article again learns it anew. */
export async function deleteNameEntry(options: { actor: Actor; id: string }): Promise<void> {
  const { actor } = options;
  assertCanSomewhere(actor, "names.edit");
  const targetLang = await db.$transaction(async (tx) => {
    const entry = await findEditableEntry(tx, actor, options.id);
    await tx.nameEntry.delete({ where: { id: entry.id } });
    await bumpNameRegisterVersion(tx);
    await recordAudit(tx, {
      actor,
      articleId: null,
      action: "names.delete",
      entityType: "name",
      entityId: entry.id,
      details: { arabic: entry.arabic, targetLang: entry.targetLang, house: entry.house, spellings: entry.spellings.map((s) => ({ spelling: s.spelling, count: s.count })) },
    });
    return entry.targetLang;
  });
  await recheckOpenArticles(targetLang);
}
