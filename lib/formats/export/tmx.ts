import { escapeXml } from "../escape";
import type { ExportArticle } from "../types";
import { joinUnitParagraphs, unitIds } from "./xliff";

const TOOL_VERSION = "0.1.0";

/**
 * TMX 1.4b of the approved paragraph pairs: reviewed rows with text on both sides, one tu per row. A tu never carries
 * a translation paragraph excluded from the corrected article (`row.target` does not hold them).
 */
export function exportTmx(article: ExportArticle): string {
  const ids = unitIds(article.rows);
  const units: string[] = [];
  article.rows.forEach((row, index) => {
    const source = joinUnitParagraphs(row.source);
    const target = joinUnitParagraphs(row.target);
    if (!row.reviewed || source.trim() === "" || target.trim() === "") return;
    units.push(
      [
        `    <tu tuid="${escapeXml(ids[index])}">`,
        `      <tuv xml:lang="${escapeXml(article.sourceLang)}"><seg>${escapeXml(source)}</seg></tuv>`,
        `      <tuv xml:lang="${escapeXml(article.targetLang)}"><seg>${escapeXml(target)}</seg></tuv>`,
        "    </tu>",
      ].join("\n"),
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="tadqiq" creationtoolversion="${TOOL_VERSION}" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="${escapeXml(article.sourceLang)}" o-tmf="tadqiq"/>
  <body>
${units.join("\n")}
  </body>
</tmx>
`;
}
