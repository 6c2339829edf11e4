"use server";

import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { getLiveChanges } from "@/lib/server/live/get-live-changes";

const ZId = z.string().min(1).max(64);
const ZLiveChanges = z.object({ articleId: ZId, paragraphIds: z.array(ZId).max(500), rowIds: z.array(ZId).max(500), review: z.boolean().optional() });

/** What a colleague's change touched (from a live event's ids): the paragraphs, row marks and (unless review: false) the review state. */
export async function getLiveChangesAction(input: z.input<typeof ZLiveChanges>) {
  return runAction(async () => {
    const data = parseInput(ZLiveChanges, input);
    const actor = await getActor();
    return getLiveChanges({ actor, ...data });
  });
}
