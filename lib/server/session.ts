import "server-only";
import { cookies } from "next/headers";
import { normalizeActorName, type Actor } from "./actor";

export const ACTOR_COOKIE = "tadqiq_name";

/** The acting user of this request. */
export async function getActor(): Promise<Actor> {
  const store = await cookies();
  const raw = store.get(ACTOR_COOKIE)?.value;
  return { userId: null, name: normalizeActorName(raw ? decodeURIComponent(raw) : undefined), role: "editor" };
}
