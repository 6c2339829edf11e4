"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { deleteGlossaryEntry, GLOSSARY_TYPES, importGlossaryFile, saveGlossaryEntry } from "@/lib/server/glossary/glossary-entries";
import { MAX_TBX_BYTES } from "@/lib/formats/tbx";
import { ZLanguageCode } from "@/lib/article-input";
import { AppError } from "@/lib/server/errors";

/** A glossary upload (CSV or TBX) may be as large as the TBX limit. */
const MAX_GLOSSARY_FILE_BYTES = MAX_TBX_BYTES;

const ZEntry = z.object({
  sourceLang: ZLanguageCode,
  targetLang: ZLanguageCode,
  source: z.string().trim().min(1, { message: "errors:glossary.empty-term" }).max(200),
  target: z.string().trim().min(1, { message: "errors:glossary.empty-term" }).max(200),
  forbidden: z.string().max(2000).default(""),
  type: z.enum(GLOSSARY_TYPES).default("term"),
  note: z.string().max(1000).default(""),
});

/** Adds or replaces a termbase entry. */
export async function saveGlossaryEntryAction(input: z.input<typeof ZEntry>) {
  return runAction(async () => {
    const data = parseInput(ZEntry, input);
    const actor = await getActor();
    await saveGlossaryEntry({
      actor,
      sourceLang: data.sourceLang,
      targetLang: data.targetLang,
      entry: { source: data.source, target: data.target, forbidden: data.forbidden.split(";").map((s) => s.trim()).filter(Boolean), type: data.type, note: data.note || undefined },
    });
    revalidatePath("/glossary");
    revalidatePath("/", "layout");
    return null;
  });
}

/** Imports a glossary file (CSV, or TBX told by its .tbx/.xml name or its content) for a language pair. */
export async function importGlossaryAction(form: FormData) {
  return runAction(async () => {
    const pair = parseInput(z.object({ sourceLang: ZLanguageCode, targetLang: ZLanguageCode }), { sourceLang: form.get("sourceLang"), targetLang: form.get("targetLang") });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("glossary.no-file", "Choose a CSV or TBX file.", { status: 422 });
    if (file.size > MAX_GLOSSARY_FILE_BYTES) throw new AppError("glossary.too-large", "File too large.", { status: 422, params: { limitMb: MAX_GLOSSARY_FILE_BYTES / (1024 * 1024) } });
    const actor = await getActor();
    const result = await importGlossaryFile({ actor, ...pair, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath("/glossary");
    revalidatePath("/", "layout");
    return result;
  });
}

/** Deletes a termbase entry. */
export async function deleteGlossaryEntryAction(input: { id: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ id: z.string().min(1).max(64) }), input);
    const actor = await getActor();
    await deleteGlossaryEntry({ actor, ...data });
    revalidatePath("/glossary");
    revalidatePath("/", "layout");
    return null;
  });
}
