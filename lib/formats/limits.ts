import { FormatError } from "./errors";

/** Largest file accepted by importers (10 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most paragraphs (or bilingual units) an imported article may have. */
export const MAX_PARAGRAPHS = 2000;
/** Largest total uncompressed size of a .docx. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Largest uncompressed size of one .docx part. */
export const MAX_DOCX_ENTRY_BYTES = 30 * 1024 * 1024;
/** Most parts in a .docx zip. */
export const MAX_DOCX_ENTRIES = 2000;
/** Highest compression ratio accepted for a large part (zip bomb guard). */
export const MAX_DOCX_COMPRESSION_RATIO = 100;

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Throws file.too-large / file.empty for byte sizes outside the limits. */
export function checkFileSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new FormatError("file.too-large", {
      fileName,
      size: bytes.byteLength,
      limit: MAX_FILE_BYTES,
      sizeMb: megabytes(bytes.byteLength),
      limitMb: megabytes(MAX_FILE_BYTES),
    });
  }
  if (bytes.byteLength === 0) throw new FormatError("file.empty", { fileName });
}

/** Throws too-many-paragraphs when `count` exceeds MAX_PARAGRAPHS. */
export function checkParagraphCount(count: number, fileName: string): void {
  if (count > MAX_PARAGRAPHS) throw new FormatError("too-many-paragraphs", { fileName, count, limit: MAX_PARAGRAPHS });
}

export { megabytes };
