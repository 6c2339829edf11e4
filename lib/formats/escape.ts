const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
 * Exporters drop them: there is no escape for them in XML 1.0, and they never carry meaning in prose.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 cannot represent. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** Escapes text for XML content or attributes, dropping characters XML cannot hold; CR/tab in attributes survive as references. */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"'\r\t\n]/g, (character) => {
    switch (character) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "\r":
        return "&#13;";
      case "\t":
        return "&#9;";
      default:
        return "&#10;";
    }
  });
}
