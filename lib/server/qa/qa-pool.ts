import "server-only";
import os from "node:os";
import { Piscina } from "piscina";
import { runQaTask, type QaTask, type QaTaskResult } from "../../qa/check-task";
import { ensureQaWorkerBundle } from "./qa-worker-bundle";

/** How one QA task ended: with a result, or stopped at the time budget (the worker thread is terminated). */
export type QaTaskOutcome = { status: "done"; result: QaTaskResult } | { status: "timed-out" };

interface PoolState {
  pool: Promise<Piscina | null> | null;
  warmed: Promise<void> | null;
}

// On globalThis: Next.js may load this module once per route bundle, and all of them must share one pool.
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.qaPool")] ??= { pool: null, warmed: null }) as PoolState;

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

/** Runs of the warm-up article: enough for the worker to load its code and tables and compile the hot paths. */
const WARM_UP_RUNS = 5;

/**
 * Starts the worker pool and has it check an invented 40-paragraph article a few times, in the background of the
 * server's first call (its health check): the first saves after a start then find the worker up, with its code
 * loaded and compiled, instead of paying for it (on PostgreSQL with two instances the first burst of 50 saves took
 * 2.5 s at p95 against 0.2 s for the next ones). Once per process.
 */
export function warmQaWorker(): Promise<void> {
  if (qaRunMode() !== "worker") return Promise.resolve();
  state.warmed ??= (async () => {
    const { inventArticle } = await import("../../seed/invented-article");
    const { source, target } = inventArticle(40);
    const task: QaTask = { sourceLang: "ar", targetLang: "en", source, target, alignment: source.map((_, k) => ({ source: [k], target: [k] })), glossary: [] };
    for (let run = 0; run < WARM_UP_RUNS; run++) await runQaTaskWithBudget(task, 30_000);
  })().catch((error: unknown) => {
    console.error("tadqiq: warming the QA worker up failed:", error);
  });
  return state.warmed;
}

/** Tasks the worker pool has completed (null: no pool, QA runs inline or the pool is not started). */
export async function qaPoolCompleted(): Promise<number | null> {
  const pool = state.pool ? await state.pool : null;
  return pool ? pool.completed : null;
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
  state.warmed = null;
  if (pool) await pool.destroy();
}
