"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/server/auth/auth";
import { parseInput, runAction } from "@/lib/server/action";
import { createUser, ZNewUser } from "@/lib/server/user/create-user";
import { AppError } from "@/lib/server/errors";
import { getActor } from "@/lib/server/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { ZNewPassword } from "@/lib/server/auth/password-schema";

/** First run: creates the first (admin) account, which takes over the demo data, and signs it in. */
export async function setupFirstAccountAction(input: { email: string; password: string; name: string }) {
  const result = await runAction(async () => {
    const data = parseInput(ZNewUser.omit({ role: true }), input);
    await createUser({ actor: null, user: { ...data, role: "admin" } });
    await auth.api.signInEmail({ body: { email: data.email, password: data.password }, headers: await headers() });
    return null;
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect("/");
  }
  return result;
}

/** Signs the current user out. */
export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  revalidatePath("/", "layout");
  redirect("/sign-in");
}

const ZChangePassword = z.object({
  currentPassword: z.string().min(1, { message: "errors:auth.current-password-required" }).max(128),
  newPassword: ZNewPassword,
});

/** Changes the signed-in user's password and signs out their other sessions. */
export async function changePasswordAction(input: z.input<typeof ZChangePassword>) {
  return runAction(async () => {
    const data = parseInput(ZChangePassword, input);
    const actor = await getActor();
    const requestHeaders = await headers();
    const current = await auth.api.getSession({ headers: requestHeaders });
    try {
      // The current session is kept (revoking it here would sign the user out mid-request); the others end below.
      await auth.api.changePassword({ body: { ...data, revokeOtherSessions: false }, headers: requestHeaders });
    } catch {
      throw new AppError("auth.wrong-password", "The current password is wrong.", { status: 422 });
    }
    await db.$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { userId: actor.userId ?? "", NOT: { token: current?.session.token ?? "" } } });
      await recordAudit(tx, { actor, articleId: null, action: "user.change-password", entityType: "user", entityId: actor.userId ?? "" });
    });
    return null;
  });
}
