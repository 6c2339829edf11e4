import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../db";

/**
 * Marks articles as changed now (the list's "last change" order), after a save has committed, in its own short
 * statement: a save's transaction never takes the article's row lock, so saves of different paragraphs of one
 * article (on any instance) do not wait for each other. A text save changes none of the summary columns (counts of
 * rows, issues and findings, source words, score); the QA run that follows refreshes the findings count.
 */
export async function touchArticles(articleIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return;
  // One statement (a model updateMany wraps itself in a transaction: three round trips on every save).
  await db.$executeRaw`UPDATE "Article" SET "updatedAt" = ${new Date()} WHERE "id" IN (${Prisma.join(ids)})`;
}

interface ArticleTouches {
  /** The touch statement under way. */
  running: Promise<void> | null;
  /** The touch that follows it, shared by every save that committed while it ran. */
  next: Promise<void> | null;
}

// On globalThis: every route bundle of the Next.js server must share them.
const touches = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.articleTouches")] ??= new Map()) as Map<string, ArticleTouches>;

/**
 * touchArticles for one article after a save's commit, coalesced: at most one statement per article is under way
 * and one waits; saves that commit while one runs share the next. The article's row is then written a few times per
 * burst of saves instead of once per save (50 editors of one article on two instances otherwise queue on its row
 * lock, one commit after the other). Resolves once a statement that started after the caller's commit has ended, so
 * the article's last change is never older than the save.
 */
export function touchArticleAfterSave(articleId: string): Promise<void> {
  let state = touches.get(articleId);
  if (!state) {
    state = { running: null, next: null };
    touches.set(articleId, state);
  }
  const current = state;
  const start = (): Promise<void> => {
    const run = touchArticles([articleId]).finally(() => {
      current.running = null;
      if (current.next === null) touches.delete(articleId);
    });
    current.running = run;
    return run;
  };
  if (current.running === null) return start();
  current.next ??= current.running.then(
    () => {
      current.next = null;
      return start();
    },
    () => {
      current.next = null;
      return start();
    },
  );
  return current.next;
}
