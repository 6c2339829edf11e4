import { OPENAPI } from "@/lib/server/api/openapi";

/** GET /api/v1/openapi.json: the API description (public). */
export function GET() {
  return Response.json(OPENAPI, { headers: { "cache-control": "public, max-age=300" } });
}
