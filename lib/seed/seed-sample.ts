import fs from "node:fs";
import path from "node:path";
import { db } from "../server/db";
import { systemActor } from "../server/actor";
import { createArticle } from "../server/article/create-article";
import { splitParagraphs } from "../article-input";

export const SAMPLE_TITLE = "Talks in Cairo for a ceasefire in Gaza end without a breakthrough";

/** Loads the sample article (fixtures/cairo-talks) when the database has no article yet. */
export async function seedSampleIfEmpty(root: string): Promise<string | null> {
  if ((await db.article.count()) > 0) return null;
  const dir = path.join(root, "fixtures", "cairo-talks");
  const source = splitParagraphs(fs.readFileSync(path.join(dir, "ar.txt"), "utf8"));
  const target = splitParagraphs(fs.readFileSync(path.join(dir, "en.txt"), "utf8"));
  const { id } = await createArticle({ actor: systemActor(), title: SAMPLE_TITLE, sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target });
  return id;
}
