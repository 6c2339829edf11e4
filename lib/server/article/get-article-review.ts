import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { scoreFindings, countWords } from "../../qa/score";
import type { Severity } from "../../qa/mqm";
import { articleQaState, type TQaState } from "../qa/article-qa";

export interface TParagraphDto {
  id: string;
  side: "source" | "target";
  position: number;
  text: string;
  originalText: string;
  version: number;
  revisionCount: number;
  /** Left out of the corrected article (exports, QA); the text is kept and can be restored. */
  excluded: boolean;
}

export interface TRowDto {
  id: string;
  position: number;
  reviewed: boolean;
  reviewedBy: string | null;
  source: TParagraphDto[];
  target: TParagraphDto[];
}

export interface TIssueCommentDto {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface TIssueDto {
  id: string;
  paragraphId: string;
  side: "source" | "target";
  start: number;
  end: number;
  quote: string;
  category: string;
  subcategory: string | null;
  severity: Severity;
  comment: string;
  status: "open" | "resolved" | "dismissed";
  outdated: boolean;
  findingCheck: string | null;
  authorName: string;
  createdAt: string;
  resolvedBy: string | null;
  /** Why it was dismissed or resolved (required to dismiss another person's critical or major issue). */
  statusReason: string | null;
  comments: TIssueCommentDto[];
}

export interface TFindingDto {
  id: string;
  paragraphId: string;
  side: "source" | "target";
  check: string;
  category: string;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
  message: string;
  messageKey: string;
  params: Record<string, string | number>;
  fingerprint: string;
  decision: "dismissed" | "accepted" | null;
  decisionReason: string | null;
}

/** The quality score (0–100, higher is better, 100 = no penalty) and its pass threshold on the same scale. */
export interface TScoreDto {
  quality: number;
  threshold: number;
  pass: boolean;
  penalty: number;
  sourceWords: number;
  /** Shorter sources are scored as if they had this many words (lib/qa/score.ts WORD_BASE). */
  wordBase: number;
}

export interface TArticleReviewDto {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  passThreshold: number;
  createdAt: string;
  updatedAt: string;
  rows: TRowDto[];
  issues: TIssueDto[];
  findings: TFindingDto[];
  reviewedCount: number;
  score: TScoreDto;
  reviewer: { id: string; name: string } | null;
  editor: { id: string; name: string } | null;
  /** True while QA of a recent change is running or queued, or when its last run did not finish (see qaState). */
  qaPending: boolean;
  /** "current": findings match the texts; "running": a run is in flight or queued; "timed-out"/"failed": the last run did not finish, findings may be out of date until the next save. */
  qaState: TQaState;
}

/** Issues that count against the score: open ones (accepted findings become open issues). */
export function scoreIssues(issues: { severity: string; status: string }[], sourceWords: number, threshold: number): TScoreDto {
  const counted = issues.filter((i) => i.status === "open").map((i) => ({ severity: i.severity as Severity }));
  return scoreFindings(counted, sourceWords, threshold);
}

type Side = "source" | "target";

export const sideName = (side: string): Side => (side === "source" ? "source" : "target");

/** A paragraph as the review page shows it. */
export function toParagraphDto(
  p: { id: string; side: string; position: number; text: string; originalText: string; version: number; excluded: boolean },
  revisionCount: number,
): TParagraphDto {
  return { id: p.id, side: sideName(p.side), position: p.position, text: p.text, originalText: p.originalText, version: p.version, revisionCount, excluded: p.excluded };
}

/** One paragraph's DTO (after a save; the caller has authorized the access). */
export async function getParagraphDto(paragraphId: string): Promise<TParagraphDto> {
  const [paragraph, revisionCount] = await Promise.all([
    db.paragraph.findUnique({ where: { id: paragraphId } }),
    db.revision.count({ where: { paragraphId } }),
  ]);
  if (!paragraph) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
  return toParagraphDto(paragraph, revisionCount);
}

/** Revision counts of all paragraphs of an article, in one grouped query. */
async function revisionCounts(articleId: string): Promise<Map<string, number>> {
  const groups = await db.revision.groupBy({ by: ["paragraphId"], where: { paragraph: { articleId } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.paragraphId, g._count._all]));
}

/** The article's issues with their comments, oldest first. */
export async function loadIssueDtos(articleId: string, sideOf: ReadonlyMap<string, Side>): Promise<TIssueDto[]> {
  const issues = await db.issue.findMany({ where: { articleId }, orderBy: { createdAt: "asc" }, include: { comments: { orderBy: { createdAt: "asc" } } } });
  return issues.map((i) => ({
    id: i.id,
    paragraphId: i.paragraphId,
    side: sideOf.get(i.paragraphId) ?? "target",
    start: i.start,
    end: i.end,
    quote: i.quote,
    category: i.category,
    subcategory: i.subcategory,
    severity: i.severity as Severity,
    comment: i.comment,
    status: i.status as TIssueDto["status"],
    outdated: i.outdated,
    findingCheck: i.findingCheck,
    authorName: i.authorName,
    createdAt: i.createdAt.toISOString(),
    resolvedBy: i.resolvedBy,
    statusReason: i.statusReason,
    comments: i.comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt.toISOString() })),
  }));
}

/** The article's QA findings with the decisions taken on them, source side first, then by offset. */
export async function loadFindingDtos(articleId: string, sideOf: ReadonlyMap<string, Side>): Promise<TFindingDto[]> {
  const [findings, decisionRows] = await Promise.all([
    db.finding.findMany({ where: { articleId } }),
    db.findingDecision.findMany({ where: { articleId }, select: { fingerprint: true, decision: true, reason: true } }),
  ]);
  const decisions = new Map(decisionRows.map((d) => [d.fingerprint, d]));
  return findings
    .map((f) => {
      const decision = decisions.get(f.fingerprint);
      return {
        id: f.id,
        paragraphId: f.paragraphId,
        side: sideOf.get(f.paragraphId) ?? "target",
        check: f.check,
        category: f.category,
        severity: f.severity as Severity,
        start: f.start,
        end: f.end,
        text: f.text,
        suggestion: f.suggestion,
        message: f.message,
        messageKey: f.messageKey,
        params: f.params as Record<string, string | number>,
        fingerprint: f.fingerprint,
        decision: (decision?.decision as TFindingDto["decision"]) ?? null,
        decisionReason: decision?.reason ?? null,
      };
    })
    .sort((a, b) => (a.side === b.side ? 0 : a.side === "source" ? -1 : 1) || a.start - b.start);
}

// Word counts of source paragraphs by id and version: the score needs them on every page load and save, the texts
// rarely change (only translation paragraphs are edited).
const wordCountCache = ((globalThis as Record<symbol, unknown>)[Symbol.for("tadqiq.sourceWordCounts")] ??= new Map<string, number>()) as Map<string, number>;
const WORD_COUNT_CACHE_SIZE = 100_000;

function cachedWordCount(p: { id: string; version: number; text: string }, lang: string): number {
  const key = `${p.id}:${p.version}:${lang}`;
  let count = wordCountCache.get(key);
  if (count === undefined) {
    count = countWords(p.text, lang);
    if (wordCountCache.size >= WORD_COUNT_CACHE_SIZE) wordCountCache.clear();
    wordCountCache.set(key, count);
  }
  return count;
}

/**
 * Source words of an article from its paragraphs' ids and versions: texts are read only for paragraphs whose count
 * is not cached yet (the live review state then reads no text at all on most calls).
 */
export async function sourceWordCountByVersion(paragraphs: ReadonlyArray<{ id: string; version: number; side: string; excluded: boolean }>, lang: string): Promise<number> {
  const counted = paragraphs.filter((p) => p.side === "source" && !p.excluded);
  const missing = counted.filter((p) => !wordCountCache.has(`${p.id}:${p.version}:${lang}`)).map((p) => p.id);
  if (missing.length > 0) {
    const texts = await db.paragraph.findMany({ where: { id: { in: missing } }, select: { id: true, version: true, text: true } });
    for (const p of texts) cachedWordCount(p, lang);
  }
  let total = 0;
  for (const p of counted) {
    const count = wordCountCache.get(`${p.id}:${p.version}:${lang}`);
    // Saved again between the two reads: count the text as it is now.
    total += count ?? cachedWordCount((await db.paragraph.findUniqueOrThrow({ where: { id: p.id }, select: { id: true, version: true, text: true } })), lang);
  }
  return total;
}

/** Source words the score is computed over; excluded paragraphs are not part of the corrected article. */
export function sourceWordCount(paragraphs: ReadonlyArray<{ id: string; version: number; text: string; side: string; excluded: boolean }>, lang: string): number {
  return paragraphs.filter((p) => p.side === "source" && !p.excluded).reduce((n, p) => n + cachedWordCount(p, lang), 0);
}

/** Everything the review page shows for one article. */
export async function getArticleReview(options: { actor: Actor; articleId: string }): Promise<TArticleReviewDto> {
  assertCanSomewhere(options.actor, "article.read");
  const articleId = options.articleId;
  const article = await db.article.findUnique({
    where: { id: articleId, AND: [articleWhere(options.actor, "article.read")] },
    include: { reviewer: { select: { id: true, name: true } }, editor: { select: { id: true, name: true } } },
  });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
  const [rowRecords, paragraphs, counts] = await Promise.all([
    db.alignmentRow.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true, position: true, reviewed: true, reviewedBy: true } }),
    db.paragraph.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
      select: { id: true, rowId: true, side: true, position: true, text: true, originalText: true, version: true, excluded: true },
    }),
    revisionCounts(articleId),
  ]);

  const rows = new Map<string, TRowDto>(rowRecords.map((r) => [r.id, { id: r.id, position: r.position, reviewed: r.reviewed, reviewedBy: r.reviewedBy, source: [], target: [] }]));
  const sideOf = new Map<string, Side>();
  for (const p of paragraphs) {
    const dto = toParagraphDto(p, counts.get(p.id) ?? 0);
    sideOf.set(p.id, dto.side);
    rows.get(p.rowId)?.[dto.side].push(dto);
  }
  const [issues, findings] = await Promise.all([loadIssueDtos(articleId, sideOf), loadFindingDtos(articleId, sideOf)]);
  const rowList = [...rows.values()];
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    status: article.status,
    passThreshold: article.passThreshold,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    rows: rowList,
    issues,
    findings,
    reviewedCount: rowList.filter((r) => r.reviewed).length,
    score: scoreIssues(issues, sourceWordCount(paragraphs, article.sourceLang), article.passThreshold),
    reviewer: article.reviewer,
    editor: article.editor,
    ...articleQaState(articleId),
  };
}
