import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { databaseProvider } from "../database-url";
import { fts5Query, searchDocument, tsQuery } from "./search-text";

/**
 * The full-text index of article titles and paragraphs (both sides), kept current by the data layer inside the
 * write transactions that change the texts (the normalization is TypeScript, lib/server/search/search-text.ts, so no
 * database trigger can do it). One document per paragraph, and one for the title:
 * - SQLite: FTS5 table `fts_article` (body) whose rowid is the article's key × 4096 + the paragraph's ordinal (0 the
 *   title, 1 + position a source paragraph, 2049 + position a translation paragraph); the key is a small integer per
 *   article in `fts_article_key`. A search then reads the matching articles from rowids alone, and a paragraph's
 *   document is replaced by its rowid.
 * - PostgreSQL: table `fts_article` (articleId, paragraphId, body, tsv = to_tsvector('simple', body)) with a GIN
 *   index on tsv.
 * Both are created by hand-written migrations (prisma/migrations/*_fulltext*, prisma/postgresql/migrations/*_fulltext);
 * their names start with fts_ so the schema drift checks leave them alone.
 */

const CHUNK = 200;
/** Documents per article key in the SQLite rowid: the title, 2,000 source and 2,000 translation paragraphs fit. */
const KEY_SPAN = 4096;
const TARGET_ORDINAL = 2049;

/** One document: an article's title or one of its paragraphs. */
export interface SearchDoc {
  articleId: string;
  /** '' for the title */
  paragraphId: string;
  side: "title" | "source" | "target";
  position: number;
  text: string;
}

const isPostgres = () => databaseProvider() === "postgresql";

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

function ordinal(doc: SearchDoc): number {
  if (doc.side === "title") return 0;
  if (!Number.isInteger(doc.position) || doc.position < 0 || doc.position >= TARGET_ORDINAL - 1) throw new Error(`search index: paragraph position ${doc.position} out of range`);
  return (doc.side === "source" ? 1 : TARGET_ORDINAL) + doc.position;
}

/** The SQLite keys of these articles, created for those that have none yet. */
async function articleKeys(tx: Tx, articleIds: readonly string[]): Promise<Map<string, number>> {
  const keys = new Map<string, number>();
  for (const part of chunks([...new Set(articleIds)], 500)) {
    const rows = await tx.$queryRaw<Array<{ key: bigint | number; articleId: string }>>`
      INSERT INTO fts_article_key ("articleId") VALUES ${Prisma.join(part.map((id) => Prisma.sql`(${id})`))}
      ON CONFLICT ("articleId") DO UPDATE SET "articleId" = excluded."articleId"
      RETURNING "key", "articleId"`;
    for (const row of rows) keys.set(row.articleId, Number(row.key));
  }
  return keys;
}

/** PostgreSQL: a document is inserted, or replaces the paragraph's document when there is one. */
const POSTGRES_DOCUMENT_INSERT = Prisma.sql`INSERT INTO fts_article ("articleId", "paragraphId", body)`;
const POSTGRES_DOCUMENT_REPLACE = Prisma.sql`ON CONFLICT ("articleId", "paragraphId") DO UPDATE SET body = EXCLUDED.body`;

/**
 * Writes documents (any number of articles), replacing those of the same paragraphs; `fresh`: none of them exists
 * yet (a new article), so nothing is deleted first.
 */
export async function writeSearchDocuments(tx: Tx, docs: readonly SearchDoc[], fresh: boolean): Promise<void> {
  if (docs.length === 0) return;
  if (isPostgres()) {
    for (const part of chunks(docs)) {
      const values = Prisma.join(part.map((d) => Prisma.sql`(${d.articleId}, ${d.paragraphId}, ${searchDocument(d.text)})`));
      await tx.$executeRaw`${POSTGRES_DOCUMENT_INSERT} VALUES ${values} ${POSTGRES_DOCUMENT_REPLACE}`;
    }
    return;
  }
  const keys = await articleKeys(tx, docs.map((d) => d.articleId));
  for (const part of chunks(docs, 500)) {
    const rowids = part.map((d) => keys.get(d.articleId)! * KEY_SPAN + ordinal(d));
    if (!fresh) await tx.$executeRaw`DELETE FROM fts_article WHERE rowid IN (${Prisma.join(rowids)})`;
    await tx.$executeRaw`INSERT INTO fts_article (rowid, body) VALUES ${Prisma.join(part.map((d, k) => Prisma.sql`(${rowids[k]}, ${searchDocument(d.text)})`))}`;
  }
}

/** Removes every document of the article from the index (inside the transaction that deletes the article). */
export async function deleteArticleSearch(tx: Tx, articleId: string): Promise<void> {
  if (isPostgres()) {
    await tx.$executeRaw`DELETE FROM fts_article WHERE "articleId" = ${articleId}`;
    return;
  }
  const [found] = await tx.$queryRaw<Array<{ key: bigint | number }>>`SELECT "key" FROM fts_article_key WHERE "articleId" = ${articleId}`;
  if (!found) return;
  const first = Number(found.key) * KEY_SPAN;
  await tx.$executeRaw`DELETE FROM fts_article WHERE rowid BETWEEN ${first} AND ${first + KEY_SPAN - 1}`;
  await tx.$executeRaw`DELETE FROM fts_article_key WHERE "articleId" = ${articleId}`;
}

/** The documents of an article: its title and each paragraph. */
export function articleDocuments(articleId: string, title: string, paragraphs: readonly { id: string; side: string; position: number; text: string }[]): SearchDoc[] {
  return [
    { articleId, paragraphId: "", side: "title", position: 0, text: title },
    ...paragraphs.map((p) => ({ articleId, paragraphId: p.id, side: p.side === "source" ? ("source" as const) : ("target" as const), position: p.position, text: p.text })),
  ];
}

/** Indexes a new article's title and paragraphs (inside the transaction that creates it). */
export async function indexNewArticle(tx: Tx, articleId: string, title: string, paragraphs: readonly { id: string; side: string; position: number; text: string }[]): Promise<void> {
  await writeSearchDocuments(tx, articleDocuments(articleId, title, paragraphs), true);
}

/**
 * PostgreSQL: the statement that replaces one paragraph's document, for a data-modifying WITH clause (the save writes
 * its text, revision, audit entry and document in one statement); `from` is the clause's row source, so nothing is
 * written when it has no row (a stale save).
 */
export function postgresParagraphDocumentUpsert(articleId: string, paragraphId: string, text: string, from: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${POSTGRES_DOCUMENT_INSERT} SELECT ${articleId}, ${paragraphId}, ${searchDocument(text)} FROM ${from} ${POSTGRES_DOCUMENT_REPLACE}`;
}

/** Replaces one paragraph's document after its text changed (inside the save's transaction). */
export async function indexParagraphText(tx: Tx, articleId: string, paragraphId: string, text: string, known?: { side: string; position: number }): Promise<void> {
  const paragraph = known ?? (await tx.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { side: true, position: true } }));
  await writeSearchDocuments(tx, articleDocuments(articleId, "", [{ id: paragraphId, side: paragraph.side, position: paragraph.position, text }]).slice(1), false);
}

/** Rebuilds the article's documents from its title and paragraphs (start-up backfill). */
export async function reindexArticleSearch(tx: Tx, articleId: string): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { title: true } });
  await deleteArticleSearch(tx, articleId);
  if (!article) return;
  const paragraphs = await tx.paragraph.findMany({ where: { articleId }, select: { id: true, side: true, position: true, text: true } });
  await indexNewArticle(tx, articleId, article.title, paragraphs);
}

/**
 * A subquery of the ids of articles whose title or one of whose paragraphs holds every term (each term: words
 * starting with one of its alternatives), for `"id" IN (…)`. Terms come from searchTerms (letters and digits only).
 */
export function matchingArticleIds(terms: readonly string[][]): Prisma.Sql {
  if (isPostgres()) return Prisma.sql`SELECT "articleId" FROM fts_article WHERE tsv @@ to_tsquery('simple', ${tsQuery(terms)})`;
  // Only rowids are read from the index (no stored text); the key table turns them into article ids.
  return Prisma.sql`SELECT k."articleId" FROM fts_article_key k WHERE k."key" IN (SELECT rowid / ${Prisma.raw(String(KEY_SPAN))} FROM fts_article WHERE fts_article MATCH ${fts5Query(terms)})`;
}

/**
 * SQLite: how many articles have a matching document, up to `limit`, read from the index's rowids alone (every
 * article key in fts_article_key belongs to an existing article: deleteArticle removes it with the documents); the
 * rowids come in order, so the distinct keys stop at the limit. Null on PostgreSQL, whose index does not hold the
 * article ids.
 */
export function countMatchingArticles(terms: readonly string[][], limit: number): Prisma.Sql | null {
  if (isPostgres()) return null;
  return Prisma.sql`SELECT COUNT(*) AS "total" FROM (SELECT DISTINCT rowid / ${Prisma.raw(String(KEY_SPAN))} FROM fts_article WHERE fts_article MATCH ${fts5Query(terms)} LIMIT ${limit}) AS "capped"`;
}
