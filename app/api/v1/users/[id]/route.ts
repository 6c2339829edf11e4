import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { ROLES } from "@/lib/server/actor";
import { getUser, updateUserRole } from "@/lib/server/user/users";

const ZPatch = z.object({ role: z.enum(ROLES, { error: () => ({ message: "errors:user.invalid-role" }) }) });

/** GET /api/v1/users/{id} (admins only). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await getUser({ actor, userId: params.id })));

/** PATCH /api/v1/users/{id} {role}: counts from the user's next request; 409 user.last-admin (admins only). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZPatch);
  await updateUserRole({ actor, userId: params.id, role: body.role });
  return json(await getUser({ actor, userId: params.id }));
});
