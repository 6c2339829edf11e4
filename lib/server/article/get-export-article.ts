import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import type { ExportArticle } from "../../formats/types";

/** The corrected article in the shape the exporters take. */
export async function getExportArticle(options: { actor: Actor; articleId: string }): Promise<ExportArticle> {
  assertCan(options.actor, "article.export");
  const article = await db.article.findUnique({
    where: { id: options.articleId },
    include: {
      rows: { orderBy: { position: "asc" }, include: { paragraphs: { orderBy: { position: "asc" } } } },
      issues: { where: { status: "open" }, select: { paragraphId: true, quote: true, category: true, severity: true, comment: true } },
    },
  });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    status: article.status,
    rows: article.rows.map((row) => {
      const source = row.paragraphs.filter((p) => p.side === "source");
      const target = row.paragraphs.filter((p) => p.side === "target");
      const ids = new Set(row.paragraphs.map((p) => p.id));
      return {
        id: row.id,
        source: source.map((p) => p.text),
        target: target.map((p) => p.text),
        originalTarget: target.map((p) => p.originalText),
        reviewed: row.reviewed,
        notes: article.issues.filter((i) => ids.has(i.paragraphId)).map((i) => `[${i.severity}] ${i.category}: "${i.quote}" ${i.comment}`.trim()),
      };
    }),
  };
}
