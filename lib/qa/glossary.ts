import type { GlossaryEntry } from "./types";

/** A glossary CSV that cannot be read; `line` and `column` are 1-based positions in the file. */
export class GlossaryFormatError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(`glossary line ${line}, column ${column}: ${message}`);
    this.name = "GlossaryFormatError";
    this.line = line;
    this.column = column;
  }
}

interface CsvField {
  value: string;
  line: number;
  column: number;
}

/** Splits RFC 4180 CSV into records of fields with their positions (quoted fields may span lines). */
function parseCsvRecords(text: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const column = () => i - lineStart + 1;
  const atRecordEnd = () => i >= text.length || text[i] === "\n" || text[i] === "\r";

  while (i <= text.length) {
    const fieldLine = line;
    const fieldColumn = column();
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new GlossaryFormatError("unterminated quoted field", fieldLine, fieldColumn);
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === "\n") {
          line++;
          lineStart = i + 1;
        }
        value += ch;
        i++;
      }
      if (!atRecordEnd() && text[i] !== ",") {
        throw new GlossaryFormatError(`unexpected ${JSON.stringify(text[i])} after a closing quote (put the whole field in quotes and double inner quotes)`, line, column());
      }
    } else {
      while (!atRecordEnd() && text[i] !== ",") value += text[i++];
    }
    record.push({ value, line: fieldLine, column: fieldColumn });
    if (i < text.length && text[i] === ",") {
      i++;
      continue;
    }
    // End of record: CRLF, LF, lone CR, or end of input.
    records.push(record);
    record = [];
    if (i >= text.length) break;
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i++;
    line++;
    lineStart = i;
    if (i >= text.length) break;
  }
  return records;
}

const COLUMNS = ["source", "target", "forbidden", "type", "note"] as const;
type Column = (typeof COLUMNS)[number];
const TYPES = new Set<GlossaryEntry["type"]>(["person", "organization", "place", "term"]);

/**
 * Parses a glossary CSV with the header `source,target,forbidden,type,note` (forbidden, type and note are
 * optional columns; forbidden variants are separated by ";"; type defaults to "term").
 * Throws GlossaryFormatError naming the line and column of the first problem.
 */
export function parseGlossaryCsv(csvText: string): GlossaryEntry[] {
  const text = csvText.startsWith("\uFEFF") ? csvText.slice(1) : csvText;
  const records = parseCsvRecords(text).filter((record) => !(record.length === 1 && record[0]!.value.trim() === ""));
  if (records.length === 0) throw new GlossaryFormatError("empty file: expected the header source,target,forbidden,type,note", 1, 1);

  const header = records[0]!;
  const positions = new Map<Column, number>();
  header.forEach((field, index) => {
    const name = field.value.trim().toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(name)) {
      throw new GlossaryFormatError(`unknown column ${JSON.stringify(field.value)} (expected ${COLUMNS.join(", ")})`, field.line, field.column);
    }
    if (positions.has(name as Column)) throw new GlossaryFormatError(`duplicate column ${JSON.stringify(name)}`, field.line, field.column);
    positions.set(name as Column, index);
  });
  for (const required of ["source", "target"] as const) {
    if (!positions.has(required)) throw new GlossaryFormatError(`missing column "${required}" in the header`, header[0]!.line, 1);
  }

  const entries: GlossaryEntry[] = [];
  for (const record of records.slice(1)) {
    const first = record[0]!;
    if (record.length !== header.length) {
      const culprit = (record.length > header.length ? record[header.length] : record[record.length - 1]) ?? first;
      throw new GlossaryFormatError(`expected ${header.length} fields, found ${record.length}`, culprit.line, culprit.column);
    }
    const get = (column: Column): CsvField | undefined => {
      const position = positions.get(column);
      return position === undefined ? undefined : record[position];
    };
    const source = get("source")!;
    const target = get("target")!;
    if (source.value.trim() === "") throw new GlossaryFormatError("empty source term", source.line, source.column);
    if (target.value.trim() === "") throw new GlossaryFormatError("empty target term", target.line, target.column);
    const typeField = get("type");
    const typeValue = (typeField?.value.trim().toLowerCase() || "term") as GlossaryEntry["type"];
    if (!TYPES.has(typeValue)) {
      throw new GlossaryFormatError(`type must be person, organization, place or term, not ${JSON.stringify(typeField!.value)}`, typeField!.line, typeField!.column);
    }
    const forbidden = (get("forbidden")?.value ?? "")
      .split(";")
      .map((variant) => variant.trim())
      .filter((variant) => variant !== "");
    const entry: GlossaryEntry = { source: source.value.trim(), target: target.value.trim(), forbidden, type: typeValue };
    const note = get("note")?.value.trim();
    if (note) entry.note = note;
    entries.push(entry);
  }
  return entries;
}
