"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { createApiToken, revokeApiToken } from "@/lib/server/token/api-tokens";

/** Creates an API token; the plain token is shown once. */
export async function createTokenAction(input: { name: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ name: z.string().trim().min(1, { message: "errors:token.name-required" }).max(60) }), input);
    const actor = await getActor();
    const { token } = await createApiToken({ actor, name: data.name });
    revalidatePath("/settings");
    return { token };
  });
}

/** Revokes one of the user's tokens. */
export async function revokeTokenAction(input: { tokenId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ tokenId: z.string().min(1).max(64) }), input);
    const actor = await getActor();
    await revokeApiToken({ actor, ...data });
    revalidatePath("/settings");
    return null;
  });
}
