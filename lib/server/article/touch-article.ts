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
