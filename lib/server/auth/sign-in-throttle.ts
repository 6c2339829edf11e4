import "server-only";
import { db } from "../db";

/** Failed sign-ins allowed per account within the window before further attempts wait. */
export const ACCOUNT_FAILURES = { window: 60, max: 5 };

function key(email: string): string {
  return `sign-in-account:${email.trim().toLowerCase()}`;
}

/**
 * Seconds the account must wait before another sign-in attempt, or 0. Counting per account (not only per client
 * address, which a client can fake through forwarding headers when no proxy sets them) slows password guessing.
 */
export async function signInWaitSeconds(email: string, now = Date.now()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: key(email) } });
  if (!row) return 0;
  const elapsed = (now - Number(row.lastRequest)) / 1000;
  if (elapsed >= ACCOUNT_FAILURES.window) return 0;
  return row.count >= ACCOUNT_FAILURES.max ? Math.ceil(ACCOUNT_FAILURES.window - elapsed) : 0;
}

/** Records the outcome of a sign-in attempt for the account. */
export async function recordSignIn(email: string, succeeded: boolean, now = Date.now()): Promise<void> {
  const id = key(email);
  if (succeeded) {
    await db.rateLimit.deleteMany({ where: { key: id } });
    return;
  }
  const row = await db.rateLimit.findUnique({ where: { key: id } });
  const expired = !row || (now - Number(row.lastRequest)) / 1000 >= ACCOUNT_FAILURES.window;
  await db.rateLimit.upsert({
    where: { key: id },
    create: { id, key: id, count: 1, lastRequest: BigInt(now) },
    update: expired ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 } },
  });
}
