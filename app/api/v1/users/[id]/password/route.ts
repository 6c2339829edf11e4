import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/api/api-route";
import { ZNewPassword } from "@/lib/server/auth/password-schema";
import { resetUserPassword } from "@/lib/server/user/reset-user-password";

const ZBody = z.object({ password: ZNewPassword });

/** POST /api/v1/users/{id}/password {password}: sets a new password and ends the user's sessions (admins only). */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request, ZBody);
  await resetUserPassword({ actor, userId: params.id, password: body.password });
  return json({ id: params.id, passwordReset: true });
});
