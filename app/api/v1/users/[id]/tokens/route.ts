import { apiRoute, json } from "@/lib/server/api/api-route";
import { assertCan } from "@/lib/server/authz";
import { listApiTokens } from "@/lib/server/token/api-tokens";
import { getUser } from "@/lib/server/user/users";

/** GET /api/v1/users/{id}/tokens: the user's API tokens (never the secrets; admins only). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  assertCan(actor, "user.manage");
  const user = await getUser({ actor, userId: params.id });
  return json({ items: await listApiTokens({ actor, userId: user.id }) });
});
