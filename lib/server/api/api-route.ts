import "server-only";
import { z } from "zod";
import type { Actor } from "../actor";
import { AppError, databaseBusyError } from "../errors";
import { getRequestActor } from "../request-actor";
import { declaresBodyOver, readBodyWithin, bodyTooLarge } from "../http/read-body-within";
import enErrors from "../../../locales/en/errors.json";

/** English text of an `errors:` message key (field messages are keys so the web app can translate them). */
function englishMessage(message: string): string {
  if (!message.startsWith("errors:")) return message;
  let node: unknown = enErrors;
  for (const part of message.slice("errors:".length).split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node === "string") return node;
  const plural = (node as Record<string, unknown> | undefined)?.other;
  return typeof plural === "string" ? plural : message;
}

/** Field errors as English sentences, plus the stable codes for clients that translate themselves. */
function describeFields(raw: Record<string, string>) {
  const fields: Record<string, string> = {};
  const fieldCodes: Record<string, string> = {};
  for (const [field, message] of Object.entries(raw)) {
    fields[field] = englishMessage(message);
    if (message.startsWith("errors:")) fieldCodes[field] = message.slice("errors:".length);
  }
  return { fields, fieldCodes };
}

/** JSON error body of the REST API: a stable code, an English message and, for 422, the invalid fields. */
export interface TApiError {
  error: { code: string; message: string; fields?: Record<string, string>; fieldCodes?: Record<string, string>; details?: Record<string, unknown> };
}

/** A JSON response with the API's headers. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

function errorResponse(error: unknown): Response {
  const busy = databaseBusyError(error);
  if (busy) return json({ error: { code: busy.code, message: busy.message } } satisfies TApiError, 503, { "retry-after": String(busy.params.retryAfter) });
  if (error instanceof AppError) {
    const fields = error.details?.fieldErrors as Record<string, string> | undefined;
    const details = error.details && !fields ? error.details : undefined;
    return json({ error: { code: error.code, message: error.message, ...(fields ? describeFields(fields) : {}), ...(details ? { details } : {}) } } satisfies TApiError, error.status);
  }
  if (error instanceof z.ZodError) {
    const raw: Record<string, string> = {};
    for (const issue of error.issues) raw[issue.path.join(".") || "_"] ??= issue.message;
    return json({ error: { code: "validation", message: "Some fields are invalid.", ...describeFields(raw) } } satisfies TApiError, 422);
  }
  // Never a stack trace to the client.
  console.error(error);
  return json({ error: { code: "internal", message: "Internal error." } } satisfies TApiError, 500);
}

/**
 * Largest REST request body: a new article is two texts of up to 2 MB each (lib/article-input.ts), and JSON may
 * escape every non-ASCII character as \uXXXX (up to three times the UTF-8 size).
 */
export const MAX_API_BODY_BYTES = 13 * 1024 * 1024;

/** Reads and validates a JSON body of at most MAX_API_BODY_BYTES (413 past it); a body that is not JSON is a 422. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const bytes = await readBodyWithin(request, MAX_API_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("validation", "The body must be JSON.", { status: 422, details: { fieldErrors: { _: "The body must be JSON." } } });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a REST handler: authenticates the bearer token (never the session cookie, so a cross-site form cannot
 * act for a signed-in user), maps errors to JSON statuses (401, 403, 404, 409, 422) and never leaks a stack.
 */
export function apiRoute<P = Record<string, never>>(handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      // A declared oversized body is refused before authentication work and before a byte of it is read.
      if (declaresBodyOver(request, MAX_API_BODY_BYTES)) throw bodyTooLarge(MAX_API_BODY_BYTES);
      const actor = await getRequestActor(request, { allowCookie: false });
      return await handler({ request, actor, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
