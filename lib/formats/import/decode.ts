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

/** Bytes looked at to recognize UTF-16 without a byte-order mark. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte-order mark, recognized by its NUL bytes: text in UTF-8 has none, while UTF-16 puts a NUL in
 * the high byte of every ASCII character (spaces, digits, punctuation, line breaks; Arabic words are separated by
 * them). LE has them at odd offsets, BE at even ones. Decided on the first 4 KB: at least one code unit in 20 has
 * a NUL high byte, and the other position holds at most a tenth as many (U+0100, U+0600… are rare).
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (length < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const units = length / 2;
  if (oddNuls * 20 >= units && evenNuls * 10 <= oddNuls) return "utf-16le";
  if (evenNuls * 20 >= units && oddNuls * 10 <= evenNuls) return "utf-16be";
  return undefined;
}

/**
 * Decodes an uploaded text file: strict UTF-8 (a BOM is stripped), or UTF-16 LE/BE when it starts with a BOM or,
 * without one, when its NUL bytes show it (sniffUtf16WithoutBom).
 * Anything else (Latin-1, Windows-1256, binary) throws FormatError "encoding.invalid-utf8".
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le", fileName);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be", fileName);
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, fileName);
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
