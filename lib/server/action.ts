import "server-only";
import type { z } from "zod";
import { AppError, toActionError, type TActionError } from "./errors";

export type TActionResult<T = null> = { ok: true; data: T } | { ok: false; error: TActionError; fieldErrors?: Record<string, string> };

/** Parses input with a zod schema; field messages are i18next keys. Throws an AppError listing the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    if (!fieldErrors[key]) fieldErrors[key] = issue.message.startsWith("errors:") ? issue.message : "errors:validation.invalid-field";
  }
  throw new AppError("validation", "Some fields are invalid.", { status: 422, details: { fieldErrors } });
}

/**
 * Runs a server action body and maps every failure to a serializable result. Every action is a public POST
 * endpoint: the body must validate its input and check access before touching data.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const actionError = toActionError(error);
    const fieldErrors = (actionError.details?.fieldErrors as Record<string, string> | undefined) ?? undefined;
    return { ok: false, error: actionError, fieldErrors };
  }
}
