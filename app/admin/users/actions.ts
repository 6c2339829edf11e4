"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { createUser, ZNewUser } from "@/lib/server/user/create-user";
import { updateUserRole } from "@/lib/server/user/users";
import { deactivateUser, reactivateUser } from "@/lib/server/user/deactivate-user";
import { resetUserPassword } from "@/lib/server/user/reset-user-password";
import { revokeApiToken } from "@/lib/server/token/api-tokens";
import { ZNewPassword } from "@/lib/server/auth/password-schema";
import { ROLES } from "@/lib/server/actor";
import { assertCan } from "@/lib/server/authz";
import { setUserScope } from "@/lib/server/user/user-scopes";

const ZUserId = z.string().min(1).max(64);

function revalidateUser(userId: string) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

/** Creates an account (admins only). */
export async function createUserAction(input: z.input<typeof ZNewUser>) {
  return runAction(async () => {
    const data = parseInput(ZNewUser, input);
    const actor = await getActor();
    const user = await createUser({ actor, user: data });
    revalidatePath("/admin/users");
    return { id: user.id };
  });
}

/** Changes a user's role (admins only); it counts from the user's next request. */
export async function updateUserRoleAction(input: { userId: string; role: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: ZUserId, role: z.enum(ROLES) }), input);
    const actor = await getActor();
    await updateUserRole({ actor, ...data });
    revalidateUser(data.userId);
    return null;
  });
}

/** Deactivates an account: sign-in refused, sessions ended, API tokens revoked (admins only). */
export async function deactivateUserAction(input: { userId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: ZUserId }), input);
    const actor = await getActor();
    await deactivateUser({ actor, userId: data.userId });
    revalidateUser(data.userId);
    return null;
  });
}

/** Lets a deactivated account sign in again (admins only). */
export async function reactivateUserAction(input: { userId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: ZUserId }), input);
    const actor = await getActor();
    await reactivateUser({ actor, userId: data.userId });
    revalidateUser(data.userId);
    return null;
  });
}

/** Sets a new password for a user and ends their sessions (admins only). */
export async function resetUserPasswordAction(input: { userId: string; password: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: ZUserId, password: ZNewPassword }), input);
    const actor = await getActor();
    await resetUserPassword({ actor, userId: data.userId, password: data.password });
    revalidateUser(data.userId);
    return null;
  });
}

/** Revokes one of a user's API tokens (admins only). */
export async function revokeUserTokenAction(input: { userId: string; tokenId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: ZUserId, tokenId: z.string().min(1).max(64) }), input);
    const actor = await getActor();
    // Admin-only here, even for one's own token (the Settings page is the place for that).
    assertCan(actor, "user.manage");
    await revokeApiToken({ actor, tokenId: data.tokenId, userId: data.userId });
    revalidateUser(data.userId);
    return null;
  });
}

/** Gives a user a role for one language pair (a desk role), or with role null takes it back (admins only). */
export async function setUserScopeAction(input: { userId: string; sourceLang: string; targetLang: string; role: string | null }) {
  return runAction(async () => {
    const data = parseInput(
      z.object({ userId: ZUserId, sourceLang: z.string().min(2).max(3), targetLang: z.string().min(2).max(3), role: z.enum(ROLES).nullable() }),
      input,
    );
    const actor = await getActor();
    const { changed } = await setUserScope({ actor, ...data });
    revalidateUser(data.userId);
    return { changed };
  });
}
