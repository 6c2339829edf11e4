import "server-only";
import { z } from "zod";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { getLiveArticle } from "./get-live-article";
import { liveBus } from "./live-bus";
import type { TPresenceDto } from "./open-live-stream";

/** A page's presence report: its tab id, the row it is on and whether an editor is open there; `here: false` on leaving. */
export const ZPresence = z.object({
  clientId: z.string().regex(/^[\w-]{8,64}$/),
  rowId: z.string().regex(/^[\w-]{1,64}$/).nullable(),
  editing: z.boolean(),
  here: z.boolean().default(true),
});
export type TPresence = z.input<typeof ZPresence>;

/**
 * Records where the reader is on an article (for the other pages on it) and returns who is there now. Needs read
 * access (else 404); the entry is keyed by the signed-in user, so nobody can speak for someone else.
 */
export async function updatePresence(options: { actor: Actor; articleId: string; presence: TPresence | unknown }): Promise<TPresenceDto[]> {
  const parsed = ZPresence.safeParse(options.presence);
  if (!parsed.success) throw new AppError("live.invalid-presence", "Invalid presence report.", { status: 422 });
  if (!options.actor.userId) throw new AppError("auth.required", "Sign in first.", { status: 401 });
  await getLiveArticle({ actor: options.actor, articleId: options.articleId });
  const { clientId, rowId, editing, here } = parsed.data;
  const presence = { clientId, userId: options.actor.userId, name: options.actor.name, rowId, editing: here && editing, here };
  const bus = liveBus();
  // Recorded here at once (this page's answer lists it), and sent to every instance (this one applies it again: same entry).
  bus.hub.presence.apply(options.articleId, presence);
  bus.publish(options.articleId, { kind: "presence", ids: [], presence });
  return bus.hub.presence.list(options.articleId).map((e) => ({ userId: e.userId, name: e.name, rowId: e.rowId, editing: e.editing }));
}
