import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { getNameEntry } from "@/lib/server/names/get-name-entry";
import { deleteNameEntry, MAX_SPELLING_LENGTH, NAME_KINDS, updateNameEntry } from "@/lib/server/names/update-name-entry";

const ZPatch = z
  .object({
    house: z.string().trim().min(1).max(MAX_SPELLING_LENGTH).nullable().optional(),
    distinct: z.object({ spellingId: z.string().min(1).max(64), distinct: z.boolean() }).strict().optional(),
    kind: z.enum(NAME_KINDS).nullable().optional(),
  })
  .strict();

/** GET /api/v1/names/{id}: one register entry with its spellings and the approved articles behind each. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  return json(await getNameEntry({ actor, id: params.id }));
});

/**
 * PATCH /api/v1/names/{id} {house?, distinct?: {spellingId, distinct}, kind?}: choose or confirm the house spelling
 * (null: back to the learned majority), mark a spelling as a different person or place, set the kind. Editors and admins.
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  await updateNameEntry({ actor, id: params.id, change: body });
  return json(await getNameEntry({ actor, id: params.id }));
});

/** DELETE /api/v1/names/{id}: removes the entry with its spellings and evidence. Editors and admins. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteNameEntry({ actor, id: params.id });
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
