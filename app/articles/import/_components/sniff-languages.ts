import { LANGUAGES, type LanguageCode } from "@/lib/languages";

/** Languages a file declares in its first bytes (XLIFF srcLang/trgLang or source-language/target-language, TMX, HTML lang). */
export interface TDeclaredLanguages {
  source?: LanguageCode;
  target?: LanguageCode;
  /** The tags as written in the file, for display. */
  sourceTag?: string;
  targetTag?: string;
}

function attribute(text: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(text)?.[1]?.trim();
}

/** The app language of a BCP 47 tag ("en-GB" → "en"), if supported. */
export function appLanguage(tag: string | undefined): LanguageCode | undefined {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as LanguageCode) : undefined;
}

/**
 * Reads the languages declared near the start of an XLIFF, TMX or HTML file, only to prefill the form; the server
 * parses the whole file and decides. Returns {} for formats without declared languages (.txt, .docx).
 */
export function sniffDeclaredLanguages(head: string): TDeclaredLanguages {
  let sourceTag: string | undefined;
  let targetTag: string | undefined;
  const xliff = /<xliff\b[^>]*>/i.exec(head);
  const tmx = /<tmx\b/i.test(head);
  if (xliff) {
    sourceTag = attribute(xliff[0], "srcLang") ?? attribute(head, "source-language");
    targetTag = attribute(xliff[0], "trgLang") ?? attribute(head, "target-language");
  } else if (tmx) {
    const header = /<header\b[^>]*>/i.exec(head)?.[0] ?? "";
    sourceTag = attribute(header, "srclang");
    if (sourceTag === "*all*") sourceTag = undefined;
    const tags = [...head.matchAll(/<tuv\b[^>]*\sxml:lang\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]!.trim());
    sourceTag ??= tags[0];
    const sourcePrimary = appLanguage(sourceTag) ?? sourceTag?.toLowerCase();
    targetTag = tags.find((tag) => (appLanguage(tag) ?? tag.toLowerCase()) !== sourcePrimary);
  } else {
    const html = /<html\b[^>]*>/i.exec(head)?.[0];
    if (html) sourceTag = targetTag = attribute(html, "lang") ?? attribute(html, "xml:lang");
  }
  return { source: appLanguage(sourceTag), target: appLanguage(targetTag), sourceTag, targetTag };
}

/**
 * The text of the start of a monolingual file, enough to tell its writing system before uploading: plain text and
 * Markdown as they are, HTML without its tags, scripts and styles. Null for formats the browser cannot read cheaply
 * (.docx is a zip archive: the server checks those).
 */
export function readableText(head: string, fileName: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (["txt", "text", "md", "markdown"].includes(extension)) return head;
  if (["html", "htm", "xhtml"].includes(extension)) {
    return head
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&[a-z0-9#]+;/gi, " ");
  }
  return null;
}
