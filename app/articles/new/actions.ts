"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseInput, runAction, type TActionResult } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { createArticle } from "@/lib/server/article/create-article";
import { AppError } from "@/lib/server/errors";
import { decodeUtf8, MAX_TEXT_BYTES, splitParagraphs, ZNewArticle } from "@/lib/article-input";

/** Text of a form field, preferring an uploaded .txt file over the pasted text. */
async function readTextField(form: FormData, field: "sourceText" | "targetText"): Promise<string> {
  const file = form.get(field === "sourceText" ? "sourceFile" : "targetFile");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_TEXT_BYTES) {
      throw new AppError("validation", "File too large.", { status: 422, details: { fieldErrors: { [field]: "errors:text.too-large" } } });
    }
    const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (text === null) throw new AppError("validation", "Not UTF-8.", { status: 422, details: { fieldErrors: { [field]: "errors:text.invalid-utf8" } } });
    return text;
  }
  const value = form.get(field);
  return typeof value === "string" ? value : "";
}

export type TCreateArticleState = TActionResult<{ id: string }> | null;

/** Creates an article from the new-article form, then opens it for review. */
export async function createArticleAction(_previous: TCreateArticleState, form: FormData): Promise<TCreateArticleState> {
  const result = await runAction(async () => {
    const input = parseInput(ZNewArticle, {
      title: form.get("title") ?? "",
      sourceLang: form.get("sourceLang"),
      targetLang: form.get("targetLang"),
      sourceText: await readTextField(form, "sourceText"),
      targetText: await readTextField(form, "targetText"),
      confirmScripts: form.get("confirmScripts") === "true",
    });
    const actor = await getActor();
    return createArticle({
      actor,
      title: input.title,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      sourceParagraphs: splitParagraphs(input.sourceText),
      targetParagraphs: splitParagraphs(input.targetText),
      confirmScripts: input.confirmScripts,
    });
  });
  if (!result.ok) return result;
  revalidatePath("/");
  redirect(`/articles/${result.data.id}`);
}
