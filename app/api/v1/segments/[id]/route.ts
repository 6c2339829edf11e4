import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { saveParagraphText } from "@/lib/server/paragraph/update-paragraph-text";
import { setParagraphExcluded } from "@/lib/server/paragraph/set-paragraph-excluded";
import { AppError } from "@/lib/server/errors";

const ONE_CHANGE = "Send either {target, version} to correct the segment or {excluded, version} to exclude or restore it, not both.";
const ZEdit = z.object({ target: z.string().min(1).max(20_000), version: z.number().int().min(1), excluded: z.undefined({ error: ONE_CHANGE }).optional() });
const ZExclude = z.object({ excluded: z.boolean(), version: z.number().int().min(1).optional(), target: z.undefined({ error: ONE_CHANGE }).optional() });
const ZPatch = z.union([ZEdit, ZExclude], { error: ONE_CHANGE });

/**
 * PATCH /api/v1/segments/{id}: {target, version} corrects the text; {excluded, version?} leaves the segment out of the
 * corrected article or brings it back. 200 with the new version, 409 with the current segment when stale.
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  try {
    if (body.target !== undefined) {
      // The answer does not wait for QA: GET the article for its findings (qaPending says a run is still going).
      const result = await saveParagraphText({ actor, paragraphId: params.id, expectedVersion: body.version, text: body.target, awaitQa: false });
      return json({ id: params.id, version: result.version });
    }
    const result = await setParagraphExcluded({ actor, paragraphId: params.id, excluded: body.excluded, expectedVersion: body.version });
    return json({ id: params.id, version: result.version, excluded: result.paragraph.excluded, changed: result.changed });
  } catch (error) {
    if (error instanceof AppError && error.code === "paragraph.conflict") {
      const current = error.details as { currentText: string; currentVersion: number; currentExcluded?: boolean };
      return json(
        { error: { code: error.code, message: error.message }, current: { target: current.currentText, version: current.currentVersion, ...(current.currentExcluded !== undefined ? { excluded: current.currentExcluded } : {}) } },
        409,
      );
    }
    throw error;
  }
});
