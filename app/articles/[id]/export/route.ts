import { getExportArticle } from "@/lib/server/article/get-export-article";
import { AppError } from "@/lib/server/errors";
import { getActor } from "@/lib/server/session";
import { contentDisposition, exportArticle, exportFileName, isExportFormat } from "@/lib/formats";

/** Downloads the corrected article (GET ?format=txt|md|html|docx|xliff|xliff12|tmx|json). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  if (!isExportFormat(format)) return Response.json({ error: "export.unknown-format" }, { status: 422 });
  try {
    const article = await getExportArticle({ actor: await getActor(), articleId: id });
    const file = await exportArticle(article, format);
    const body = typeof file.body === "string" ? file.body : new Blob([new Uint8Array(file.body)]);
    return new Response(body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": contentDisposition(exportFileName(article.title, file.extension)),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: error.status });
    throw error;
  }
}
