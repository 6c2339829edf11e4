import { escapeXml } from "../escape";
import type { ExportArticle, ExportRow } from "../types";

/** Paragraphs of one side of a row inside a single XLIFF/TMX unit are joined with a line feed. */
export const UNIT_PARAGRAPH_SEPARATOR = "\n";

/** Splits a unit's text back into the paragraphs it was built from. */
export function splitUnitParagraphs(text: string): string[] {
  return text === "" ? [] : text.split(UNIT_PARAGRAPH_SEPARATOR);
}

/** Joins a row side into one unit text. */
export function joinUnitParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(UNIT_PARAGRAPH_SEPARATOR);
}

/**
 * Unit ids per row: row.id when present, else the 0-based row index. XLIFF ids must be NMTOKENs and unique,
 * so invalid characters become "_" and duplicates get a "-2", "-3"... suffix.
 */
export function unitIds(rows: readonly ExportRow[]): string[] {
  const used = new Set<string>();
  return rows.map((row, index) => {
    const wanted = (row.id ?? String(index)).replace(/[^\p{L}\p{M}\p{N}._:-]/gu, "_") || String(index);
    let id = wanted;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${wanted}-${suffix}`;
    used.add(id);
    return id;
  });
}

/** Note on a unit whose translation lost paragraphs excluded from the corrected article (their text is not exported). */
export const EXCLUDED_NOTE = "A translation paragraph of this unit was excluded from the corrected article.";

/**
 * The rows that become units, with their unit ids: a row with no source text and nothing left of its translation
 * (web-page chrome excluded from the corrected article) has nothing to translate or deliver and is left out. Ids are
 * computed over all rows so the others keep theirs.
 */
function exportedUnits(rows: readonly ExportRow[]): { row: ExportRow; id: string }[] {
  const ids = unitIds(rows);
  return rows.flatMap((row, index) => {
    const empty = row.source.every((p) => p.trim() === "") && row.target.length === 0 && (row.excluded ?? []).length > 0;
    return empty ? [] : [{ row, id: ids[index]! }];
  });
}

function fileId(article: ExportArticle): string {
  return article.id.replace(/[^\p{L}\p{M}\p{N}._:-]/gu, "_") || "f1";
}

/**
 * XLIFF 2.1: one unit per row, source and corrected target, segment state "final" when reviewed, notes kept.
 * Excluded translation paragraphs are left out of the target; the unit says so in a note (category "tadqiq").
 */
export function exportXliff21(article: ExportArticle): string {
  const units = exportedUnits(article.rows).map(({ row, id }) => {
    const notes = (row.notes ?? []).filter((note) => note !== "");
    const excluded = (row.excluded ?? []).length > 0;
    const target = joinUnitParagraphs(row.target);
    const state = row.reviewed ? "final" : target === "" ? "initial" : "translated";
    const lines = [`    <unit id="${escapeXml(id)}">`];
    if (notes.length > 0 || excluded) {
      lines.push("      <notes>");
      for (const note of notes) lines.push(`        <note>${escapeXml(note)}</note>`);
      if (excluded) lines.push(`        <note category="tadqiq">${escapeXml(EXCLUDED_NOTE)}</note>`);
      lines.push("      </notes>");
    }
    lines.push(`      <segment state="${state}">`);
    lines.push(`        <source xml:space="preserve">${escapeXml(joinUnitParagraphs(row.source))}</source>`);
    if (row.target.length > 0) lines.push(`        <target xml:space="preserve">${escapeXml(target)}</target>`);
    lines.push("      </segment>", "    </unit>");
    return lines.join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${escapeXml(article.sourceLang)}" trgLang="${escapeXml(article.targetLang)}">
  <file id="${escapeXml(fileId(article))}" original="${escapeXml(article.title)}">
${units.join("\n")}
  </file>
</xliff>
`;
}

/**
 * XLIFF 1.2: one trans-unit per row; reviewed rows are approved="yes" with state="final", the others
 * state="needs-review-translation" (or "needs-translation" when the target is empty).
 * Excluded translation paragraphs are left out of the target; the unit says so in a note from "tadqiq".
 */
export function exportXliff12(article: ExportArticle): string {
  const units = exportedUnits(article.rows).map(({ row, id }) => {
    const target = joinUnitParagraphs(row.target);
    const approved = row.reviewed ? ` approved="yes"` : "";
    // A row not ticked reviewed still awaits its review (or its translation): say so, as CAT tools expect.
    const state = row.reviewed ? "final" : target === "" ? "needs-translation" : "needs-review-translation";
    const lines = [`      <trans-unit id="${escapeXml(id)}"${approved} xml:space="preserve">`];
    lines.push(`        <source>${escapeXml(joinUnitParagraphs(row.source))}</source>`);
    if (row.target.length > 0) lines.push(`        <target state="${state}">${escapeXml(target)}</target>`);
    for (const note of row.notes ?? []) if (note !== "") lines.push(`        <note>${escapeXml(note)}</note>`);
    if ((row.excluded ?? []).length > 0) lines.push(`        <note from="tadqiq">${escapeXml(EXCLUDED_NOTE)}</note>`);
    lines.push("      </trans-unit>");
    return lines.join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${escapeXml(article.title || article.id)}" source-language="${escapeXml(article.sourceLang)}" target-language="${escapeXml(article.targetLang)}" datatype="plaintext">
    <body>
${units.join("\n")}
    </body>
  </file>
</xliff>
`;
}
