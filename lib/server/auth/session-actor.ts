import "server-only";
import { auth } from "./auth";
import { trustedClientAddress } from "./client-address";
import { db } from "../db";
import type { Actor } from "../actor";
import { actorScopes, storedRole } from "./stored-role";

/**
 * The signed-in user of a request with these headers (session cookie), or null. Name, role, desk roles and the
 * deactivation mark are read from the user row on every request, so a role change or a deactivation counts from the next one.
 */
export async function actorFromSessionHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, role: true, deactivatedAt: true, scopes: { select: { sourceLang: true, targetLang: true, role: true } } },
  });
  if (!user || user.deactivatedAt) return null;
  return { userId: user.id, name: user.name, role: storedRole(user.role), scopes: actorScopes(user.scopes), origin: trustedClientAddress(requestHeaders) };
}
