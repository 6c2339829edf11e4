/** A glossary entry as the CSV file carries it (the shape lib/qa/glossary.ts parseGlossaryCsv reads back). */
export interface TGlossaryCsvEntry {
  source: string;
  target: string;
  forbidden: readonly string[];
  type: string;
  note?: string | null;
}

/**
 * One RFC 4180 field. A cell that a spreadsheet would run as a formula (=, +, @, a tab or CR first, or "-" before a
 * non-letter such as "-1+2") gets a leading apostrophe; a term like "-based" stays as written.
 */
function csvField(value: string): string {
  let text = value;
  if (/^[=+@\t\r]|^-(?!\p{L})/u.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a glossary CSV with the header source,target,forbidden,type,note (forbidden variants joined by ";"), CRLF line ends. */
export function exportGlossaryCsv(entries: readonly TGlossaryCsvEntry[]): string {
  const lines = ["source,target,forbidden,type,note"];
  for (const entry of entries) {
    lines.push([entry.source, entry.target, entry.forbidden.join(";"), entry.type, entry.note ?? ""].map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
