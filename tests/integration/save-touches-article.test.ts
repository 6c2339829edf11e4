// A save does not take the article's row inside its transaction (saves of one article do not queue on it); the
// article is marked changed right after the commit, and its summary columns stay as they were.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { touchArticleAfterSave } from "../../lib/server/article/touch-article";

let editor: Actor;

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "touch-admin@example.org", password: "admin-password-long", name: "Amal", role: "admin" } });
  const user = await createUser({ actor: { userId: admin.id, name: admin.name, role: "admin" }, user: { email: "touch-editor@example.org", password: "long-password-here", name: "Emad", role: "editor" } });
  editor = { userId: user.id, name: user.name, role: "editor" };
});

describe("a save and its article", () => {
  it("moves the article's last change after the commit and leaves its summary as it was; saves of two paragraphs at once both land", async () => {
    const { id } = await createArticle({
      actor: editor,
      title: "Touch",
      sourceLang: "ar",
      targetLang: "en",
      sourceParagraphs: ["وصل الوفد إلى الدوحة.", "ولم يصدر أي بيان."],
      targetParagraphs: ["The delegation arrived in Doha.", "No statement was issued."],
    });
    const before = await db.article.findUniqueOrThrow({ where: { id } });
    const [first, second] = await db.paragraph.findMany({ where: { articleId: id, side: "target" }, orderBy: { position: "asc" } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const saved = await Promise.all([
      updateParagraphText({ actor: editor, paragraphId: first!.id, expectedVersion: 1, text: "The delegation arrived in Doha on Tuesday.", awaitQa: false }),
      updateParagraphText({ actor: editor, paragraphId: second!.id, expectedVersion: 1, text: "No official statement was issued.", awaitQa: false }),
    ]);
    expect(saved.map((s) => s.version)).toEqual([2, 2]);
    const after = await db.article.findUniqueOrThrow({ where: { id } });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const summary = (a: typeof before) => [a.rowCount, a.reviewedCount, a.sourceWords, a.openIssues, a.score, a.passes];
    expect(summary(after)).toEqual(summary(before));
    expect((await db.paragraph.findMany({ where: { articleId: id, side: "target" }, orderBy: { position: "asc" } })).map((p) => p.text)).toEqual([
      "The delegation arrived in Doha on Tuesday.",
      "No official statement was issued.",
    ]);
  });

  it("saves committing together share the touch: 20 at once write the article's row twice (one under way, one for the rest)", async () => {
    const { id } = await createArticle({ actor: editor, title: "Touch burst", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["نص."], targetParagraphs: ["Text."] });
    const before = (await db.article.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const statements = vi.spyOn(db, "$executeRaw");
    try {
      await Promise.all(Array.from({ length: 20 }, () => touchArticleAfterSave(id)));
      expect(statements).toHaveBeenCalledTimes(2);
      const after = (await db.article.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();
      expect(after).toBeGreaterThan(before);
      // once they have ended, the next save starts a statement of its own
      await touchArticleAfterSave(id);
      expect(statements).toHaveBeenCalledTimes(3);
      expect((await db.article.findUniqueOrThrow({ where: { id } })).updatedAt.getTime()).toBeGreaterThanOrEqual(after);
    } finally {
      statements.mockRestore();
    }
  });
});
