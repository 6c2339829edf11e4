import { readFileSync } from "node:fs";
import { CliError } from "./errors";

/** Where a command writes; injectable so tests and other front ends can capture the output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writes to the process streams. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Reads a file's bytes; throws CliError (exit 2) when it is missing, a directory or not readable. */
export function readFileBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : String((error as Error).message);
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
}

/** Reads a file as strict UTF-8 (BOM stripped); throws CliError (exit 2) when missing or not UTF-8. */
export function readUtf8File(path: string): string {
  const bytes = Buffer.from(readFileBytes(path));
  const invalid = firstInvalidUtf8Offset(bytes);
  if (invalid >= 0) throw new CliError(`${path} is not valid UTF-8 (bad byte at offset ${invalid})`);
  const text = bytes.toString("utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** Splits text into paragraphs: one per line (LF, CRLF or CR), empty and whitespace-only lines dropped. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r\n|\n|\r/u).filter((line) => line.trim() !== "");
}

/** Reads a one-paragraph-per-line text file; throws CliError (exit 2) when it has no paragraphs. */
export function readParagraphs(path: string): string[] {
  const paragraphs = splitParagraphs(readUtf8File(path));
  if (paragraphs.length === 0) throw new CliError(`${path} is empty: expected one paragraph per line`);
  return paragraphs;
}
