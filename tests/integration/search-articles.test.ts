import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createArticle } from "../../lib/server/article/create-article";
import { listArticles, setSearchTotalCap, setSearchWalkThreshold } from "../../lib/server/article/list-articles";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import { deleteArticle } from "../../lib/server/article/delete-article";
import { databaseProvider } from "../../lib/server/database-url";

const editor: Actor = { userId: null, name: "Editor", role: "admin" };

async function titles(q: string, extra: { pair?: string } = {}): Promise<string[]> {
  const list = await listArticles({ actor: editor, q, ...extra });
  expect(list.total).toBe(list.items.length);
  return list.items.map((a) => a.title).sort();
}

beforeAll(async () => {
  const hospital = await createArticle({
    actor: editor,
    title: "Hôpital d'Alexandrie",
    sourceLang: "ar",
    targetLang: "fr",
    sourceParagraphs: ["أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الإسكندرية عام ٢٠٢٤.", "وقال الرئيس إن المشروع سيخدم مليون شخص."],
    targetParagraphs: ["Le ministère de la Santé a annoncé l'ouverture d'un nouvel hôpital à Alexandrie en 2024.", "Le président a déclaré que le projet servira un million de personnes."],
  });
  const school = await createArticle({
    actor: editor,
    title: "School opening",
    sourceLang: "ar",
    targetLang: "en",
    sourceParagraphs: ["افتتحت المدرسة الجديدة أبوابها للطلاب.", "وحضر الحفل وزير التعليم."],
    targetParagraphs: ["The new school opened its doors to students.", "The education minister attended the ceremony."],
  });
  await Promise.all([settleArticleQa(hospital.id), settleArticleQa(school.id)]);
});

describe("full-text search of titles and paragraphs", () => {
  it("Arabic: hamza and alef forms, ta marbuta, alef maqsura, tatweel and diacritics do not matter", async () => {
    for (const q of ["مستشفى", "مستشفي", "مُسْتَشْفَى", "مستشـــفى", "الإسكندرية", "الاسكندريه", "الأسكندرية"]) {
      expect([q, await titles(q)]).toEqual([q, ["Hôpital d'Alexandrie"]]);
    }
  });

  it("Arabic clitics: الرئيس, رئيس and والرئيس all find وقال الرئيس; المدرسة finds المدرسة", async () => {
    for (const q of ["الرئيس", "رئيس", "والرئيس"]) expect([q, await titles(q)]).toEqual([q, ["Hôpital d'Alexandrie"]]);
    expect(await titles("المدرسة")).toEqual(["School opening"]);
  });

  it("Latin: case and accents do not matter; a word start matches", async () => {
    for (const q of ["hopital", "HÔPITAL", "Hopit", "alexandrie", "ministère", "ministere"]) expect([q, await titles(q)]).toEqual([q, ["Hôpital d'Alexandrie"]]);
    expect(await titles("school")).toEqual(["School opening"]);
    expect(await titles("SCHOO")).toEqual(["School opening"]);
    // "minister" is a word start of French "ministère" too
    expect(await titles("minister")).toEqual(["Hôpital d'Alexandrie", "School opening"]);
  });

  it("Arabic-Indic and ASCII digits match each other", async () => {
    expect(await titles("2024")).toEqual(["Hôpital d'Alexandrie"]);
    expect(await titles("٢٠٢٤")).toEqual(["Hôpital d'Alexandrie"]);
  });

  it("every word must be in the title or in one paragraph", async () => {
    expect(await titles("hôpital Alexandrie")).toEqual(["Hôpital d'Alexandrie"]);
    expect(await titles("président million")).toEqual(["Hôpital d'Alexandrie"]);
    // in two different paragraphs: no match
    expect(await titles("hôpital personnes")).toEqual([]);
    expect(await titles("school ceremony")).toEqual([]);
    expect(await titles("nothing-like-this")).toEqual([]);
  });

  it("many matches (walking the sort's index) and few matches (sorting the matches) give the same pages", async () => {
    const both = async (filters: Parameters<typeof listArticles>[0]) => {
      setSearchWalkThreshold(0);
      const walked = await listArticles(filters);
      setSearchWalkThreshold(null);
      return [walked, await listArticles(filters)].map((list) => [list.total, list.items.map((a) => a.title)]);
    };
    for (const sort of ["updated", "score", "title", "issues"]) {
      for (const dir of ["asc", "desc"]) {
        const [walked, sorted] = await both({ actor: editor, q: "minister", sort, dir });
        expect([sort, dir, walked]).toEqual([sort, dir, sorted]);
        expect((walked as [number, string[]])[0]).toBe(2);
        // one article per page: the page lies inside the first group of equal values (read from that group alone)
        const pages = [];
        for (const page of [1, 2, 3]) {
          const [walkedPage, sortedPage] = await both({ actor: editor, q: "minister", sort, dir, pageSize: 1, page });
          expect([sort, dir, page, walkedPage]).toEqual([sort, dir, page, sortedPage]);
          pages.push(...(walkedPage as [number, string[]])[1]);
        }
        expect([sort, dir, pages.length, new Set(pages).size]).toEqual([sort, dir, 2, 2]);
      }
    }
    const [walked, sorted] = await both({ actor: editor, q: "minister", pageSize: 1, page: 2, dir: "asc" });
    expect(walked).toEqual(sorted);
    expect(walked).toEqual([2, ["School opening"]]);
  });

  it("combines with the other filters", async () => {
    expect(await titles("minister", { pair: "ar-en" })).toEqual(["School opening"]);
    expect(await titles("minister", { pair: "ar-fr" })).toEqual(["Hôpital d'Alexandrie"]);
  });

  it("a search counts its matches up to the cap: above it the total is the cap and says so; the page is not cut", async () => {
    const summary = async (filters: Omit<Parameters<typeof listArticles>[0], "actor">) => {
      const list = await listArticles({ actor: editor, ...filters });
      return { total: list.total, totalCapped: list.totalCapped, titles: list.items.map((a) => a.title) };
    };
    try {
      setSearchTotalCap(1);
      // the index alone counts (SQLite) / the capped count (PostgreSQL): 2 matches, cap 1
      expect(await summary({ q: "minister", sort: "title" })).toEqual({ total: 1, totalCapped: true, titles: ["Hôpital d'Alexandrie", "School opening"] });
      // with a filter: the articles that pass it and match, up to the cap
      expect(await summary({ q: "minister", status: "draft", sort: "title" })).toEqual({ total: 1, totalCapped: true, titles: ["Hôpital d'Alexandrie", "School opening"] });
      expect(await summary({ q: "minister", pair: "ar-en" })).toEqual({ total: 1, totalCapped: false, titles: ["School opening"] });
      expect(await summary({ q: "minister", pageSize: 1, page: 2, sort: "title" })).toEqual({ total: 1, totalCapped: true, titles: ["School opening"] });
      expect(await summary({ q: "nothing-like-this" })).toEqual({ total: 0, totalCapped: false, titles: [] });
      setSearchTotalCap(2);
      expect(await summary({ q: "minister", sort: "title" })).toEqual({ total: 2, totalCapped: false, titles: ["Hôpital d'Alexandrie", "School opening"] });
      expect(await summary({ q: "minister", status: "draft", sort: "title" })).toEqual({ total: 2, totalCapped: false, titles: ["Hôpital d'Alexandrie", "School opening"] });
    } finally {
      setSearchTotalCap(null);
    }
    // no search: the total is always exact
    expect(await summary({})).toEqual({ total: 2, totalCapped: false, titles: ["School opening", "Hôpital d'Alexandrie"] });
  });

  it("a save re-indexes its paragraph in the same transaction; the title stays searchable", async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: "School opening" } });
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { articleId: article.id, side: "target", position: 0 } });
    expect(await titles("doors students")).toEqual(["School opening"]);
    await updateParagraphText({ actor: editor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "The new academy welcomed its pupils." });
    expect(await titles("doors")).toEqual([]);
    expect(await titles("academy pupils")).toEqual(["School opening"]);
    expect(await titles("school")).toEqual(["School opening"]);
  });

  it("deleting an article removes its documents from the index", async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: "Hôpital d'Alexandrie" } });
    const sqlite = databaseProvider() === "sqlite";
    const count = async () =>
      Number(
        (sqlite
          ? await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM fts_article WHERE rowid / 4096 = (SELECT "key" FROM fts_article_key WHERE "articleId" = ${article.id})`
          : await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM fts_article WHERE "articleId" = ${article.id}`)[0]!.n,
      );
    expect(await count()).toBe(5);
    await deleteArticle({ actor: editor, articleId: article.id });
    expect(await count()).toBe(0);
    if (sqlite) {
      const [keys] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM fts_article_key WHERE "articleId" = ${article.id}`;
      expect(Number(keys!.n)).toBe(0);
    }
    expect(await titles("hopital")).toEqual([]);
  });
});
