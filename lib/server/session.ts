import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { db } from "./db";
import type { Actor } from "./actor";
import { trustedClientAddress } from "./auth/client-address";
import { actorFromSessionHeaders } from "./auth/session-actor";
import { AppError } from "./errors";
import type { Permission } from "./authz";
import { canAnywhere } from "./access/article-access";

/**
 * The client address of the current request, for the audit trail: set by the app's HTTP server from the socket
 * (X-Forwarded-For only from TADQIQ_TRUSTED_PROXIES); undefined when the app runs without that server.
 */
export function clientAddress(requestHeaders: Headers): string | undefined {
  return trustedClientAddress(requestHeaders);
}

/** The signed-in user of a request with these headers (session cookie), or null; role read on every request. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  return actorFromSessionHeaders(requestHeaders);
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

/**
 * For pages: the signed-in user when their role grants the permission (for article permissions: for at least one
 * language pair, globally or by a desk role); else the 403 page (app/forbidden.tsx).
 */
export async function requirePermission(permission: Permission, returnTo?: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!canAnywhere(actor, permission)) forbidden();
  return actor;
}
