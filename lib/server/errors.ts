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

/** Seconds a client is asked to wait (Retry-After) when the database is locked by another process. */
export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 5;

/** True when `error` (or its cause) says the database stayed locked past the busy timeout (SQLite or PostgreSQL). */
function isSqliteBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const record = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } };
  if (record.code === "SQLITE_BUSY" || record.code === "SQLITE_BUSY_SNAPSHOT" || record.code === "SQLITE_LOCKED") return true;
  const adapterCause = record.meta?.driverAdapterError?.cause;
  if (adapterCause && (adapterCause.originalCode === "SQLITE_BUSY" || adapterCause.kind === "SocketTimeout")) return true;
  // PostgreSQL: lock_timeout ran out (55P03 lock_not_available), the server is out of connections (53300), or this
  // instance's pool had no free connection within the busy timeout (pg's own error, without a code).
  if (adapterCause && (adapterCause.originalCode === "55P03" || adapterCause.originalCode === "53300" || adapterCause.kind === "TooManyConnections")) return true;
  if (record.code === "55P03") return true;
  // Prisma: an interactive transaction ran out of time (queued behind others) or could not start in time.
  if (record.code === "P2028" || record.code === "P2024") return true;
  if (typeof record.message === "string" && /SQLITE_BUSY|database is locked|lock timeout|timeout exceeded when trying to connect/i.test(record.message)) return true;
  return isSqliteBusy(record.cause, depth + 1);
}

/**
 * The AppError db.busy (503, Retry-After) for an error caused by a database locked by another process (a backup,
 * a CLI import, a long write), or null for any other error.
 */
export function databaseBusyError(error: unknown): AppError | null {
  if (error instanceof AppError) return error.code === "db.busy" ? error : null;
  if (!isSqliteBusy(error)) return null;
  return new AppError("db.busy", "The database is busy; try again in a few seconds.", {
    status: 503,
    params: { retryAfter: DATABASE_BUSY_RETRY_AFTER_SECONDS },
  });
}

/** Converts any thrown value into an action error; unknown errors become a generic one (no stack leaks). */
export function toActionError(error: unknown): TActionError {
  const busy = databaseBusyError(error);
  if (busy) return { code: busy.code, messageKey: busy.messageKey, params: busy.params, message: busy.message };
  if (error instanceof AppError) {
    return { code: error.code, messageKey: error.messageKey, params: error.params, message: error.message, details: error.details };
  }
  console.error(error);
  return { code: "internal", messageKey: "errors:internal", params: {}, message: "Something went wrong." };
}
