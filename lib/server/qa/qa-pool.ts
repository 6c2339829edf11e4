import "server-only";
import os from "node:os";
import { Piscina } from "piscina";
import { runQaTask, type QaTask, type QaTaskResult } from "../../qa/check-task";
import { ensureQaWorkerBundle } from "./qa-worker-bundle";

/** How one QA task ended: with a result, or stopped at the time budget (the worker thread is terminated). */
export type QaTaskOutcome = { status: "done"; result: QaTaskResult } | { status: "timed-out" };

interface PoolState {
  pool: Promise<Piscina | null> | null;
}

// On globalThis: Next.js may load this module once per route bundle, and all of them must share one pool.
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.qaPool")] ??= { pool: null }) as PoolState;

/**
 * Where QA runs: "worker" (a worker-thread pool, the default: the server's request thread stays free and a run
 * can be stopped at its time budget) or "inline" (on the calling thread; the CLI sets TADQIQ_QA_INLINE=1, a
 * short-lived process gains nothing from threads).
 */
export function qaRunMode(): "worker" | "inline" {
  return process.env.TADQIQ_QA_INLINE === "1" ? "inline" : "worker";
}

function getPool(): Promise<Piscina | null> {
  state.pool ??= (async () => {
    try {
      const filename = await ensureQaWorkerBundle();
      // Two cores are common here: one QA thread leaves the other core to the server.
      const maxThreads = Math.max(1, Math.min(4, os.availableParallelism() - 1));
      return new Piscina({ filename, minThreads: 1, maxThreads, idleTimeout: 60_000 });
    } catch (error) {
      // Without esbuild or a writable checkout the worker cannot be built: QA still runs, on this thread.
      console.error(`tadqiq: QA worker unavailable, QA runs on the request thread (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
  })();
  return state.pool;
}

/** Starts the worker pool ahead of the first save (builds the worker bundle when it is missing or stale). */
export async function warmQaPool(): Promise<void> {
  if (qaRunMode() === "worker") await getPool();
}

/** Runs one QA task within `budgetMs` (worker mode) or to completion on this thread (inline mode). */
export async function runQaTaskWithBudget(task: QaTask, budgetMs: number): Promise<QaTaskOutcome> {
  const pool = qaRunMode() === "worker" ? await getPool() : null;
  if (!pool) return { status: "done", result: runQaTask(task) };
  try {
    const result = (await pool.run(task, { signal: AbortSignal.timeout(budgetMs) })) as QaTaskResult;
    return { status: "done", result };
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") return { status: "timed-out" };
    throw error;
  }
}

/** Stops the worker threads (tests, benchmarks and scripts that end the process cleanly). */
export async function closeQaPool(): Promise<void> {
  const pool = state.pool ? await state.pool : null;
  state.pool = null;
  if (pool) await pool.destroy();
}
