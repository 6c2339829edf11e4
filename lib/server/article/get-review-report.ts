import "server-only";
import { createInstance, type TFunction } from "i18next";
import type { Actor } from "../actor";
import { assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { getExportArticle } from "./get-export-article";
import { exportFileName, reportCsv, reportHtml, type ReportText } from "../../formats";
import type { ReportFinding, ReportIssue, ReportRevision } from "../../formats/report";
import { i18nOptions, resolveUiLanguage } from "../../i18n/settings";
import { formatDateTime, formatNumber } from "../../i18n/format";

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
  /** Interface language of the report's words and dates (English by default, e.g. for the CLI). */
  uiLang?: string;
  /** Timestamp printed in the HTML report (defaults to now). */
  generatedAt?: string;
  /** IANA time zone of the dates (defaults to the server's). */
  timeZone?: string;
}

/** A rendered review report: body, content type and a Unicode download name. */
export interface TReviewReport {
  body: string;
  contentType: string;
  fileName: string;
}

/** The report's words from the locale files (import:report.*, common, review, qa), dates and numbers through Intl. */
export function reportText(uiLang: string, timeZone?: string): ReportText {
  const lng = resolveUiLanguage(uiLang);
  const instance = createInstance();
  void instance.init({ ...i18nOptions(lng), initAsync: false });
  const t: TFunction = instance.getFixedT(lng);
  // An unknown code (an old check id, a category from an imported file) is shown as it is rather than as a key.
  const named = (key: string, code: string) => t(key, { defaultValue: code });
  return {
    label: (key, params) => t(`import:report.${key}`, params ?? {}),
    category: (code) => named(`common:mqm.${code}`, code),
    subcategory: (code) => named(`common:mqmSub.${code}`, code),
    severity: (code) => named(`common:severity.${code}`, code),
    issueStatus: (code) => named(`review:issues.status.${code}`, code),
    articleStatus: (code) => named(`common:status.${code}`, code),
    check: (id) => named(`qa:checks.${id}`, id),
    revisionKind: (code) => named(`import:report.kindOf.${code}`, code),
    date: (iso) => formatDateTime(iso, lng, "dateTime", timeZone),
    number: (value) => formatNumber(value, lng, { maximumFractionDigits: 1 }),
  };
}

/**
 * The review report of an article (anyone who may export it may read its report), in the interface language:
 * issues with their status and reason (only open ones are counted), undecided findings and corrections with
 * their row numbers as the review page shows them, and "excluded" on what lies in excluded paragraphs.
 */
export async function getReviewReport(options: GetReviewReportOptions): Promise<TReviewReport> {
  assertCanSomewhere(options.actor, "article.export");
  // The export lookup filters by the actor's access: an article they may not export is not found.
  const article = await getExportArticle({ actor: options.actor, articleId: options.articleId });
  const [issueRows, paragraphs] = await Promise.all([
    db.issue.findMany({ where: { articleId: article.id }, select: { id: true, statusReason: true, resolvedBy: true } }),
    db.paragraph.findMany({ where: { articleId: article.id }, select: { side: true, position: true, excluded: true, row: { select: { position: true } } } }),
  ]);
  // Rows are numbered by their order (what the review page shows), found from each paragraph's (side, position).
  const rowOrder = [...new Set(paragraphs.map((p) => p.row.position))].sort((a, b) => a - b);
  const rowIndex = new Map(rowOrder.map((position, index) => [position, index]));
  const place = new Map(paragraphs.map((p) => [`${p.side}:${p.position}`, { row: rowIndex.get(p.row.position), excluded: p.excluded }]));
  const issueExtra = new Map(issueRows.map((i) => [i.id, i]));

  const issues: ReportIssue[] = article.issues.map((issue) => {
    const extra = issue.id ? issueExtra.get(issue.id) : undefined;
    return {
      ...issue,
      ...(extra?.statusReason ? { statusReason: extra.statusReason } : {}),
      ...(extra?.resolvedBy && issue.status !== "open" ? { resolvedBy: extra.resolvedBy } : {}),
      excluded: place.get(`${issue.side}:${issue.paragraph}`)?.excluded ?? false,
    };
  });
  const findings: ReportFinding[] = article.findings.map((finding) => {
    const where = place.get(`${finding.side}:${finding.paragraph}`);
    return { ...finding, row: where?.row, excluded: where?.excluded ?? false };
  });
  const revisions: ReportRevision[] = article.revisions.map((revision) => {
    const where = place.get(`target:${revision.paragraph}`);
    return { ...revision, row: revision.row ?? where?.row, excluded: where?.excluded ?? false };
  });

  const uiLang = resolveUiLanguage(options.uiLang);
  const text = reportText(uiLang, options.timeZone);
  const input = { article: { ...article, issues, findings, revisions }, text, uiLang, generatedAt: options.generatedAt };
  const stem = `${article.title} ${text.label("fileSuffix")}`.trim();
  if (options.format === "report-csv") {
    return { body: reportCsv(input), contentType: "text/csv; charset=utf-8", fileName: exportFileName(stem, "csv", { unicode: true }) };
  }
  return { body: reportHtml(input), contentType: "text/html; charset=utf-8", fileName: exportFileName(stem, "html", { unicode: true }) };
}
