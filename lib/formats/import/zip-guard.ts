import JSZip from "jszip";
import { FormatError } from "../errors";
import {
  MAX_DOCX_COMPRESSION_RATIO,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_ENTRY_BYTES,
  MAX_DOCX_UNCOMPRESSED_BYTES,
  megabytes,
} from "../limits";

/** One central-directory record. */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
}

interface StreamableFile {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Parts smaller than this are never reported as suspicious, whatever their ratio (tiny XML compresses well). */
const RATIO_MINIMUM_BYTES = 1024 * 1024;

/**
 * Reads the zip central directory without inflating anything, so limits can be checked before unpacking.
 * Throws docx.corrupt for anything that is not a well-formed zip, docx.legacy-format for OLE (.doc, encrypted).
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  if (OLE_SIGNATURE.every((value, index) => bytes[index] === value)) throw new FormatError("docx.legacy-format", { fileName });
  const corrupt = () => new FormatError("docx.corrupt", { fileName });
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw corrupt();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
    // ZIP64: never needed for a 10 MB Word file; treat as oversized rather than parse it.
    throw new FormatError("docx.too-large", { fileName, limitMb: megabytes(MAX_DOCX_UNCOMPRESSED_BYTES) });
  }
  if (directoryOffset + directorySize > eocd) throw corrupt();
  if (entryCount > MAX_DOCX_ENTRIES) throw new FormatError("docx.too-many-entries", { fileName, count: entryCount, limit: MAX_DOCX_ENTRIES });

  const entries: ZipEntryInfo[] = [];
  let offset = directoryOffset;
  const decoder = new TextDecoder("utf-8");
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (offset + 46 + nameLength > eocd || localHeaderOffset + compressedSize > bytes.length) throw corrupt();
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize, method });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Checks declared sizes, ratios and entry count against the .docx limits. */
export function checkZipLimits(entries: readonly ZipEntryInfo[], fileName: string): void {
  if (entries.length > MAX_DOCX_ENTRIES) throw new FormatError("docx.too-many-entries", { fileName, count: entries.length, limit: MAX_DOCX_ENTRIES });
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > MAX_DOCX_ENTRY_BYTES) {
      throw new FormatError("docx.entry-too-large", { fileName, entry: entry.name, limitMb: megabytes(MAX_DOCX_ENTRY_BYTES) });
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= RATIO_MINIMUM_BYTES && ratio > MAX_DOCX_COMPRESSION_RATIO) {
      throw new FormatError("docx.suspicious-compression", { fileName, entry: entry.name, ratio: Math.round(ratio) });
    }
    total += entry.uncompressedSize;
    if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
      throw new FormatError("docx.too-large", { fileName, limitMb: megabytes(MAX_DOCX_UNCOMPRESSED_BYTES) });
    }
  }
}

/**
 * Inflates every entry with JSZip while counting bytes, because central-directory sizes can lie:
 * stops as soon as an entry exceeds its declared size or the total exceeds the limit.
 */
export async function verifyZipContents(bytes: Uint8Array, entries: readonly ZipEntryInfo[], fileName: string): Promise<void> {
  let zip: JSZip;
  try {
    // No checkCRC32 here: it would inflate every entry before the size guard below runs.
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new FormatError("docx.corrupt", { fileName }, { cause });
  }
  const declared = new Map(entries.map((entry) => [entry.name, entry.uncompressedSize]));
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const limit = Math.min(declared.get(file.unsafeOriginalName ?? file.name) ?? 0, MAX_DOCX_ENTRY_BYTES);
    await new Promise<void>((resolve, reject) => {
      let size = 0;
      // internalStream exists at runtime but is missing from JSZip's typings.
      const stream = (file as unknown as StreamableFile).internalStream("uint8array");
      stream
        .on("data", (chunk: Uint8Array) => {
          size += chunk.length;
          total += chunk.length;
          if (size > limit || total > MAX_DOCX_UNCOMPRESSED_BYTES) {
            stream.pause();
            reject(new FormatError("docx.too-large", { fileName, limitMb: megabytes(MAX_DOCX_UNCOMPRESSED_BYTES) }));
          }
        })
        .on("error", (cause: Error) => reject(new FormatError("docx.corrupt", { fileName }, { cause })))
        .on("end", () => resolve())
        .resume();
    });
  }
}
