import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { ROLES } from "@/lib/server/actor";
import { listUserScopes, MAX_USER_SCOPES, replaceUserScopes } from "@/lib/server/user/user-scopes";

const ZScopes = z.object({
  scopes: z
    .array(z.object({ sourceLang: z.string().min(2).max(3), targetLang: z.string().min(2).max(3), role: z.enum(ROLES) }).strict())
    .max(MAX_USER_SCOPES),
});

/** GET /api/v1/users/{id}/scopes: the account's desk roles, one per language pair (admins only). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listUserScopes({ actor, userId: params.id }) }));

/**
 * PUT /api/v1/users/{id}/scopes {scopes: [{sourceLang, targetLang, role}]}: replaces the account's desk roles
 * (an empty list removes them all); each change is in the audit log; counts from the user's next request.
 */
export const PUT = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZScopes);
  return json({ items: await replaceUserScopes({ actor, userId: params.id, scopes: body.scopes }) });
});
