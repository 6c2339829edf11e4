import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { updateParagraphText } from "@/lib/server/paragraph/update-paragraph-text";
import { AppError } from "@/lib/server/errors";

const ZPatch = z.object({ target: z.string().min(1).max(20_000), version: z.number().int().min(1) });

/** PATCH /api/v1/segments/{id} {target, version} → 200 with the new version, 409 with the current text when stale. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  try {
    const result = await updateParagraphText({ actor, paragraphId: params.id, expectedVersion: body.version, text: body.target });
    return json({ id: params.id, version: result.version });
  } catch (error) {
    if (error instanceof AppError && error.code === "paragraph.conflict") {
      const current = error.details as { currentText: string; currentVersion: number };
      return json({ error: { code: error.code, message: error.message }, current: { target: current.currentText, version: current.currentVersion } }, 409);
    }
    throw error;
  }
});
