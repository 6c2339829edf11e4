import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCanSomewhere, languagePairWhere, type TLanguagePair, type TLanguagePairWhere } from "../access/article-access";
import { WORD_BASE } from "../../qa/score";
import { SEVERITY_PENALTY } from "../../qa/mqm";
import type { TScoreDto } from "./get-article-review";
import { ARTICLE_STATUSES } from "./update-article-status";
import { searchTerms } from "../search/search-text";
import { matchingArticleIds } from "../search/article-search-index";

export interface TArticleListItemDto {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  rowCount: number;
  reviewedCount: number;
  openIssues: number;
  openFindings: number;
  score: TScoreDto;
  reviewer: { id: string; name: string } | null;
  editor: { id: string; name: string } | null;
  updatedAt: string;
}

/** What the list can be sorted by: last change, title, quality score, open issues. */
export const ARTICLE_SORTS = ["updated", "title", "score", "issues"] as const;
export type TArticleSort = (typeof ARTICLE_SORTS)[number];
export type TSortDirection = "asc" | "desc";

/** The direction a sort takes when none is given: newest, A to Z, worst score, most issues first. */
export const DEFAULT_SORT_DIRECTION: Record<TArticleSort, TSortDirection> = { updated: "desc", title: "asc", score: "asc", issues: "desc" };

export interface TArticleFilters {
  status?: string;
  /** "me", a user id, or "none" for unassigned articles */
  assignee?: string;
  /** "ar-en" */
  pair?: string;
  /** "pass" | "fail" */
  score?: string;
  /** full-text search in titles and paragraph text (both sides): every word must occur in the title or in one paragraph */
  q?: string;
  /** only articles still being worked on (draft or in review): "My queue" */
  open?: boolean;
  /** one of ARTICLE_SORTS (default "updated") */
  sort?: string;
  /** "asc" | "desc" (default: DEFAULT_SORT_DIRECTION of the sort) */
  dir?: string;
  page?: number;
  pageSize?: number;
}

export interface TArticleList {
  items: TArticleListItemDto[];
  total: number;
  page: number;
  pageSize: number;
  sort: TArticleSort;
  dir: TSortDirection;
}

const FALSE = Prisma.sql`1 = 0`;

function pairSql(pairs: readonly TLanguagePair[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(pairs.map((p) => Prisma.sql`("sourceLang" = ${p.sourceLang} AND "targetLang" = ${p.targetLang})`), " OR ")})`;
}

/** The access rule of article-access.ts (the actor's readable language pairs) as SQL on "Article". */
function accessSql(where: TLanguagePairWhere): Prisma.Sql | null {
  const keys = Object.keys(where);
  if (keys.some((key) => key !== "OR" && key !== "NOT" && key !== "id")) throw new Error(`listArticles: unexpected access rule ${JSON.stringify(where)}`);
  const parts: Prisma.Sql[] = [];
  if (where.id) parts.push(where.id.in.length === 0 ? FALSE : Prisma.sql`"id" IN (${Prisma.join(where.id.in)})`);
  if (where.OR) parts.push(where.OR.length === 0 ? FALSE : pairSql(where.OR));
  if (where.NOT) parts.push(where.NOT.OR.length === 0 ? Prisma.sql`1 = 1` : Prisma.sql`NOT ${pairSql(where.NOT.OR)}`);
  return parts.length === 0 ? null : Prisma.join(parts, " AND ");
}

/** The WHERE conditions of a list query (summary columns and the indexes on them; search through the full-text index). */
function conditions(actor: Actor, options: TArticleFilters): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  // Only articles the actor may read are listed (their desk roles decide per language pair).
  const access = accessSql(languagePairWhere(actor, "article.read"));
  if (access) and.push(access);
  if (options.status) {
    // Statuses are written into the SQL from the fixed list (PostgreSQL compares an enum column with a literal).
    const status = ARTICLE_STATUSES.find((s) => s === options.status);
    and.push(status ? Prisma.raw(`"status" = '${status}'`) : FALSE);
  }
  if (options.open) and.push(Prisma.raw(`"status" IN ('draft', 'in_review')`));
  if (options.pair && /^[a-z]{2,3}-[a-z]{2,3}$/.test(options.pair)) {
    const [sourceLang, targetLang] = options.pair.split("-");
    and.push(Prisma.sql`"sourceLang" = ${sourceLang} AND "targetLang" = ${targetLang}`);
  }
  if (options.assignee === "none") and.push(Prisma.sql`"reviewerId" IS NULL AND "editorId" IS NULL`);
  else if (options.assignee) {
    const id = options.assignee === "me" ? (actor.userId ?? "") : options.assignee;
    and.push(Prisma.sql`("reviewerId" = ${id} OR "editorId" = ${id})`);
  }
  if (options.score === "pass") and.push(Prisma.sql`"passes" = TRUE`);
  else if (options.score === "fail") and.push(Prisma.sql`"passes" = FALSE`);
  const terms = searchTerms(options.q?.trim() ?? "");
  if (terms.length > 0) and.push(Prisma.sql`"id" IN (${matchingArticleIds(terms)})`);
  return and;
}

function orderSql(sort: TArticleSort, dir: TSortDirection): Prisma.Sql {
  const d = dir === "asc" ? "ASC" : "DESC";
  const column = { updated: `"updatedAt"`, title: `"title"`, score: `"score"`, issues: `"openIssues"` }[sort];
  // The id breaks ties, so paging never shows an article twice or skips one.
  return Prisma.raw(sort === "updated" ? `"updatedAt" ${d}, "id" ${d}` : `${column} ${d}, "updatedAt" DESC, "id" DESC`);
}

/** The list's score of an article, from its summary columns (the same numbers the review page computes). */
function scoreOf(a: { score: number; passes: boolean; passThreshold: number; sourceWords: number; openCritical: number; openMajor: number; openMinor: number }): TScoreDto {
  const penalty = a.openCritical * SEVERITY_PENALTY.critical + a.openMajor * SEVERITY_PENALTY.major + a.openMinor * SEVERITY_PENALTY.minor;
  return { quality: a.score, threshold: a.passThreshold, pass: a.passes, penalty, sourceWords: a.sourceWords, wordBase: WORD_BASE };
}

/**
 * Articles the actor may read, filtered, sorted and paged by the database on the summary columns (kept current by
 * refreshArticleSummary in every write), with the total count. Search goes through the full-text index.
 */
export async function listArticles(options: { actor: Actor } & TArticleFilters): Promise<TArticleList> {
  const { actor } = options;
  assertCanSomewhere(actor, "article.read");
  const sort: TArticleSort = ARTICLE_SORTS.find((s) => s === options.sort) ?? "updated";
  const dir: TSortDirection = options.dir === "asc" || options.dir === "desc" ? options.dir : DEFAULT_SORT_DIRECTION[sort];
  const pageSize = Math.min(Math.max(Math.floor(options.pageSize ?? 50), 1), 200);
  const page = Math.max(Math.floor(options.page ?? 1), 1);
  const and = conditions(actor, options);
  const where = and.length > 0 ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Article" ${where} ORDER BY ${orderSql(sort, dir)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<Array<{ total: bigint | number }>>`SELECT COUNT(*) AS "total" FROM "Article" ${where}`,
  ]);
  const ids = rows.map((r) => r.id);
  const articles = ids.length === 0 ? [] : await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, title: true, sourceLang: true, targetLang: true, status: true, passThreshold: true, updatedAt: true,
      rowCount: true, reviewedCount: true, sourceWords: true, openIssues: true, openCritical: true, openMajor: true, openMinor: true, openFindings: true, score: true, passes: true,
      reviewer: { select: { id: true, name: true } },
      editor: { select: { id: true, name: true } },
    },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return []; // deleted between the two reads
    return [{
      id: a.id,
      title: a.title,
      sourceLang: a.sourceLang,
      targetLang: a.targetLang,
      status: a.status as string,
      rowCount: a.rowCount,
      reviewedCount: a.reviewedCount,
      openIssues: a.openIssues,
      openFindings: a.openFindings,
      score: scoreOf(a),
      reviewer: a.reviewer,
      editor: a.editor,
      updatedAt: a.updatedAt.toISOString(),
    }];
  });
  return { items, total: Number(counted[0]?.total ?? 0), page, pageSize, sort, dir };
}
