import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { fixNameEverywhere, previewNameFix } from "@/lib/server/names/fix-name-everywhere";
import { MAX_SPELLING_LENGTH } from "@/lib/server/names/update-name-entry";

const ZBody = z.object({ spelling: z.string().trim().min(1).max(MAX_SPELLING_LENGTH), dryRun: z.boolean().default(false) }).strict();

/**
 * POST /api/v1/names/{id}/fix-all {spelling, dryRun?}: replaces the spelling with the entry's house spelling in every
 * open article of its language the token's user may correct (revisions of kind apply-all, audited). With dryRun:
 * only the counts. Answers {arabic, from, to, articles, paragraphs}.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZBody);
  const options = { actor, id: params.id, spelling: body.spelling };
  return json(body.dryRun ? await previewNameFix(options) : await fixNameEverywhere(options));
});
