const MAX_SLUG_LENGTH = 80;

/** An ASCII slug of a title (letters, digits, hyphens); "" when nothing ASCII survives (e.g. Arabic titles). */
export function asciiSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
}

/** A Unicode-preserving file name stem: letters, marks and digits of any script, hyphen-separated. */
export function unicodeSlug(title: string): string {
  return Array.from(
    title
      .normalize("NFC")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, ""),
  )
    .slice(0, MAX_SLUG_LENGTH)
    .join("")
    .replace(/-+$/g, "");
}

/**
 * A download file name for an exported article: an ASCII slug by default ("article" when the title has none),
 * or, with `unicode: true`, a slug that keeps Arabic and other letters (send it through contentDisposition).
 * A compound extension names a variant of a format: "xliff21.xlf" gives "<slug>-xliff21.xlf", so the XLIFF 2.1 and
 * 1.2 downloads of one article do not overwrite each other.
 */
export function exportFileName(title: string, extension: string, options: { unicode?: boolean } = {}): string {
  const stem = (options.unicode ? unicodeSlug(title) : asciiSlug(title)) || "article";
  const parts = extension.replace(/[^A-Za-z0-9.]/g, "").split(".").filter(Boolean);
  const last = parts.pop();
  if (last === undefined) return stem;
  return parts.length > 0 ? `${stem}-${parts.join("-")}.${last}` : `${stem}.${last}`;
}

/** RFC 5987 percent-encoding of a UTF-8 string (attr-char stays literal). */
function encodeRfc5987(value: string): string {
  return Array.from(new TextEncoder().encode(value))
    .map((byte) => {
      const character = String.fromCharCode(byte);
      return /[A-Za-z0-9!#$&+.^_`|~-]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

/**
 * A Content-Disposition header value: an ASCII `filename` fallback plus an RFC 5987 `filename*` in UTF-8,
 * so browsers show Arabic names while old clients still get a safe name.
 */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot + 1) : "";
  const fallback = exportFileName(stem, extension);
  const utf8Name = fileName.replace(/[\u0000-\u001F\u007F"\\/]/g, "_");
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(utf8Name)}`;
}
