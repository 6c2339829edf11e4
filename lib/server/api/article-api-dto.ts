import "server-only";
import type { TArticleReviewDto } from "../article/get-article-review";

/** The REST view of an article: paragraph pairs with the target segment ids and versions needed to PATCH them. */
export function toApiArticle(article: TArticleReviewDto) {
  // "Row n" as the review page, the reports and the error messages number it (1-based, in pairing order).
  const rowOf = new Map<string, number>();
  article.rows.forEach((row, index) => {
    for (const p of [...row.source, ...row.target]) rowOf.set(p.id, index + 1);
  });
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    status: article.status,
    passThreshold: article.passThreshold,
    reviewer: article.reviewer,
    editor: article.editor,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    reviewedCount: article.reviewedCount,
    /** The quality score (0–100, higher is better) with its threshold: the same numbers as the review page and reports. */
    score: article.score,
    /** True while QA of a recent change is still running (a PATCH answers before it), or after a run did not finish. */
    qaPending: article.qaPending,
    qaState: article.qaState,
    pairs: article.rows.map((row, index) => ({
      id: row.id,
      row: index + 1,
      reviewed: row.reviewed,
      source: row.source.map((p) => p.text).join("\n"),
      /** The corrected translation of the row: excluded segments are left out, as in every export. */
      target: row.target.filter((p) => !p.excluded).map((p) => p.text).join("\n"),
      /** The first target segment's id and version (most rows have exactly one). */
      segmentId: row.target[0]?.id ?? null,
      version: row.target[0]?.version ?? null,
      segments: [...row.source, ...row.target].map((p) => ({ id: p.id, side: p.side, position: p.position, text: p.text, originalText: p.originalText, version: p.version, excluded: p.excluded })),
    })),
    findings: article.findings.map((f) => ({
      id: f.id,
      row: rowOf.get(f.paragraphId) ?? null,
      check: f.check,
      category: f.category,
      severity: f.severity,
      segmentId: f.paragraphId,
      side: f.side,
      start: f.start,
      end: f.end,
      text: f.text,
      suggestion: f.suggestion,
      message: f.message,
      decision: f.decision,
    })),
    issues: article.issues.map((i) => ({
      id: i.id,
      row: rowOf.get(i.paragraphId) ?? null,
      segmentId: i.paragraphId,
      side: i.side,
      start: i.start,
      end: i.end,
      quote: i.quote,
      category: i.category,
      subcategory: i.subcategory,
      severity: i.severity,
      comment: i.comment,
      status: i.status,
      /** Who resolved or dismissed it and why (the reason is required to dismiss another person's critical/major issue). */
      resolvedBy: i.resolvedBy,
      statusReason: i.statusReason,
      outdated: i.outdated,
      author: i.authorName,
      createdAt: i.createdAt,
      comments: i.comments.map((c) => ({ id: c.id, author: c.authorName, body: c.body, createdAt: c.createdAt })),
    })),
  };
}
