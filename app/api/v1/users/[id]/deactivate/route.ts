import { apiRoute, json } from "@/lib/server/api/api-route";
import { deactivateUser } from "@/lib/server/user/deactivate-user";

/**
 * POST /api/v1/users/{id}/deactivate: sign-in refused, sessions ended and API tokens revoked at once (admins only;
 * 409 user.self-deactivate, 409 user.last-admin).
 */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => json(await deactivateUser({ actor, userId: params.id })));
