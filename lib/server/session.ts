import "server-only";
import { cookies } from "next/headers";
import { ACTOR_COOKIE, normalizeActorName, type Actor } from "./actor";

/** The acting user of this request: the display name kept in a cookie until accounts exist. */
export async function getActor(): Promise<Actor> {
  const store = await cookies();
  const raw = store.get(ACTOR_COOKIE)?.value;
  return { name: normalizeActorName(raw ? decodeURIComponent(raw) : undefined) };
}
