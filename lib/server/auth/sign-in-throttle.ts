import "server-only";
import { db, type Tx } from "../db";

/**
 * Limits on password guessing, without a lock-out that a stranger could trigger (ASVS 2.2.1):
 * - per (account, client address): `pairFreeAttempts` failed attempts, then a wait that starts at `pairFirstWait`
 *   seconds and doubles after each further failure, up to `pairMaxWait`. An attacker's failures only make the
 *   attacker's own address wait; the owner signing in from another address is not refused.
 * - per account, from every address together: past `accountSlowAfter` failures every attempt on the account is
 *   answered after a delay (starting at `accountFirstDelayMs`, doubling, at most `accountMaxDelayMs`), never refused.
 * - per client address, across accounts: the auth library's own limit (TADQIQ_SIGN_IN_IP_MAX a minute).
 * Failures are forgotten `window` seconds after the last one; a successful sign-in clears its (account, address).
 */
export const SIGN_IN_LIMITS = {
  window: 15 * 60,
  pairFreeAttempts: 5,
  pairFirstWait: 30,
  pairMaxWait: 15 * 60,
  accountSlowAfter: 10,
  accountFirstDelayMs: 500,
  accountMaxDelayMs: 5000,
} as const;

function accountKey(email: string): string {
  return `sign-in-account:${email.trim().toLowerCase()}`;
}

function pairKey(email: string, address: string | undefined): string {
  return `sign-in-pair:${email.trim().toLowerCase()}|${address ?? "unknown"}`;
}

/** Failures still remembered in a counter row (0 when the row has expired). */
function liveCount(row: { count: number; lastRequest: bigint } | null, now: number): number {
  if (!row) return 0;
  return (now - Number(row.lastRequest)) / 1000 >= SIGN_IN_LIMITS.window ? 0 : row.count;
}

/** Seconds (account, address) must still wait after `failures` failures, the last at `last` (ms). */
export function pairWaitSeconds(failures: number, last: number, now: number): number {
  if (failures < SIGN_IN_LIMITS.pairFreeAttempts) return 0;
  const wait = Math.min(SIGN_IN_LIMITS.pairMaxWait, SIGN_IN_LIMITS.pairFirstWait * 2 ** (failures - SIGN_IN_LIMITS.pairFreeAttempts));
  return Math.max(0, Math.ceil(wait - (now - last) / 1000));
}

/** Delay before answering an attempt on an account that has `failures` recent failures from all addresses. */
export function accountDelayMs(failures: number): number {
  if (failures < SIGN_IN_LIMITS.accountSlowAfter) return 0;
  return Math.min(SIGN_IN_LIMITS.accountMaxDelayMs, SIGN_IN_LIMITS.accountFirstDelayMs * 2 ** (failures - SIGN_IN_LIMITS.accountSlowAfter));
}

async function bump(tx: Tx, key: string, now: number, by: 1 | -1): Promise<void> {
  const row = await tx.rateLimit.findUnique({ where: { key } });
  const count = Math.max(0, liveCount(row, now) + by);
  if (by < 0) {
    if (row) await tx.rateLimit.update({ where: { key }, data: { count } });
    return;
  }
  await tx.rateLimit.upsert({ where: { key }, create: { id: key, key, count, lastRequest: BigInt(now) }, update: { count, lastRequest: BigInt(now) } });
}

export type TSignInGate = { allowed: false; waitSeconds: number } | { allowed: true; delayMs: number };

/**
 * Decides whether a sign-in attempt may proceed and, if so, counts it as a failure until `finishSignInAttempt`
 * says otherwise: counting before the password check means parallel requests cannot all slip under the limit.
 */
export async function beginSignInAttempt(email: string, address: string | undefined, now = Date.now()): Promise<TSignInGate> {
  return db.$transaction(async (tx) => {
    const pair = await tx.rateLimit.findUnique({ where: { key: pairKey(email, address) } });
    const waitSeconds = pair ? pairWaitSeconds(liveCount(pair, now), Number(pair.lastRequest), now) : 0;
    if (waitSeconds > 0) return { allowed: false as const, waitSeconds };
    const account = await tx.rateLimit.findUnique({ where: { key: accountKey(email) } });
    const delayMs = accountDelayMs(liveCount(account, now));
    await bump(tx, pairKey(email, address), now, 1);
    await bump(tx, accountKey(email), now, 1);
    return { allowed: true as const, delayMs };
  });
}

/**
 * Settles an attempt begun with `beginSignInAttempt`: a success clears the (account, address) counter and takes
 * the attempt off the account's count; a wrong password stays counted; any other outcome (malformed request,
 * the per-address limit) is taken off both, since no password was checked.
 */
export async function finishSignInAttempt(email: string, address: string | undefined, outcome: "success" | "wrong-password" | "not-checked", now = Date.now()): Promise<void> {
  if (outcome === "wrong-password") return;
  await db.$transaction(async (tx) => {
    if (outcome === "success") await tx.rateLimit.deleteMany({ where: { key: pairKey(email, address) } });
    else await bump(tx, pairKey(email, address), now, -1);
    await bump(tx, accountKey(email), now, -1);
  });
}
