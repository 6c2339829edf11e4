import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";
import { scoreIssues } from "./get-article-review";
import { countWords } from "../../qa/score";
import type { ExcludedParagraph, ExportArticle, ExportFinding, ExportIssue, ExportRevision, ExportScore } from "../../formats/types";

/** An exported issue plus what the JSON export also carries. */
export type TExportIssue = ExportIssue & { comments: number; outdated: boolean; resolvedBy?: string };
/**
 * A correction plus its kind (edit, suggestion, apply-all; exclude and restore leave the text as it was: before = after)
 * and the paragraph version it produced.
 */
export type TExportRevision = ExportRevision & { kind: string; version: number; row?: number };
/** The quality score (0–100, higher is better) as everywhere in the app, with the word base short texts are scored over. */
export type TExportScore = ExportScore & { wordBase: number };

/** ExportArticle with the review data always filled. */
export interface TExportArticle extends ExportArticle {
  findings: ExportFinding[];
  issues: TExportIssue[];
  revisions: TExportRevision[];
  score: TExportScore;
}

function parseNotes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((note): note is string => typeof note === "string") : [];
}

/**
 * The corrected article in the shape the exporters take, with its review data: open (undecided) findings, every
 * issue with its comment count, the corrections log and the MQM score. Row ids are the imported unit ids when known.
 * Excluded translation paragraphs are not in a row's `target` but in its `excluded` list.
 */
export async function getExportArticle(options: { actor: Actor; articleId: string }): Promise<TExportArticle> {
  assertCanSomewhere(options.actor, "article.export");
  const article = await db.article.findUnique({
    where: { id: options.articleId, AND: [articleWhere(options.actor, "article.export")] },
    include: {
      rows: { orderBy: { position: "asc" }, include: { paragraphs: { orderBy: { position: "asc" } } } },
      issues: { orderBy: { createdAt: "asc" }, include: { _count: { select: { comments: true } } } },
      findings: true,
      decisions: { select: { fingerprint: true } },
    },
  });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });

  const located = new Map<string, { row: number; side: "source" | "target"; position: number }>();
  for (const [rowIndex, row] of article.rows.entries()) {
    for (const paragraph of row.paragraphs) {
      located.set(paragraph.id, { row: rowIndex, side: paragraph.side === "source" ? "source" : "target", position: paragraph.position });
    }
  }

  const issues: TExportIssue[] = article.issues.map((issue) => {
    const where = located.get(issue.paragraphId);
    return {
      id: issue.id,
      row: where?.row,
      side: where?.side,
      paragraph: where?.position,
      category: issue.category,
      ...(issue.subcategory ? { subcategory: issue.subcategory } : {}),
      severity: issue.severity,
      text: issue.quote,
      comment: issue.comment,
      status: issue.status,
      author: issue.authorName,
      createdAt: issue.createdAt.toISOString(),
      comments: issue._count.comments,
      outdated: issue.outdated,
      ...(issue.resolvedBy ? { resolvedBy: issue.resolvedBy } : {}),
    };
  });

  const decided = new Set(article.decisions.map((decision) => decision.fingerprint));
  const findings: ExportFinding[] = article.findings
    .filter((finding) => !decided.has(finding.fingerprint))
    .map((finding) => {
      const where = located.get(finding.paragraphId);
      return {
        check: finding.check,
        category: finding.category,
        ...(finding.subcategory ? { subcategory: finding.subcategory } : {}),
        severity: finding.severity,
        side: where?.side ?? "target",
        paragraph: where?.position ?? 0,
        start: finding.start,
        end: finding.end,
        text: finding.text,
        ...(finding.suggestion !== null ? { suggestion: finding.suggestion } : {}),
        message: finding.message,
        dismissed: false,
      };
    })
    .sort((a, b) => (a.side === b.side ? 0 : a.side === "source" ? -1 : 1) || a.paragraph - b.paragraph || (a.start ?? 0) - (b.start ?? 0));

  const targetIds = [...located.entries()].filter(([, where]) => where.side === "target").map(([id]) => id);
  const revisionRows = await db.revision.findMany({
    where: { paragraphId: { in: targetIds } },
    orderBy: [{ createdAt: "asc" }, { version: "asc" }],
  });
  const revisions: TExportRevision[] = revisionRows.map((revision) => {
    const where = located.get(revision.paragraphId);
    return {
      paragraph: where?.position ?? 0,
      row: where?.row,
      before: revision.before,
      after: revision.after,
      author: revision.authorName,
      createdAt: revision.createdAt.toISOString(),
      ...(revision.note ? { reason: revision.note } : {}),
      kind: revision.kind,
      version: revision.version,
    };
  });

  // Excluded paragraphs are not part of the corrected article: their words do not count (as on the review page).
  const sourceTexts = article.rows.flatMap((row) => row.paragraphs.filter((p) => p.side === "source" && !p.excluded).map((p) => p.text));
  const computed = scoreIssues(article.issues, countWords(sourceTexts, article.sourceLang), article.passThreshold);
  const score: TExportScore = {
    value: computed.quality,
    threshold: computed.threshold,
    passed: computed.pass,
    penaltyPoints: computed.penalty,
    wordCount: computed.sourceWords,
    wordBase: computed.wordBase,
  };

  // Notes go with the corrected article: an issue on an excluded paragraph is not repeated on its unit.
  const excludedIds = new Set(article.rows.flatMap((row) => row.paragraphs.filter((p) => p.excluded).map((p) => p.id)));
  const openIssues = issues.filter((issue, index) => issue.status === "open" && !excludedIds.has(article.issues[index]!.paragraphId));
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    status: article.status,
    rows: article.rows.map((row, rowIndex) => {
      const source = row.paragraphs.filter((p) => p.side === "source");
      const allTargets = row.paragraphs.filter((p) => p.side === "target");
      const target = allTargets.filter((p) => !p.excluded);
      const excluded: ExcludedParagraph[] = allTargets.flatMap((p, index) =>
        p.excluded ? [{ text: p.text, originalText: p.originalText, at: allTargets.slice(0, index).filter((before) => !before.excluded).length }] : [],
      );
      const issueNotes = openIssues
        .filter((issue) => issue.row === rowIndex)
        .map((issue) => `[${issue.severity}] ${issue.category}${issue.subcategory ? `/${issue.subcategory}` : ""}: "${issue.text}" ${issue.comment}`.trim());
      return {
        id: row.externalId ?? row.id,
        source: source.map((p) => p.text),
        target: target.map((p) => p.text),
        originalTarget: target.map((p) => p.originalText),
        reviewed: row.reviewed,
        notes: [...parseNotes(row.notes), ...issueNotes],
        excluded,
      };
    }),
    findings,
    issues,
    revisions,
    score,
  };
}
