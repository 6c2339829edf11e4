import { FormatError } from "../errors";

/** Position of the first byte that makes `bytes` invalid UTF-8 (or -1). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    let length: number;
    let minimum: number;
    if (byte < 0x80) {
      index += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
      minimum = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      minimum = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      minimum = 0x10000;
    } else {
      return index;
    }
    if (index + length > bytes.length) return index;
    let codePoint = byte & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset += 1) {
      const continuation = bytes[index + offset];
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return -1;
}

/**
 * Decodes an uploaded text file: strict UTF-8 (a BOM is stripped), or UTF-16 LE/BE when it starts with a BOM.
 * Anything else (Latin-1, Windows-1256, binary) throws FormatError "encoding.invalid-utf8".
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le", fileName);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be", fileName);
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 BOM.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new FormatError("encoding.invalid-utf8", { fileName, offset: Math.max(0, firstInvalidUtf8Offset(bytes)) }, { cause });
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new FormatError("encoding.invalid-utf8", { fileName, offset: 0 }, { cause });
  }
}
