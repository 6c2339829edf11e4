"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { createUser, ZNewUser } from "@/lib/server/user/create-user";
import { updateUserRole } from "@/lib/server/user/users";
import { ROLES } from "@/lib/server/actor";

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

/** Changes a user's role (admins only). */
export async function updateUserRoleAction(input: { userId: string; role: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) }), input);
    const actor = await getActor();
    await updateUserRole({ actor, ...data });
    revalidatePath("/admin/users");
    return null;
  });
}
