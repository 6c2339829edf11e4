/** The single error type of the data layer: a code, an i18next key for the user-facing message and its params. */
export class AppError extends Error {
  readonly code: string;
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly status: number;
  /** Extra data the caller may show (e.g. the newer text on a conflict). */
  readonly details?: Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    options: { status?: number; params?: Record<string, string | number>; details?: Record<string, unknown>; messageKey?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.messageKey ?? `errors:${code}`;
    this.params = options.params ?? {};
    this.status = options.status ?? 400;
    this.details = options.details;
  }
}

/** Serializable shape of an error for server action results. */
export interface TActionError {
  code: string;
  messageKey: string;
  params: Record<string, string | number>;
  message: string;
  details?: Record<string, unknown>;
}

/** Converts any thrown value into an action error; unknown errors become a generic one (no stack leaks). */
export function toActionError(error: unknown): TActionError {
  if (error instanceof AppError) {
    return { code: error.code, messageKey: error.messageKey, params: error.params, message: error.message, details: error.details };
  }
  console.error(error);
  return { code: "internal", messageKey: "errors:internal", params: {}, message: "Something went wrong." };
}
