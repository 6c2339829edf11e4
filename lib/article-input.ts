import { z } from "zod";
import { LANGUAGES } from "./languages";
import { splitParagraphs } from "./formats/import/text";
import { MAX_PARAGRAPHS } from "./formats/limits";

export { splitParagraphs };

/** Limits for text pasted or uploaded in the new-article form. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Same paragraph limit as file imports. */
export const MAX_ARTICLE_PARAGRAPHS = MAX_PARAGRAPHS;
export const MAX_TITLE_LENGTH = 300;

export const ZLanguageCode = z.enum(LANGUAGES, { error: () => ({ message: "errors:language.unknown" }) });

/** The new-article form / API body. Messages are i18next keys. */
export const ZNewArticle = z
  .object({
    title: z.string().trim().max(MAX_TITLE_LENGTH, { message: "errors:title.too-long" }).optional().default(""),
    sourceLang: ZLanguageCode,
    targetLang: ZLanguageCode,
    sourceText: z.string(),
    targetText: z.string(),
    /** Create the article even when the texts look swapped (source in the translation's script and the reverse). */
    confirmScripts: z.boolean().optional().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.sourceLang === value.targetLang) {
      ctx.addIssue({ code: "custom", path: ["targetLang"], message: "errors:language.same" });
    }
    for (const field of ["sourceText", "targetText"] as const) {
      const text = value[field];
      if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES) {
        ctx.addIssue({ code: "custom", path: [field], message: "errors:text.too-large" });
      } else if (text.includes("\uFFFD")) {
        ctx.addIssue({ code: "custom", path: [field], message: "errors:text.invalid-utf8" });
      } else {
        const count = splitParagraphs(text).length;
        if (count === 0) ctx.addIssue({ code: "custom", path: [field], message: "errors:text.empty" });
        else if (count > MAX_ARTICLE_PARAGRAPHS) ctx.addIssue({ code: "custom", path: [field], message: "errors:text.too-many-paragraphs" });
      }
    }
  });
export type TNewArticle = z.infer<typeof ZNewArticle>;

/** Decodes uploaded bytes as strict UTF-8 (BOM stripped); returns null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
