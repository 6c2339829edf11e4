import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "./auth";
import { CLIENT_ADDRESS_HEADER, trustedClientAddress } from "./client-address";
import { beginSignInAttempt, finishSignInAttempt } from "./sign-in-throttle";
import { PASSWORD_PROBLEM_TEXT, passwordProblem } from "./password-policy";
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../actor";
import { storedRole } from "./stored-role";

const base = toNextJsHandler(auth);

/** Credentials are small: a larger body is refused before it is read. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** The request's headers with the internal client-address header set only when the app's own server vouches for it. */
function sanitizedHeaders(request: Request): { headers: Headers; address: string | undefined } {
  const address = trustedClientAddress(request.headers);
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return { headers, address };
}

/**
 * The fields of a JSON, form-encoded or multipart body as one object (the auth library accepts all three, so every
 * check here must see the same fields it will), or null when the body is none of these or cannot be parsed.
 */
async function readFields(request: Request): Promise<Record<string, unknown> | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase().split(";")[0]!.trim();
  try {
    if (type === "multipart/form-data") {
      const form = await request.formData();
      const fields: Record<string, unknown> = {};
      form.forEach((value, key) => {
        if (typeof value === "string" && !(key in fields)) fields[key] = value;
      });
      return fields;
    }
    const text = await request.text();
    if (type === "application/x-www-form-urlencoded") {
      const fields: Record<string, unknown> = {};
      for (const [key, value] of new URLSearchParams(text)) if (!(key in fields)) fields[key] = value;
      return fields;
    }
    if (type === "application/json" || /^application\/[a-z0-9.+-]*\+json$/.test(type) || type === "text/plain" || type === "") {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    }
  } catch {
    return null;
  }
  return null;
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "on" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

/** A copy of the request with a JSON body holding exactly `body`. */
function jsonRequest(request: Request, headers: Headers, body: Record<string, unknown>): Request {
  const copy = new Headers(headers);
  copy.set("content-type", "application/json");
  copy.delete("content-length");
  return new Request(request.url, { method: "POST", headers: copy, body: JSON.stringify(body) });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Email sign-in: the credentials are parsed whatever the encoding and throttled (sign-in-throttle.ts). */
async function signInEmail(request: Request, headers: Headers, address: string | undefined): Promise<Response> {
  const fields = await readFields(request);
  if (!fields || typeof fields.email !== "string" || typeof fields.password !== "string") {
    return jsonError(400, "INVALID_BODY", "Send email and password as JSON or as a form.");
  }
  const email = fields.email.trim().toLowerCase();
  const gate = await beginSignInAttempt(email, address);
  if (!gate.allowed) {
    return jsonError(429, "TOO_MANY_ATTEMPTS", "Too many failed sign-ins for this account from this address; wait and retry.", { "retry-after": String(gate.waitSeconds) });
  }
  if (gate.delayMs > 0) await sleep(gate.delayMs);
  const body: Record<string, unknown> = { email, password: fields.password };
  const rememberMe = asBoolean(fields.rememberMe);
  if (rememberMe !== undefined) body.rememberMe = rememberMe;
  if (typeof fields.callbackURL === "string") body.callbackURL = fields.callbackURL;
  let response: Response;
  try {
    response = await base.POST(jsonRequest(request, headers, body));
  } catch (error) {
    await finishSignInAttempt(email, address, "not-checked");
    throw error;
  }
  await finishSignInAttempt(email, address, response.status === 200 ? "success" : response.status === 401 ? "wrong-password" : "not-checked");
  return response;
}

/**
 * Password change through the auth endpoint: the password rules apply, every other session of the user ends (the
 * caller gets a fresh one) and the change is written to the audit trail, as with the Settings page.
 */
async function changePassword(request: Request, headers: Headers, address: string | undefined): Promise<Response> {
  const fields = await readFields(request);
  if (!fields || typeof fields.currentPassword !== "string" || typeof fields.newPassword !== "string") {
    return jsonError(400, "INVALID_BODY", "Send currentPassword and newPassword as JSON or as a form.");
  }
  const problem = passwordProblem(fields.newPassword);
  if (problem) return jsonError(400, problem, PASSWORD_PROBLEM_TEXT[problem]);
  const session = await auth.api.getSession({ headers });
  if (!session) return jsonError(401, "UNAUTHORIZED", "Sign in first.");
  const response = await base.POST(jsonRequest(request, headers, { currentPassword: fields.currentPassword, newPassword: fields.newPassword, revokeOtherSessions: true }));
  if (response.status === 200) {
    const user = await db.user.findUnique({ where: { id: session.user.id } });
    const actor: Actor = { userId: session.user.id, name: user?.name ?? session.user.name, role: storedRole(user?.role), origin: address };
    // With revokeOtherSessions the auth library ended every session of the user and issued the caller a new one.
    await db.$transaction((tx) => recordAudit(tx, { actor, articleId: null, action: "user.change-password", entityType: "user", entityId: session.user.id, details: { via: "auth-endpoint" } }));
  }
  return response;
}

/** The auth endpoints: client address from the app's server only, throttled email sign-in, password rules. */
export async function authPost(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_AUTH_BODY_BYTES) return jsonError(413, "BODY_TOO_LARGE", "The request body is too large.");
  const { headers, address } = sanitizedHeaders(request);
  const path = new URL(request.url).pathname;
  if (path.endsWith("/sign-in/email")) return signInEmail(request, headers, address);
  if (path.endsWith("/change-password")) return changePassword(request, headers, address);
  return base.POST(new Request(request.url, { method: "POST", headers, body: await request.arrayBuffer() }));
}

/** GET endpoints of the auth library (session), with the same client-address rule. */
export async function authGet(request: Request): Promise<Response> {
  const { headers } = sanitizedHeaders(request);
  return base.GET(new Request(request.url, { method: "GET", headers }));
}
