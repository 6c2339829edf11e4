import { exportDocx, type DocxExportOptions } from "./export/docx";
import { exportJson } from "./export/json";
import { exportTmx } from "./export/tmx";
import { exportXliff12, exportXliff21 } from "./export/xliff";
import { exportHtml, exportMarkdown, exportTxt } from "./export-text";
import { EXPORT_FORMATS, type ExportArticle, type ExportFormat } from "./types";

export { contentDisposition, exportFileName } from "./file-name";
export { exportHtml, exportMarkdown, exportTxt } from "./export-text";
export {
  FORMAT_ERROR_MESSAGES,
  FORMAT_WARNING_CODES,
  FormatError,
  isFormatError,
  type FormatErrorCode,
  type FormatWarning,
  type FormatWarningCode,
} from "./errors";
export {
  IMPORT_EXTENSIONS,
  importFile,
  type ImportedBilingual,
  type ImportedDocument,
  type ImportedUnit,
  type ImportResult,
} from "./import";
export { splitUnitParagraphs } from "./export/xliff";
export { reportCsv, reportHtml, REPORT_LABEL_KEYS, type ReportLabelKey, type ReportText, type ReviewReportInput } from "./report";
export { isRtlLanguage, textDirection } from "./lang";
export { splitParagraphs } from "./import/text";
export { decodeText } from "./import/decode";
export { MAX_FILE_BYTES, MAX_PARAGRAPHS } from "./limits";
export {
  EXPORT_FORMATS,
  type ExcludedParagraph,
  type ExportArticle,
  type ExportFinding,
  type ExportFormat,
  type ExportIssue,
  type ExportRevision,
  type ExportRow,
  type ExportScore,
} from "./types";

/** An exported file, ready to be written to disk or sent over HTTP. */
export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  /** File extension for exportFileName; may name a variant ("xliff21.xlf"). */
  extension: string;
}

/** Options for exportArticle (only the docx exporter uses them today). */
export type ExportOptions = DocxExportOptions;

const CONTENT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  txt: { contentType: "text/plain; charset=utf-8", extension: "txt" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  // Both XLIFF versions end in .xlf; the variant goes into the file name (see exportFileName).
  xliff: { contentType: "application/xliff+xml; charset=utf-8", extension: "xliff21.xlf" },
  xliff12: { contentType: "application/xliff+xml; charset=utf-8", extension: "xliff12.xlf" },
  tmx: { contentType: "application/x-tmx+xml; charset=utf-8", extension: "tmx" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
};

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Exports an article in one of the supported formats (async because .docx packing is). */
export async function exportArticle(article: ExportArticle, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const { contentType, extension } = CONTENT_TYPES[format];
  const body = await renderBody(article, format, options);
  return { body, contentType, extension };
}

async function renderBody(article: ExportArticle, format: ExportFormat, options: ExportOptions): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return exportTxt(article);
    case "md":
      return exportMarkdown(article);
    case "html":
      return exportHtml(article);
    case "docx":
      return exportDocx(article, options);
    case "xliff":
      return exportXliff21(article);
    case "xliff12":
      return exportXliff12(article);
    case "tmx":
      return exportTmx(article);
    case "json":
      return exportJson(article);
  }
}
