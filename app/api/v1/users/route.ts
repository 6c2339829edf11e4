import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { assertCan } from "@/lib/server/authz";
import { createUser, ZNewUser } from "@/lib/server/user/create-user";
import { listUsers } from "@/lib/server/user/users";

/** GET /api/v1/users: every account with its role and deactivation date (admins only). */
export const GET = apiRoute(async ({ actor }) => {
  assertCan(actor, "user.manage");
  return json({ items: await listUsers({ actor, includeDeactivated: true }) });
});

/** POST /api/v1/users {email, password, name, role} → 201 (admins only; the password rules apply). */
export const POST = apiRoute(async ({ request, actor }) => {
  const body = await readJson(request, ZNewUser);
  const user = await createUser({ actor, user: body });
  return json(user, 201, { location: `/api/v1/users/${user.id}` });
});
