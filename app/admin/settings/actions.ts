"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { updateSiteSettings } from "@/lib/server/settings/update-site-settings";

const ZSiteSettings = z.object({ fourEyesApproval: z.boolean() }).partial();

/** Changes site-wide settings (administrators only; audited). */
export async function updateSiteSettingsAction(input: z.input<typeof ZSiteSettings>) {
  return runAction(async () => {
    const data = parseInput(ZSiteSettings, input);
    const actor = await getActor();
    const settings = await updateSiteSettings({ actor, settings: data });
    revalidatePath("/admin/settings");
    return settings;
  });
}
