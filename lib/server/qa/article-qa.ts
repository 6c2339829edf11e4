import "server-only";
import { db } from "../db";
import {
  applyFindingDiff,
  changedSinceSnapshot,
  loadQaSnapshot,
  planFindingDiff,
  planIsEmpty,
  qaTaskFor,
  refreshQaSnapshot,
  snapshotIsCurrent,
  withoutParagraphs,
  type FindingDiffCounts,
  type QaSnapshot,
} from "../finding/recompute-findings";
import { rowsAffectedBy } from "../../qa/scope";
import { runQaTaskWithBudget } from "./qa-pool";
import { refreshArticleSummary } from "../article/refresh-article-summary";
import { namesForArticle } from "../names/register-index";
import { NAMES_SOURCE_LANG } from "../names/name-access";
import { publishLive } from "../live/live-bus";

/**
 * QA after a write, outside the write's transaction. Per article at most one run is in flight and at most one
 * rerun waits; every write in between adds its paragraphs to the rerun (so 50 concurrent saves cost two runs,
 * not 50). A run reads the article, checks it in a worker thread within the time budget, then writes the finding
 * diff in a short transaction only if no paragraph changed meanwhile (otherwise the rerun, which has the newer
 * text, follows). Paragraphs whose findings may be out of date are remembered until a run covering them lands.
 */

/** What changed: some paragraphs' texts (row-scoped checks re-run on their rows), or anything else ("all"). */
export type QaChange = { paragraphIds: readonly string[] } | "all";

/**
 * How a run ended. "partial": written, except for paragraphs saved again meanwhile, which a rerun re-checks;
 * "stale": the pairing changed during the run and nothing was written.
 */
export type QaRunOutcome = "current" | "partial" | "timed-out" | "failed" | "stale";

/** What the review page shows: QA is up to date, running (or queued), or its last run did not finish. */
export type TQaState = "current" | "running" | "timed-out" | "failed";

interface Deferred {
  promise: Promise<QaRunOutcome>;
  resolve(value: QaRunOutcome | Promise<QaRunOutcome>): void;
}

interface ArticleQa {
  /** Changes not yet covered by a successful run ("all" = everything). */
  dirty: Set<string> | "all";
  /** Saves of this article under way in this process (begun, not yet committed or refused). */
  writing: number;
  /** True while the run in flight waits for those saves and has not taken its changes yet (new changes join it). */
  collecting: boolean;
  /** Runs waiting for those saves to end. */
  quietWaiters: Array<() => void>;
  /** The run in flight (resolves with its outcome, or with the outcome of the rerun that redid it when it was stale). */
  running: Promise<QaRunOutcome> | null;
  rerun: Deferred | null;
  last: "current" | "timed-out" | "failed";
  staleStreak: number;
}

const DEFAULT_BUDGET_MS = 10_000;
const MAX_STALE_RERUNS = 20;

interface Registry {
  articles: Map<string, ArticleQa>;
  /** The texts of the last run per article (most recent last), so the next run re-reads only what was saved. */
  snapshots: Map<string, QaSnapshot>;
  budgetMs: number | null;
  runsStarted: number;
}

// On globalThis: every route bundle of the Next.js server must see the same runs.
const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.articleQa")] ??= { articles: new Map(), snapshots: new Map(), budgetMs: null, runsStarted: 0 }) as Registry;
const CACHED_SNAPSHOTS = 16;

/** The QA time budget in milliseconds: setQaBudget, else TADQIQ_QA_BUDGET_MS, else 10 s. */
export function qaBudgetMs(): number {
  if (registry.budgetMs !== null) return registry.budgetMs;
  const fromEnv = Number(process.env.TADQIQ_QA_BUDGET_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_BUDGET_MS;
}

/** Overrides the QA time budget for this process (null restores the default); tests use a tiny one. */
export function setQaBudget(ms: number | null): void {
  registry.budgetMs = ms;
}

function stateOf(articleId: string): ArticleQa {
  let state = registry.articles.get(articleId);
  if (!state) {
    state = { dirty: new Set(), writing: 0, collecting: false, quietWaiters: [], running: null, rerun: null, last: "current", staleStreak: 0 };
    registry.articles.set(articleId, state);
  }
  return state;
}

function addDirty(state: ArticleQa, change: QaChange | Set<string>): void {
  if (state.dirty === "all") return;
  if (change === "all") state.dirty = "all";
  else for (const id of change instanceof Set ? change : change.paragraphIds) state.dirty.add(id);
}

function deferred(): Deferred {
  let resolve!: Deferred["resolve"];
  const promise = new Promise<QaRunOutcome>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Longest a run waits for saves under way before it reads the article: saves arriving together are checked
 * together, and a long stream of saves still gets its findings in steps (saves committed after the wait go to the
 * next run).
 */
const MAX_QUIET_WAIT_MS = 150;

/**
 * A run starts this long after the save that asks for it, so that requests already received (still being
 * authenticated, not yet saving) join it: on a busy server each run then covers many saves instead of one.
 */
const COALESCE_MS = 15;

/** The article of a paragraph the last QA runs read (paragraphs never move between articles), without a query. */
export function articleOfParagraph(paragraphId: string): string | undefined {
  for (const snapshot of registry.snapshots.values()) if (snapshot.layout.has(paragraphId)) return snapshot.articleId;
  return undefined;
}

/**
 * Marks a save of the article as under way until the returned function is called. A QA run waits for such saves
 * before it reads the texts: 50 saves arriving together then cost one run, not a chain of runs each made stale by
 * the next save's commit.
 */
export function beginArticleWrite(articleId: string): () => void {
  const state = stateOf(articleId);
  state.writing++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    state.writing--;
    if (state.writing === 0) for (const wake of state.quietWaiters.splice(0)) wake();
  };
}

function waitForQuiet(state: ArticleQa): Promise<void> {
  if (state.writing === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, MAX_QUIET_WAIT_MS);
    function done() {
      clearTimeout(timer);
      const index = state.quietWaiters.indexOf(done);
      if (index >= 0) state.quietWaiters.splice(index, 1);
      resolve();
    }
    state.quietWaiters.push(done);
  });
}

/** One QA run over the article for the given changes. */
async function runOnce(articleId: string, scope: Set<string> | "all"): Promise<QaRunOutcome> {
  const started = performance.now();
  const cached = registry.snapshots.get(articleId);
  let snapshot = scope !== "all" && cached ? await refreshQaSnapshot(db, cached, [...scope]) : null;
  snapshot ??= await loadQaSnapshot(db, articleId);
  const loaded = performance.now();
  registry.snapshots.delete(articleId);
  if (!snapshot) return "current";
  let rows: number[] | undefined;
  if (scope !== "all") {
    const sourceIndex = new Map(snapshot.source.map((p, index) => [p.id, index]));
    const targetIndex = new Map(snapshot.target.map((p, index) => [p.id, index]));
    const changed = { source: [] as number[], target: [] as number[] };
    let unknown = false;
    for (const id of scope) {
      if (sourceIndex.has(id)) changed.source.push(sourceIndex.get(id)!);
      else if (targetIndex.has(id)) changed.target.push(targetIndex.get(id)!);
      else unknown = true; // excluded or removed since: only a full run is sure to be right
    }
    if (!unknown) rows = rowsAffectedBy(snapshot.alignment, changed);
  }
  const task = qaTaskFor(snapshot, rows);
  // The name register's entries (and the glossary's names) that occur in the source: the name-authority check's data.
  if (snapshot.sourceLang === NAMES_SOURCE_LANG && snapshot.targetLang !== NAMES_SOURCE_LANG) {
    task.names = await namesForArticle({ articleId, targetLang: snapshot.targetLang, source: task.source, glossary: snapshot.glossary });
  }
  const outcome = await runQaTaskWithBudget(task, qaBudgetMs());
  const checked = performance.now();
  if (outcome.status === "timed-out") return "timed-out";
  // The diff is planned outside the transaction (only this run writes the article's findings); the transaction
  // checks that the texts are still the ones checked and applies it, holding the write lock briefly. Paragraphs
  // saved since the run read them keep their findings for the rerun that has their new text (saves arriving one
  // after the other would otherwise make every run stale, and every save wait for the last one).
  const plan = await planFindingDiff(db, snapshot, outcome.result, rows);
  let written: { counts: FindingDiffCounts | null; changed: string[] | "all" };
  if (planIsEmpty(plan) && (await snapshotIsCurrent(db, snapshot))) written = { counts: { inserted: 0, updated: 0, deleted: 0, unchanged: plan.unchanged }, changed: [] };
  else {
    written = await db.$transaction(async (tx) => {
      if (await snapshotIsCurrent(tx, snapshot)) {
        const counts = await applyFindingDiff(tx, plan);
        await refreshArticleSummary(tx, articleId);
        return { counts, changed: [] };
      }
      const changed = await changedSinceSnapshot(tx, snapshot);
      if (changed === "all") return { counts: null, changed };
      const counts = await applyFindingDiff(tx, withoutParagraphs(plan, new Set(changed)));
      await refreshArticleSummary(tx, articleId);
      return { counts, changed };
    });
  }
  if (process.env.TADQIQ_QA_TRACE === "1") {
    const round = (value: number) => Math.round(value);
    const changedText = written.changed === "all" ? ", pairing changed meanwhile" : written.changed.length > 0 ? `, ${written.changed.length} paragraphs saved meanwhile` : "";
    console.log(
      `tadqiq qa ${articleId}: ${rows ? `${rows.length} rows` : "all rows"}, read ${round(loaded - started)} ms, check ${round(checked - loaded)} ms, write ${round(performance.now() - checked)} ms, ${written.counts ? JSON.stringify(written.counts) : "not written"}${changedText}`,
    );
  }
  if (!written.counts) {
    addDirty(stateOf(articleId), "all");
    return "stale";
  }
  // Open review pages refetch the findings (after the commit above; nothing to tell when none changed).
  if (written.counts.inserted + written.counts.updated + written.counts.deleted > 0) publishLive(articleId, "qa");
  // Changes made here are in the rerun's changes already; this also catches changes made elsewhere.
  if (written.changed !== "all" && written.changed.length > 0) addDirty(stateOf(articleId), { paragraphIds: written.changed });
  // Kept for the next run, which re-reads the paragraphs saved since (they are among its changes).
  registry.snapshots.set(articleId, snapshot);
  if (registry.snapshots.size > CACHED_SNAPSHOTS) registry.snapshots.delete(registry.snapshots.keys().next().value!);
  return written.changed.length > 0 ? "partial" : "current";
}

function startRun(articleId: string, state: ArticleQa): Promise<QaRunOutcome> {
  registry.runsStarted++;
  let scope: Set<string> | "all" = new Set();
  // Saves under way join this run: it takes the changes only once they have been committed (or given up).
  state.collecting = true;
  const run = new Promise((resolve) => setTimeout(resolve, COALESCE_MS))
    .then(() => waitForQuiet(state))
    .then(() => {
      state.collecting = false;
      scope = state.dirty;
      state.dirty = new Set();
      return runOnce(articleId, scope);
    })
    .catch((error: unknown) => {
      state.collecting = false;
      console.error(`tadqiq: QA run for article ${articleId} failed:`, error);
      return "failed" as const;
    });
  const chained = run.then((outcome): QaRunOutcome | Promise<QaRunOutcome> => {
    state.running = null;
    if (outcome !== "current" && outcome !== "partial") addDirty(state, scope === "all" ? "all" : scope);
    state.staleStreak = outcome === "stale" ? state.staleStreak + 1 : 0;
    if (outcome === "stale" && state.staleStreak > MAX_STALE_RERUNS) outcome = "failed";
    if (outcome !== "stale") state.last = outcome === "partial" ? "current" : outcome;
    const waiting = state.rerun;
    state.rerun = null;
    if (waiting || outcome === "stale" || outcome === "partial") {
      const next = startRun(articleId, state);
      waiting?.resolve(next);
      // A stale run's callers wait for the run that has their change.
      if (outcome === "stale") return next;
    }
    return outcome;
  });
  state.running = chained;
  return chained;
}

/** Queues QA for the article after a write; resolves when a run that covers this change has ended. */
export function scheduleArticleQa(articleId: string, change: QaChange): Promise<QaRunOutcome> {
  const state = stateOf(articleId);
  addDirty(state, change);
  if (!state.running) return startRun(articleId, state);
  if (state.collecting) return state.running;
  state.rerun ??= deferred();
  return state.rerun.promise;
}

/** Waits for a scheduled run up to the QA time budget; true when it ended with the change's findings written. */
export async function awaitQaWithinBudget(run: Promise<QaRunOutcome>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<"waiting">((resolve) => (timer = setTimeout(() => resolve("waiting"), qaBudgetMs())));
  const outcome = await Promise.race([run, budget]);
  clearTimeout(timer);
  return outcome === "current" || outcome === "partial";
}

/**
 * Queues QA after a write and waits for it up to the time budget, so the caller's response can carry fresh
 * findings; returns false when QA had not finished by then (it goes on in the background).
 */
export async function runArticleQaAfterWrite(articleId: string, change: QaChange): Promise<boolean> {
  return awaitQaWithinBudget(scheduleArticleQa(articleId, change));
}

/** QA of every given article (glossary changes), each coalesced like a save. */
export async function runArticlesQaAfterWrite(articleIds: readonly string[]): Promise<void> {
  await Promise.all(articleIds.map((id) => runArticleQaAfterWrite(id, "all")));
}

/** The article's QA state in this server process: pending while a run is in flight or queued, or after one did not finish. */
export function articleQaState(articleId: string): { qaPending: boolean; qaState: TQaState } {
  const state = registry.articles.get(articleId);
  if (!state) return { qaPending: false, qaState: "current" };
  if (state.running || state.rerun) return { qaPending: true, qaState: "running" };
  if (state.last !== "current") return { qaPending: true, qaState: state.last };
  return { qaPending: false, qaState: "current" };
}

/** How many QA runs this process started (all articles): shows how far concurrent saves were coalesced. */
export function qaRunsStarted(): number {
  return registry.runsStarted;
}

/** Resolves when no QA run of the article is in flight or queued (tests, benchmarks). */
export async function settleArticleQa(articleId: string): Promise<void> {
  for (;;) {
    const state = registry.articles.get(articleId);
    const running = state?.rerun?.promise ?? state?.running;
    if (!running) return;
    await running;
  }
}

/** Resolves when no QA run of any article is in flight or queued in this process (before closing the database). */
export async function settleAllArticleQa(): Promise<void> {
  for (;;) {
    const running = [...registry.articles.keys()].filter((id) => {
      const state = registry.articles.get(id)!;
      return state.running || state.rerun;
    });
    if (running.length === 0) return;
    await Promise.all(running.map(settleArticleQa));
  }
}
