"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction, type TActionResult } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { importArticle, type TImportArticleResult } from "@/lib/server/article/import-article";
import { AppError } from "@/lib/server/errors";
import { LANGUAGES } from "@/lib/languages";
import { MAX_TITLE_LENGTH } from "@/lib/article-input";

const ZOptionalLanguage = z.union([z.literal(""), z.enum(LANGUAGES)], { error: () => ({ message: "errors:language.unknown" }) });

/** The import form's fields besides the files. Messages are i18next keys. */
const ZImportForm = z
  .object({
    mode: z.enum(["pair", "bilingual"]),
    sourceLang: ZOptionalLanguage,
    targetLang: ZOptionalLanguage,
    title: z.string().trim().max(MAX_TITLE_LENGTH, { message: "errors:title.too-long" }),
  })
  .superRefine((value, ctx) => {
    if (value.sourceLang !== "" && value.sourceLang === value.targetLang) {
      ctx.addIssue({ code: "custom", path: ["targetLang"], message: "errors:language.same" });
    }
  });

export type TImportState = TActionResult<Pick<TImportArticleResult, "id" | "rows" | "warnings">> | null;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Reads the chosen files of the mode; an empty file input is a field error. */
async function readFiles(form: FormData, names: string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const missing = names.filter((name) => {
    const file = form.get(name);
    return !(file instanceof File) || (file.size === 0 && file.name === "");
  });
  if (missing.length > 0) {
    throw new AppError("validation", "Choose the files.", {
      status: 422,
      details: { fieldErrors: Object.fromEntries(missing.map((name) => [name, "import:form.fileRequired"])) },
    });
  }
  return Promise.all(
    names.map(async (name) => {
      const file = form.get(name) as File;
      return { name: file.name || name, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}

/**
 * Imports an article from uploaded files (two monolingual files or one XLIFF/TMX file). Without importer warnings
 * it opens the review page; with warnings it returns them so the page can show them before moving on.
 */
export async function importArticleAction(_previous: TImportState, form: FormData): Promise<TImportState> {
  const result = await runAction(async () => {
    // The session first: nothing of the upload is looked at for a visitor who may not import.
    const actor = await getActor();
    const input = parseInput(ZImportForm, {
      mode: text(form, "mode") || "pair",
      sourceLang: text(form, "sourceLang"),
      targetLang: text(form, "targetLang"),
      title: text(form, "title"),
    });
    const files = await readFiles(form, input.mode === "pair" ? ["sourceFile", "targetFile"] : ["bilingualFile"]);
    const imported = await importArticle({
      actor,
      files,
      sourceLang: input.sourceLang || undefined,
      targetLang: input.targetLang || undefined,
      title: input.title || undefined,
      confirmScripts: text(form, "confirmScripts") === "true",
    });
    return { id: imported.id, rows: imported.rows, warnings: imported.warnings };
  });
  if (!result.ok) return result;
  revalidatePath("/");
  if (result.data.warnings.length === 0) redirect(`/articles/${result.data.id}`);
  return result;
}
