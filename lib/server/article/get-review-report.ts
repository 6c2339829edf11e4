import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { getExportArticle } from "./get-export-article";
import { exportFileName, reportCsv, reportHtml, type ReportLabels } from "../../formats";

/** Review report formats: CSV of issues and findings, or a printable HTML scorecard. */
export const REPORT_FORMATS = ["report-csv", "report-html"] as const;
export type TReportFormat = (typeof REPORT_FORMATS)[number];

/** True when `value` names a review report format. */
export function isReportFormat(value: string): value is TReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface GetReviewReportOptions {
  actor: Actor;
  articleId: string;
  format: TReportFormat;
  /** UI language of the labels (English labels by default). */
  uiLang?: string;
  labels?: Partial<ReportLabels>;
  /** Label per correction kind (edit, suggestion, apply-all), shown before the correction's note. */
  kindLabels?: Record<string, string>;
  /** Timestamp printed in the HTML report (defaults to now). */
  generatedAt?: string;
}

/** A rendered review report: body, content type and a Unicode download name. */
export interface TReviewReport {
  body: string;
  contentType: string;
  fileName: string;
}

/** The review report of an article (anyone who may export it may read its report). */
export async function getReviewReport(options: GetReviewReportOptions): Promise<TReviewReport> {
  assertCan(options.actor, "article.export");
  const article = await getExportArticle({ actor: options.actor, articleId: options.articleId });
  const stem = `${article.title} report`;
  if (options.format === "report-csv") {
    return { body: reportCsv({ article }), contentType: "text/csv; charset=utf-8", fileName: exportFileName(stem, "csv", { unicode: true }) };
  }
  const kindLabels = options.kindLabels ?? {};
  const revisions = article.revisions.map((revision) => {
    const kind = revision.kind !== "edit" ? kindLabels[revision.kind] ?? revision.kind : undefined;
    const reason = [kind, revision.reason].filter(Boolean).join(": ");
    return { ...revision, reason: reason || undefined };
  });
  const body = reportHtml({ article: { ...article, revisions }, uiLang: options.uiLang, labels: options.labels, generatedAt: options.generatedAt });
  return { body, contentType: "text/html; charset=utf-8", fileName: exportFileName(stem, "html", { unicode: true }) };
}
