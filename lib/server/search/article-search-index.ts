import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { databaseProvider } from "../database-url";
import { fts5Query, searchDocument, tsQuery } from "./search-text";

/**
 * The full-text index of article titles and paragraphs (both sides), kept current by the data layer inside the
 * write transactions that change the texts (the normalization is TypeScript, lib/server/search/search-text.ts, so no
 * database trigger can do it). One document per paragraph, and one for the title (paragraphId ''):
 * - SQLite: FTS5 table `fts_article` (articleId unindexed, body) whose rowid is the id of the document's row in
 *   `fts_article_doc` (articleId, paragraphId), so a paragraph's document is found and replaced without a scan;
 * - PostgreSQL: table `fts_article` (articleId, paragraphId, body, tsv = to_tsvector('simple', body)) with a GIN
 *   index on tsv.
 * Both are created by hand-written migrations (prisma/migrations/*_fulltext, prisma/postgresql/migrations/*_fulltext);
 * their names start with fts_ so the schema drift checks leave them alone.
 */

const TITLE = "";
const CHUNK = 200;

interface SearchDoc {
  paragraphId: string;
  text: string;
}

const isPostgres = () => databaseProvider() === "postgresql";

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

/** Writes documents for the article, replacing those with the same paragraph id. */
async function writeDocs(tx: Tx, articleId: string, docs: readonly SearchDoc[], fresh: boolean): Promise<void> {
  if (docs.length === 0) return;
  if (isPostgres()) {
    for (const part of chunks(docs)) {
      const values = Prisma.join(part.map((d) => Prisma.sql`(${articleId}, ${d.paragraphId}, ${searchDocument(d.text)})`));
      await tx.$executeRaw`INSERT INTO fts_article ("articleId", "paragraphId", body) VALUES ${values}
        ON CONFLICT ("articleId", "paragraphId") DO UPDATE SET body = EXCLUDED.body`;
    }
    return;
  }
  for (const part of chunks(docs)) {
    const keys = Prisma.join(part.map((d) => Prisma.sql`(${articleId}, ${d.paragraphId})`));
    const ids = await tx.$queryRaw<Array<{ id: bigint | number; paragraphId: string }>>`
      INSERT INTO fts_article_doc ("articleId", "paragraphId") VALUES ${keys}
      ON CONFLICT ("articleId", "paragraphId") DO UPDATE SET "paragraphId" = excluded."paragraphId"
      RETURNING id, "paragraphId"`;
    const rowOf = new Map(ids.map((row) => [row.paragraphId, Number(row.id)]));
    if (!fresh) await tx.$executeRaw`DELETE FROM fts_article WHERE rowid IN (${Prisma.join(ids.map((row) => Number(row.id)))})`;
    const values = Prisma.join(part.map((d) => Prisma.sql`(${rowOf.get(d.paragraphId)!}, ${articleId}, ${searchDocument(d.text)})`));
    await tx.$executeRaw`INSERT INTO fts_article (rowid, "articleId", body) VALUES ${values}`;
  }
}

/** Removes every document of the article from the index (inside the transaction that deletes the article). */
export async function deleteArticleSearch(tx: Tx, articleId: string): Promise<void> {
  if (isPostgres()) {
    await tx.$executeRaw`DELETE FROM fts_article WHERE "articleId" = ${articleId}`;
    return;
  }
  await tx.$executeRaw`DELETE FROM fts_article WHERE rowid IN (SELECT id FROM fts_article_doc WHERE "articleId" = ${articleId})`;
  await tx.$executeRaw`DELETE FROM fts_article_doc WHERE "articleId" = ${articleId}`;
}

/** Indexes a new article's title and paragraphs (inside the transaction that creates it). */
export async function indexNewArticle(tx: Tx, articleId: string, title: string, paragraphs: readonly { id: string; text: string }[]): Promise<void> {
  await writeDocs(tx, articleId, [{ paragraphId: TITLE, text: title }, ...paragraphs.map((p) => ({ paragraphId: p.id, text: p.text }))], true);
}

/** Replaces one paragraph's document after its text changed (inside the save's transaction). */
export async function indexParagraphText(tx: Tx, articleId: string, paragraphId: string, text: string): Promise<void> {
  await writeDocs(tx, articleId, [{ paragraphId, text }], false);
}

/** Rebuilds the article's documents from its title and paragraphs (start-up backfill). */
export async function reindexArticleSearch(tx: Tx, articleId: string): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { title: true } });
  await deleteArticleSearch(tx, articleId);
  if (!article) return;
  const paragraphs = await tx.paragraph.findMany({ where: { articleId }, select: { id: true, text: true } });
  await indexNewArticle(tx, articleId, article.title, paragraphs);
}

/**
 * A subquery of the ids of articles whose title or one of whose paragraphs holds every term (each term: words
 * starting with one of its alternatives), for `"id" IN (…)`. Terms come from searchTerms (letters and digits only).
 */
export function matchingArticleIds(terms: readonly string[][]): Prisma.Sql {
  if (isPostgres()) return Prisma.sql`SELECT "articleId" FROM fts_article WHERE tsv @@ to_tsquery('simple', ${tsQuery(terms)})`;
  return Prisma.sql`SELECT "articleId" FROM fts_article WHERE fts_article MATCH ${fts5Query(terms)}`;
}
