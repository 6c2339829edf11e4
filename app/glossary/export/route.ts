import { z } from "zod";
import { contentDisposition } from "@/lib/formats";
import { ZLanguageCode } from "@/lib/article-input";
import { AppError } from "@/lib/server/errors";
import { exportGlossary } from "@/lib/server/glossary/glossary-entries";
import { getRequestActor } from "@/lib/server/request-actor";

const ZQuery = z.object({ format: z.enum(["tbx", "csv"]).default("tbx"), source: ZLanguageCode, target: ZLanguageCode });

/**
 * Downloads the glossary of one language pair: GET ?format=tbx|csv&source=ar&target=en (TBX v3 TBX-Basic or the CSV
 * the import reads). Readable by whoever may read that pair's articles. Errors are JSON `{ error: code }` with 401/403/422.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const parsed = ZQuery.safeParse({ format: query.get("format") ?? undefined, source: query.get("source"), target: query.get("target") });
  if (!parsed.success) return Response.json({ error: "glossary.invalid-export" }, { status: 422 });
  try {
    const actor = await getRequestActor(request);
    const file = await exportGlossary({ actor, sourceLang: parsed.data.source, targetLang: parsed.data.target, format: parsed.data.format });
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": contentDisposition(file.fileName, "attachment"),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: error.status });
    throw error;
  }
}
