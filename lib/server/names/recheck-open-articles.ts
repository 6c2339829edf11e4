import "server-only";
import { db } from "../db";
import { scheduleArticleQa } from "../qa/article-qa";
import { NAMES_SOURCE_LANG } from "./name-access";

/**
 * After a change of the register's house spellings, the open articles of Arabic → targetLang are checked again
 * (queued like saves, one run per article at a time), so their name-authority findings follow the register.
 * Approved articles are read-only and keep theirs. `done` resolves when the runs have ended: the web does not wait
 * for it, the command line does (its process ends after the command).
 */
export async function recheckOpenArticles(targetLang: string): Promise<{ articleIds: string[]; done: Promise<void> }> {
  const articles = await db.article.findMany({ where: { sourceLang: NAMES_SOURCE_LANG, targetLang, status: { notIn: ["approved", "published"] } }, select: { id: true } });
  const runs = articles.map(({ id }) =>
    scheduleArticleQa(id, "all").then(
      () => undefined,
      (error: unknown) => console.error(`tadqiq: QA of article ${id} after a register change failed:`, error),
    ),
  );
  return { articleIds: articles.map((a) => a.id), done: Promise.all(runs).then(() => undefined) };
}
