import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { scoreFindings, countWords } from "../../qa/score";
import type { Severity } from "../../qa/mqm";

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
}

/** Issues that count against the score: open ones (accepted findings become open issues). */
export function scoreIssues(issues: { severity: string; status: string }[], sourceWords: number, threshold: number): TScoreDto {
  const counted = issues.filter((i) => i.status === "open").map((i) => ({ severity: i.severity as Severity }));
  return scoreFindings(counted, sourceWords, threshold);
}

/** Everything the review page shows for one article. */
export async function getArticleReview(options: { actor: Actor; articleId: string }): Promise<TArticleReviewDto> {
  assertCan(options.actor, "article.read");
  const article = await db.article.findUnique({
    where: { id: options.articleId },
    include: {
      rows: { orderBy: { position: "asc" } },
      paragraphs: { orderBy: { position: "asc" }, include: { _count: { select: { revisions: true } } } },
      issues: { orderBy: { createdAt: "asc" }, include: { comments: { orderBy: { createdAt: "asc" } }, paragraph: { select: { side: true } } } },
      findings: true,
      decisions: true,
      reviewer: { select: { id: true, name: true } },
      editor: { select: { id: true, name: true } },
    },
  });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });

  const rows = new Map<string, TRowDto>(
    article.rows.map((r) => [r.id, { id: r.id, position: r.position, reviewed: r.reviewed, reviewedBy: r.reviewedBy, source: [], target: [] }]),
  );
  const sideOf = new Map<string, "source" | "target">();
  for (const p of article.paragraphs) {
    const side = p.side === "source" ? "source" : "target";
    sideOf.set(p.id, side);
    rows.get(p.rowId)?.[side].push({
      id: p.id,
      side,
      position: p.position,
      text: p.text,
      originalText: p.originalText,
      version: p.version,
      revisionCount: p._count.revisions,
      excluded: p.excluded,
    });
  }
  const decisions = new Map(article.decisions.map((d) => [d.fingerprint, d]));
  const issues: TIssueDto[] = article.issues.map((i) => ({
    id: i.id,
    paragraphId: i.paragraphId,
    side: i.paragraph.side === "source" ? "source" : "target",
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
  const findings: TFindingDto[] = article.findings
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
        params: JSON.parse(f.params) as Record<string, string | number>,
        fingerprint: f.fingerprint,
        decision: (decision?.decision as TFindingDto["decision"]) ?? null,
        decisionReason: decision?.reason ?? null,
      };
    })
    .sort((a, b) => (a.side === b.side ? 0 : a.side === "source" ? -1 : 1) || a.start - b.start);
  // Excluded paragraphs are not part of the corrected article: their words do not count.
  const sourceWords = article.paragraphs.filter((p) => p.side === "source" && !p.excluded).reduce((n, p) => n + countWords(p.text, article.sourceLang), 0);
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
    score: scoreIssues(issues, sourceWords, article.passThreshold),
    reviewer: article.reviewer,
    editor: article.editor,
  };
}
