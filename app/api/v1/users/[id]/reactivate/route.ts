import { apiRoute, json } from "@/lib/server/api/api-route";
import { reactivateUser } from "@/lib/server/user/deactivate-user";

/** POST /api/v1/users/{id}/reactivate: the account may sign in again; revoked tokens stay revoked (admins only). */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => json(await reactivateUser({ actor, userId: params.id })));
