import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { setRowReviewed } from "@/lib/server/row/set-row-reviewed";

const ZReviewed = z.object({ reviewed: z.boolean({ error: "errors:row.reviewed-boolean" }) }).strict();

/**
 * PUT /api/v1/rows/{id}/reviewed {reviewed: boolean}: ticks or unticks a paragraph pair's "reviewed" mark (the TMX
 * export carries reviewed pairs only). Idempotent: `changed` is false when the row already had that mark.
 */
export const PUT = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZReviewed);
  const row = await setRowReviewed({ actor, rowId: params.id, reviewed: body.reviewed });
  return json({
    id: row.rowId,
    articleId: row.articleId,
    reviewed: row.reviewed,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    changed: row.changed,
  });
});
