import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { db, type Tx } from "../db";
import { databaseProvider } from "../database-url";
import type { Actor } from "../actor";
import { assertCanSomewhere, languagePairWhere, type TLanguagePair, type TLanguagePairWhere } from "../access/article-access";
import { WORD_BASE } from "../../qa/score";
import { SEVERITY_PENALTY } from "../../qa/mqm";
import type { TScoreDto } from "./get-article-review";
import { ARTICLE_STATUSES } from "./update-article-status";
import type { TArticleSummary } from "./refresh-article-summary";
import { searchTerms } from "../search/search-text";
import { countMatchingArticles, matchingArticleIds } from "../search/article-search-index";

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
  /** how many articles the filters select; for a search with more than SEARCH_TOTAL_CAP matches, the cap */
  total: number;
  /** true when a search has more matches than `total` (the cap): "more than 1,000 articles" */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  sort: TArticleSort;
  dir: TSortDirection;
}

const FALSE = Prisma.sql`1 = 0`;

function pairSql(pairs: readonly TLanguagePair[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(pairs.map((p) => Prisma.sql`(a."sourceLang" = ${p.sourceLang} AND a."targetLang" = ${p.targetLang})`), " OR ")})`;
}

/** The access rule of article-access.ts (the actor's readable language pairs) as SQL on "Article". */
function accessSql(where: TLanguagePairWhere): Prisma.Sql | null {
  const keys = Object.keys(where);
  if (keys.some((key) => key !== "OR" && key !== "NOT" && key !== "id")) throw new Error(`listArticles: unexpected access rule ${JSON.stringify(where)}`);
  const parts: Prisma.Sql[] = [];
  if (where.id) parts.push(where.id.in.length === 0 ? FALSE : Prisma.sql`a."id" IN (${Prisma.join(where.id.in)})`);
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
    and.push(status ? Prisma.raw(`a."status" = '${status}'`) : FALSE);
  }
  if (options.open) and.push(Prisma.raw(`a."status" IN ('draft', 'in_review')`));
  if (options.pair && /^[a-z]{2,3}-[a-z]{2,3}$/.test(options.pair)) {
    const [sourceLang, targetLang] = options.pair.split("-");
    and.push(Prisma.sql`a."sourceLang" = ${sourceLang} AND a."targetLang" = ${targetLang}`);
  }
  if (options.assignee === "none") and.push(Prisma.sql`a."reviewerId" IS NULL AND a."editorId" IS NULL`);
  else if (options.assignee) {
    const id = options.assignee === "me" ? (actor.userId ?? "") : options.assignee;
    and.push(Prisma.sql`(a."reviewerId" = ${id} OR a."editorId" = ${id})`);
  }
  if (options.score === "pass") and.push(Prisma.sql`a."passes" = TRUE`);
  else if (options.score === "fail") and.push(Prisma.sql`a."passes" = FALSE`);
  if (searchTerms(options.q?.trim() ?? "").length > 0) and.push(Prisma.sql`a."id" IN (SELECT "articleId" FROM "hits")`);
  return and;
}

function orderSql(sort: TArticleSort, dir: TSortDirection): Prisma.Sql {
  const d = dir === "asc" ? "ASC" : "DESC";
  const column = { updated: `a."updatedAt"`, title: `a."title"`, score: `a."score"`, issues: `a."openIssues"` }[sort];
  // The id breaks ties, so paging never shows an article twice or skips one.
  return Prisma.raw(sort === "updated" ? `a."updatedAt" ${d}, a."id" ${d}` : `${column} ${d}, a."updatedAt" DESC, a."id" DESC`);
}

/**
 * A search counts its matches up to this many: above it the total is the cap and `totalCapped` is true ("more than
 * 1,000 articles"). An exact count of a common word needs every match read (on PostgreSQL each from the table, as the
 * GIN index does not hold article ids: a quarter of a second for 49,000 matches among 100,000 articles); counting up
 * to the cap stops after about cap × articles / matches steps.
 */
export const SEARCH_TOTAL_CAP = 1000;
let searchTotalCap = SEARCH_TOTAL_CAP;

/** Overrides SEARCH_TOTAL_CAP (null restores it): tests reach the cap with a few articles. */
export function setSearchTotalCap(matches: number | null): void {
  searchTotalCap = matches ?? SEARCH_TOTAL_CAP;
}

/** Above this many matches a search walks the sort's index rather than sorting every match. */
const WALK_ABOVE_MATCHES = 2000;
let walkAboveMatches = WALK_ABOVE_MATCHES;

/** Overrides WALK_ABOVE_MATCHES (null restores it): tests take both paths on a few articles. */
export function setSearchWalkThreshold(matches: number | null): void {
  walkAboveMatches = matches ?? WALK_ABOVE_MATCHES;
}

/**
 * SQLite, a search with many matches: walk the sort's index and check each article against the matches, stopping at
 * the page's end, instead of looking up every match and sorting them all (the planner's choice, tens of thousands of
 * lookups for a common word). The sorts' indexes: schema.prisma (updatedAt, score + updatedAt, title, openIssues + updatedAt both ways); ties
 * of the title and score sorts are put in order among the few rows that share the value.
 */
function scanIndex(walk: boolean, sort: TArticleSort, dir: TSortDirection): Prisma.Sql {
  if (!walk) return Prisma.empty;
  if (sort === "updated") return Prisma.raw(`INDEXED BY "Article_updatedAt_idx"`);
  if (sort === "score") return Prisma.raw(`INDEXED BY "Article_score_updatedAt_idx"`);
  if (sort === "title") return Prisma.raw(`INDEXED BY "Article_title_idx"`);
  // Most issues first follows (openIssues, updatedAt) backwards; fewest first follows (openIssues, updatedAt DESC)
  // forwards: both give the newest first among articles with as many open issues.
  return Prisma.raw(dir === "desc" ? `INDEXED BY "Article_openIssues_updatedAt_idx"` : `INDEXED BY "Article_openIssues_updatedAtDesc_idx"`);
}

/** A page row of the list query (numbers may come back as bigint, booleans as 0/1 on SQLite). */
interface ListRow extends Omit<TArticleSummary, "passes"> {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  passThreshold: number;
  updatedAt: Date | string;
  passes: boolean | number;
  reviewerId: string | null;
  reviewerName: string | null;
  editorId: string | null;
  editorName: string | null;
}

/** The list's score of an article, from its summary columns (the same numbers the review page computes). */
function scoreOf(a: { score: number; passes: boolean; passThreshold: number; sourceWords: number; openCritical: number; openMajor: number; openMinor: number }): TScoreDto {
  const penalty = Number(a.openCritical) * SEVERITY_PENALTY.critical + Number(a.openMajor) * SEVERITY_PENALTY.major + Number(a.openMinor) * SEVERITY_PENALTY.minor;
  return { quality: a.score, threshold: a.passThreshold, pass: a.passes, penalty, sourceWords: Number(a.sourceWords), wordBase: WORD_BASE };
}

/**
 * Articles the actor may read, filtered, sorted and paged by the database on the summary columns (kept current by
 * refreshArticleSummary in every write), with the total count. Search goes through the full-text index.
 */
export async function listArticles(options: { actor: Actor } & TArticleFilters): Promise<TArticleList> {
  assertCanSomewhere(options.actor, "article.read");
  if (databaseProvider() === "sqlite" || searchTerms(options.q?.trim() ?? "").length === 0) return readList(db, options);
  // PostgreSQL, a search: its queries in one transaction without parallel workers (set_config(…, true) holds until its
  // end): they stop after a page or at the search cap, and a parallel plan's start-up and workers running past that
  // point cost more than the query (a two-word search's page on 100,000 articles: 100-220 ms with workers, 7 ms without).
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('max_parallel_workers_per_gather', '0', true)`;
    return readList(tx, options);
  });
}

async function readList(client: Tx, options: { actor: Actor } & TArticleFilters): Promise<TArticleList> {
  const { actor } = options;
  const sort: TArticleSort = ARTICLE_SORTS.find((s) => s === options.sort) ?? "updated";
  const dir: TSortDirection = options.dir === "asc" || options.dir === "desc" ? options.dir : DEFAULT_SORT_DIRECTION[sort];
  const pageSize = Math.min(Math.max(Math.floor(options.pageSize ?? 50), 1), 200);
  const page = Math.max(Math.floor(options.page ?? 1), 1);
  const and = conditions(actor, options);
  const where = and.length > 0 ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty;
  const terms = searchTerms(options.q?.trim() ?? "");
  const sqlite = databaseProvider() === "sqlite";
  // The matches of a search as a CTE: MATERIALIZED reads them from the index once per statement (then each is looked
  // up and they are sorted); NOT MATERIALIZED lets PostgreSQL hash them for a count, or walk the sort's index probing
  // them by article id and stop at the page's end.
  const hitsAs = (inline: boolean) =>
    terms.length > 0 ? Prisma.sql`WITH "hits" AS ${Prisma.raw(inline ? "NOT MATERIALIZED" : "MATERIALIZED")} (${matchingArticleIds(terms)})` : Prisma.empty;
  const countQuery = () =>
    client.$queryRaw<Array<{ total: bigint | number }>>`${hitsAs(!sqlite)} SELECT COUNT(*) AS "total" FROM "Article" a ${where}`.then((r) => Number(r[0]?.total ?? 0));
  // A search: the count (up to the cap) first, then the page either by looking up each match and sorting them (few
  // matches) or by walking the sort's index until the page is full (many matches: about (offset + page) × articles /
  // matches steps).
  let known: number | null = null;
  let capped = false;
  let walk = false;
  if (terms.length > 0) {
    const cap = searchTotalCap;
    // Nothing but the search (no filter, no desk-role limit) on SQLite: the index alone counts the matching articles.
    // Otherwise the articles that pass the filters and match, up to one past the cap (PostgreSQL then probes the
    // matches per article, by the full-text table's primary key, or reads them from the GIN index when they are few).
    const indexCount = and.length === 1 ? countMatchingArticles(terms, cap + 1) : null;
    const counted = Number(
      (await client.$queryRaw<Array<{ total: bigint | number }>>`${indexCount ?? Prisma.sql`${hitsAs(!sqlite)} SELECT COUNT(*) AS "total" FROM (SELECT 1 FROM "Article" a ${where} LIMIT ${cap + 1}) AS "capped"`}`)[0]?.total ?? 0,
    );
    capped = counted > cap;
    known = Math.min(counted, cap);
    if (known === 0) return { items: [], total: 0, totalCapped: false, page, pageSize, sort, dir };
    walk = capped || known > walkAboveMatches;
  }
  const hits = hitsAs(walk && !sqlite);
  // PostgreSQL, many matches, best score first or fewest issues first: these orders start with a large group of
  // equal values (every article without open issues) whose ties go by updatedAt the other way round, which no index
  // gives, so the planner would probe every article of that group. When the page lies inside the first group, it is
  // read from that group alone (walking updatedAt), which is the same page.
  let within = Prisma.empty;
  let order = orderSql(sort, dir);
  const tieHeavy = (sort === "score" && dir === "desc") || (sort === "issues" && dir === "asc");
  if (walk && !sqlite && tieHeavy) {
    const column = Prisma.raw(sort === "score" ? `a."score"` : `a."openIssues"`);
    const [top] = await client.$queryRaw<Array<{ v: number }>>`${hits} SELECT ${column} AS "v" FROM "Article" a ${where} ORDER BY ${column} ${Prisma.raw(dir === "asc" ? "ASC" : "DESC")} LIMIT 1`;
    if (top) {
      const reach = page * pageSize;
      const [group] = await client.$queryRaw<Array<{ n: bigint | number }>>`${hits} SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Article" a ${where} AND ${column} = ${top.v} LIMIT ${reach}) AS "first"`;
      if (Number(group?.n ?? 0) >= reach) {
        within = Prisma.sql`AND ${column} = ${top.v}`;
        order = orderSql("updated", "desc");
      }
    }
  }
  // One statement otherwise: the page, the assignees' names (subqueries for the page's rows only: a join would let
  // the planner trade the sort's index for a scan of all articles), and the total as an uncorrelated subquery.
  const totalColumn = known === null ? Prisma.sql`, (SELECT COUNT(*) FROM "Article" a ${where}) AS "total"` : Prisma.empty;
  const rows = await client.$queryRaw<Array<ListRow & { total?: bigint | number }>>`
    ${hits}
    SELECT a."id", a."title", a."sourceLang", a."targetLang", a."status", a."passThreshold", a."updatedAt",
           a."rowCount", a."reviewedCount", a."sourceWords", a."openIssues", a."openCritical", a."openMajor", a."openMinor",
           a."openFindings", a."score", a."passes", a."reviewerId", a."editorId",
           (SELECT r."name" FROM "user" r WHERE r."id" = a."reviewerId") AS "reviewerName",
           (SELECT e."name" FROM "user" e WHERE e."id" = a."editorId") AS "editorName"
           ${totalColumn}
    FROM "Article" a ${scanIndex(walk && sqlite, sort, dir)}
    ${where} ${within} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  // Past the last page there is no row to carry the total.
  const total = known ?? (rows.length > 0 ? Number(rows[0]!.total) : await countQuery());
  const items = rows.map((a): TArticleListItemDto => ({
    id: a.id,
    title: a.title,
    sourceLang: a.sourceLang,
    targetLang: a.targetLang,
    status: a.status,
    rowCount: Number(a.rowCount),
    reviewedCount: Number(a.reviewedCount),
    openIssues: Number(a.openIssues),
    openFindings: Number(a.openFindings),
    score: scoreOf({ ...a, passes: Boolean(a.passes), passThreshold: Number(a.passThreshold), score: Number(a.score) }),
    reviewer: a.reviewerId ? { id: a.reviewerId, name: a.reviewerName ?? "" } : null,
    editor: a.editorId ? { id: a.editorId, name: a.editorName ?? "" } : null,
    updatedAt: new Date(a.updatedAt).toISOString(),
  }));
  return { items, total, totalCapped: capped, page, pageSize, sort, dir };
}
