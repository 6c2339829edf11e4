import { describe, expect, it } from "vitest";
import { RedirectSignal, revalidated, testSession } from "../support/next-mocks";
import { createArticleAction } from "../../app/articles/new/actions";
import { saveParagraphAction, createIssueAction, repairRowsAction } from "../../app/articles/[id]/actions";
import { db } from "../../lib/server/db";

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const valid = { title: "Budget", sourceLang: "ar", targetLang: "en", sourceText: "أقر البرلمان الميزانية.\nارتفع الإنفاق 5 بالمئة.", targetText: "Parliament passed the budget.\nSpending rose 5 percent." };

describe("createArticleAction", () => {
  const cases: { name: string; fields: Record<string, string | File>; field: string; key: string }[] = [
    { name: "empty source", fields: { ...valid, sourceText: "  \n \n" }, field: "sourceText", key: "errors:text.empty" },
    { name: "empty translation", fields: { ...valid, targetText: "" }, field: "targetText", key: "errors:text.empty" },
    { name: "unknown language", fields: { ...valid, sourceLang: "xx" }, field: "sourceLang", key: "errors:language.unknown" },
    { name: "same languages", fields: { ...valid, targetLang: "ar" }, field: "targetLang", key: "errors:language.same" },
    { name: "text over 2 MB", fields: { ...valid, targetText: "a".repeat(2 * 1024 * 1024 + 1) }, field: "targetText", key: "errors:text.too-large" },
    { name: "more than 2,000 paragraphs", fields: { ...valid, sourceText: Array.from({ length: 2001 }, (_, i) => `فقرة ${i}`).join("\n") }, field: "sourceText", key: "errors:text.too-many-paragraphs" },
    { name: "file that is not UTF-8", fields: { ...valid, sourceFile: new File([new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0xff])], "latin1.txt") }, field: "sourceText", key: "errors:text.invalid-utf8" },
    { name: "file over 2 MB", fields: { ...valid, targetFile: new File(["b".repeat(2 * 1024 * 1024 + 10)], "big.txt") }, field: "targetText", key: "errors:text.too-large" },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with a translated field error and writes nothing`, async () => {
      const before = await db.article.count();
      const result = await createArticleAction(null, form(c.fields));
      expect(result?.ok).toBe(false);
      if (result && !result.ok) expect(result.fieldErrors?.[c.field]).toBe(c.key);
      expect(await db.article.count()).toBe(before);
    });
  }

  it("creates the article with the cookie's name and redirects to its review page", async () => {
    testSession.actor = { userId: null, name: "Layla", role: "editor", origin: "test" };
    const file = new File([new TextEncoder().encode("\uFEFFParliament passed the budget.\r\nSpending rose 5 percent.\r\n")], "en.txt");
    let url = "";
    try {
      await createArticleAction(null, form({ ...valid, targetText: "", targetFile: file }));
    } catch (error) {
      expect(error).toBeInstanceOf(RedirectSignal);
      url = (error as RedirectSignal).url;
    }
    const id = url.replace("/articles/", "");
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { paragraphs: { orderBy: [{ side: "asc" }, { position: "asc" }] } } });
    expect(article.createdBy).toBe("Layla");
    expect(article.paragraphs.filter((p) => p.side === "target").map((p) => p.text)).toEqual(["Parliament passed the budget.", "Spending rose 5 percent."]);
    expect(revalidated).toContain("/");
  });
});

describe("review actions", () => {
  it("returns a conflict result with the newer text for a stale save", async () => {
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { side: "target", article: { title: "Budget" } }, orderBy: { position: "asc" } });
    const first = await saveParagraphAction({ paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Parliament approved the budget." });
    // The save answers with the saved paragraph and the article's fresh findings and score, so the open page
    // patches that row instead of reloading the article.
    expect(first.ok).toBe(true);
    if (first.ok) {
      expect(first.data.version).toBe(paragraph.version + 1);
      expect(first.data.paragraph).toMatchObject({ id: paragraph.id, text: "Parliament approved the budget.", version: paragraph.version + 1, revisionCount: 1, excluded: false });
      expect(first.data.review.score).toMatchObject({ quality: 100, pass: true });
      expect(first.data.review.qaPending).toBe(false);
    }
    const stale = await saveParagraphAction({ paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Mine." });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe("paragraph.conflict");
      expect(stale.error.messageKey).toBe("errors:paragraph.conflict");
      expect(stale.error.details).toMatchObject({ currentText: "Parliament approved the budget.", currentVersion: paragraph.version + 1 });
    }
    const revision = await db.revision.findFirstOrThrow({ where: { paragraphId: paragraph.id } });
    expect(revision.authorName).toBe("Layla");
  });

  it("validates input before touching data", async () => {
    const bad = await createIssueAction({ paragraphId: "x", start: 5, end: 2, category: "nonsense" as never, severity: "minor", comment: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("validation");
    const missing = await repairRowsAction({ articleId: "does-not-exist", repair: { kind: "realign" } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe("article.not-found");
  });
});
