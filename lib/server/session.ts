import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth/auth";
import { db } from "./db";
import { ROLES, type Actor, type Role } from "./actor";
import { AppError } from "./errors";

/** The client address of the current request, for the audit trail. */
export function clientAddress(requestHeaders: Headers): string | undefined {
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || undefined;
}

/** The signed-in user of a request with these headers (session cookie), or null. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = (session.user as { role?: string }).role;
  return {
    userId: session.user.id,
    name: session.user.name,
    role: (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : "viewer",
    origin: clientAddress(requestHeaders),
  };
}

/** The signed-in user, or null. */
export async function getOptionalActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

/** The signed-in user; throws 401 for server actions and handlers when nobody is signed in. */
export async function getActor(): Promise<Actor> {
  const actor = await getOptionalActor();
  if (!actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
  return actor;
}

/** For pages: the signed-in user, or a redirect to first-run set-up or the sign-in page. */
export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getOptionalActor();
  if (actor) return actor;
  if ((await db.user.count()) === 0) redirect("/setup");
  redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
}
