import { getExportArticle } from "@/lib/server/article/get-export-article";
import { getReviewReport, isReportFormat } from "@/lib/server/article/get-review-report";
import { AppError } from "@/lib/server/errors";
import { getRequestActor } from "@/lib/server/request-actor";
import { getUiLanguage } from "@/lib/i18n/server";
import { contentDisposition, exportArticle, exportFileName, isExportFormat } from "@/lib/formats";

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
      // The report speaks the reader's interface language: labels, category and status names, dates.
      const report = await getReviewReport({ actor, articleId: id, format, uiLang: await getUiLanguage() });
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
