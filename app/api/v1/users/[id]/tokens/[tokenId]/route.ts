import { apiRoute, json } from "@/lib/server/api/api-route";
import { assertCan } from "@/lib/server/authz";
import { revokeApiToken } from "@/lib/server/token/api-tokens";

/** DELETE /api/v1/users/{id}/tokens/{tokenId}: revokes the token at once (admins only; 404 token.not-found). */
export const DELETE = apiRoute<{ id: string; tokenId: string }>(async ({ actor, params }) => {
  assertCan(actor, "user.manage");
  await revokeApiToken({ actor, tokenId: params.tokenId, userId: params.id });
  return json({ id: params.tokenId, revoked: true });
});
