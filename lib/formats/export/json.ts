import type { ExportArticle } from "../types";

/** Pretty-printed JSON of the whole article, including any extra fields the caller put on it. */
export function exportJson(article: ExportArticle): string {
  return `${JSON.stringify({ format: "tadqiq-article", version: 1, ...article }, null, 2)}\n`;
}
