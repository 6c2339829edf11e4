import { apiRoute, json } from "@/lib/server/api/api-route";
import { GET as downloadExport } from "@/app/articles/[id]/export/route";

/** GET /api/v1/articles/{id}/export?format=…: the same files as the article page's export menu (bearer token only). */
export const GET = apiRoute<{ id: string }>(async ({ request, params }) => {
  const response = await downloadExport(request, { params: Promise.resolve(params) });
  if (response.ok) return response;
  // Same error shape as the rest of the API.
  const body = (await response.json()) as { error?: string };
  return json({ error: { code: body.error ?? "internal", message: body.error ?? "Export failed." } }, response.status);
});
