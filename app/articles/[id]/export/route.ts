import { getExportArticle } from "@/lib/server/article/get-export-article";
import { getReviewReport, isReportFormat } from "@/lib/server/article/get-review-report";
import { AppError } from "@/lib/server/errors";
import { getRequestActor } from "@/lib/server/request-actor";
import { getT } from "@/lib/i18n/server";
import { contentDisposition, exportArticle, exportFileName, isExportFormat, type ReportLabels } from "@/lib/formats";

const REPORT_LABEL_KEYS: (keyof ReportLabels)[] = [
  "heading", "score", "threshold", "passed", "failed", "noScore", "penaltyPoints", "wordCount", "issuesByCategory", "category",
  "total", "issues", "noIssues", "findings", "noFindings", "corrections", "noCorrections", "paragraph", "severity", "text",
  "comment", "before", "after", "author", "date", "reason", "check", "message", "dismissed", "status", "languages", "generated",
];

function download(body: string | Uint8Array, contentType: string, fileName: string, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(typeof body === "string" ? body : new Blob([new Uint8Array(body)]), {
    headers: {
      "content-type": contentType,
      "content-disposition": contentDisposition(fileName, disposition),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // Exported HTML holds article text from users: never let it run anything when opened from our origin.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; sandbox",
    },
  });
}

/**
 * Downloads the corrected article or its review report:
 * GET ?format=txt|md|html|docx|xliff|xliff12|tmx|json|report-csv|report-html [&trackChanges=1 for docx].
 * Errors are JSON `{ error: code }` with 401/403/404/422.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "txt";
  if (!isExportFormat(format) && !isReportFormat(format)) return Response.json({ error: "export.unknown-format" }, { status: 422 });
  try {
    const actor = await getRequestActor(request);
    if (isReportFormat(format)) {
      const { t, lng } = await getT("import");
      const labels = Object.fromEntries(REPORT_LABEL_KEYS.map((key) => [key, t(`report.${key}`)])) as Partial<ReportLabels>;
      const kindLabels = { suggestion: t("report.kind.suggestion"), "apply-all": t("report.kind.apply-all") };
      const report = await getReviewReport({ actor, articleId: id, format, uiLang: lng, labels, kindLabels });
      // The printable scorecard opens in a browser tab; the CSV downloads.
      return download(report.body, report.contentType, report.fileName, format === "report-html" ? "inline" : "attachment");
    }
    const article = await getExportArticle({ actor, articleId: id });
    const trackChanges = format === "docx" && ["1", "true", "yes"].includes(query.get("trackChanges") ?? "");
    const file = await exportArticle(article, format, trackChanges ? { trackChanges, author: actor.name } : {});
    const stem = trackChanges ? `${article.title} tracked` : article.title;
    return download(file.body, file.contentType, exportFileName(stem, file.extension, { unicode: true }));
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: error.status });
    throw error;
  }
}
