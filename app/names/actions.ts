"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { deleteNameEntry, MAX_SPELLING_LENGTH, NAME_KINDS, updateNameEntry } from "@/lib/server/names/update-name-entry";
import { fixNameEverywhere, previewNameFix } from "@/lib/server/names/fix-name-everywhere";

const ZId = z.string().min(1).max(64);
const ZSpelling = z.string().trim().min(1, { message: "errors:names.invalid-spelling" }).max(MAX_SPELLING_LENGTH, { message: "errors:names.invalid-spelling" });

const ZChange = z
  .object({
    id: ZId,
    house: ZSpelling.nullable().optional(),
    distinct: z.object({ spellingId: ZId, distinct: z.boolean() }).optional(),
    kind: z.enum(NAME_KINDS).nullable().optional(),
  })
  .strict();

function revalidateNames(id?: string) {
  revalidatePath("/names");
  if (id) revalidatePath(`/names/${id}`);
}

/** Chooses or confirms the house spelling (null: back to the learned majority), marks a spelling as a different person or place, sets the kind. */
export async function updateNameEntryAction(input: z.input<typeof ZChange>) {
  return runAction(async () => {
    const { id, ...change } = parseInput(ZChange, input);
    const actor = await getActor();
    await updateNameEntry({ actor, id, change });
    revalidateNames(id);
    return null;
  });
}

/** Deletes a register entry (its evidence goes with it). */
export async function deleteNameEntryAction(input: { id: string }) {
  return runAction(async () => {
    const { id } = parseInput(z.object({ id: ZId }), input);
    const actor = await getActor();
    await deleteNameEntry({ actor, id });
    revalidateNames();
    return null;
  });
}

const ZFix = z.object({ id: ZId, spelling: ZSpelling }).strict();

/** How many open articles and paragraphs "fix in all open articles" would change. */
export async function previewNameFixAction(input: z.input<typeof ZFix>) {
  return runAction(async () => {
    const data = parseInput(ZFix, input);
    const actor = await getActor();
    return previewNameFix({ actor, ...data });
  });
}

/** Replaces the spelling with the house spelling in every open article the user may correct (revisions, audited). */
export async function fixNameEverywhereAction(input: z.input<typeof ZFix>) {
  return runAction(async () => {
    const data = parseInput(ZFix, input);
    const actor = await getActor();
    const result = await fixNameEverywhere({ actor, ...data });
    revalidateNames(data.id);
    revalidatePath("/", "layout");
    return result;
  });
}
