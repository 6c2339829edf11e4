import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { setParagraphExcluded } from "../../lib/server/paragraph/set-paragraph-excluded";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import { updateNameEntry } from "../../lib/server/names/update-name-entry";
import { fixNameEverywhere, previewNameFix, replaceNameSpelling } from "../../lib/server/names/fix-name-everywhere";

const people = {} as Record<"admin" | "editor" | "reviewer", Actor>;
/** An editor of Arabic → French only (viewer elsewhere): the English register is not theirs to change. */
let frenchDesk: Actor;

const ids: Record<string, string> = {};

async function article(title: string, source: string[], target: string[], options: { targetLang?: string; status?: "draft" | "in_review" | "approved" } = {}) {
  const { id } = await createArticle({ actor: people.editor, title, sourceLang: "ar", targetLang: options.targetLang ?? "en", sourceParagraphs: source, targetParagraphs: target });
  const status = options.status ?? "in_review";
  if (status !== "draft") await updateArticleStatus({ actor: people.editor, articleId: id, status: "in_review" });
  if (status === "approved") await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true });
  await settleArticleQa(id);
  return id;
}

async function targetTexts(articleId: string) {
  return (await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" } })).map((p) => p.text);
}

async function expectAppError(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect({ code: (error as AppError).code, status: (error as AppError).status }).toEqual({ code, status });
}

const NAIM_SOURCE = ["وقال نعيم قاسم إن الحزب مستعد للحوار.", "وأضاف نعيم أن المحادثات ستستمر."];

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password-long", name: "Admin", role: "admin" } });
  people.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const [key, name, role] of [["editor", "Emad", "editor"], ["reviewer", "Rana", "reviewer"]] as const) {
    const user = await createUser({ actor: people.admin, user: { email: `${key}@example.org`, password: "long-password-here", name, role } });
    people[key] = { userId: user.id, name: user.name, role };
  }
  const fr = await createUser({ actor: people.admin, user: { email: "fr@example.org", password: "long-password-here", name: "Farid", role: "viewer" } });
  frenchDesk = { userId: fr.id, name: fr.name, role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "fr", role: "editor" }] };

  // Two approved articles teach "Naim"; an editor confirms it.
  await article("Approved one", NAIM_SOURCE, ["Naim Qassem said the party was ready for dialogue.", "Naim added that the talks would go on."], { status: "approved" });
  await article("Approved two", NAIM_SOURCE, ["Naim Qassem said the party was ready for dialogue.", "Naim added that the talks would go on."], { status: "approved" });
  ids.entry = (await db.nameEntry.findUniqueOrThrow({ where: { targetLang_key: { targetLang: "en", key: "نعيم" } } })).id;
  await updateNameEntry({ actor: people.editor, id: ids.entry, change: { house: "Naim" } });

  ids.open = await article("Open in review", NAIM_SOURCE, ["Naeem Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."]);
  ids.draft = await article("Draft", NAIM_SOURCE, ["Naeem Qassem met Naeemah, a delegate.", "He added that the talks would go on."], { status: "draft" });
  ids.otherPerson = await article("Another person", ["وقال مسؤول إن الحزب مستعد للحوار.", "وأضاف أن المحادثات ستستمر."], ["An official named Naeem said the party was ready for dialogue.", "He added that the talks would go on."]);
  ids.french = await article("En français", NAIM_SOURCE, ["Naeem Qassem a dit que le parti était prêt au dialogue.", "Naeem a ajouté que les discussions continueraient."], { targetLang: "fr" });
  ids.excluded = await article("Excluded paragraph", NAIM_SOURCE, ["Naim Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."]);
  const excluded = await db.paragraph.findFirstOrThrow({ where: { articleId: ids.excluded, side: "target", position: 1 } });
  await setParagraphExcluded({ actor: people.editor, paragraphId: excluded.id, excluded: true, expectedVersion: excluded.version });
  // Approved with the variant after the house spelling was chosen: read-only, never corrected from the register.
  ids.approved = await article("Approved variant", NAIM_SOURCE, ["Naeem Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."], { status: "approved" });
});

// Register changes re-check open articles in the background: let those runs end before the database goes.
afterAll(async () => {
  for (const article of await db.article.findMany({ select: { id: true } })) await settleArticleQa(article.id);
});

describe("fix in all open articles", () => {
  it("replaces whole words only, not the tail of a joined name", () => {
    expect(replaceNameSpelling("Naeem met Naeemah and al-Naeem; Naeem's aide.", "Naeem", "Naim")).toBe("Naim met Naeemah and al-Naeem; Naim's aide.");
  });

  it("counts first: open articles naming the person in their source, that the editor may correct", async () => {
    expect(await previewNameFix({ actor: people.editor, id: ids.entry, spelling: "Naeem" })).toEqual({ arabic: "نعيم", from: "Naeem", to: "Naim", articles: 2, paragraphs: 3 });
  });

  it("is refused to reviewers and to an editor of another language's desk, and changes nothing", async () => {
    await expectAppError(previewNameFix({ actor: people.reviewer, id: ids.entry, spelling: "Naeem" }), "auth.forbidden", 403);
    await expectAppError(fixNameEverywhere({ actor: people.reviewer, id: ids.entry, spelling: "Naeem" }), "auth.forbidden", 403);
    // The English register is not theirs even to read: the name is not found.
    await expectAppError(fixNameEverywhere({ actor: frenchDesk, id: ids.entry, spelling: "Naeem" }), "names.not-found", 404);
    expect(await targetTexts(ids.open)).toEqual(["Naeem Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."]);
    expect(await db.revision.count({ where: { kind: "apply-all" } })).toBe(0);
  });

  it("refuses the house spelling itself and a spelling marked as a different person", async () => {
    await expectAppError(fixNameEverywhere({ actor: people.editor, id: ids.entry, spelling: "Naim" }), "names.fix-same", 422);
    const naeem = await db.nameSpelling.findUniqueOrThrow({ where: { entryId_spelling: { entryId: ids.entry, spelling: "Naeem" } } });
    await updateNameEntry({ actor: people.editor, id: ids.entry, change: { distinct: { spellingId: naeem.id, distinct: true } } });
    await expectAppError(fixNameEverywhere({ actor: people.editor, id: ids.entry, spelling: "Naeem" }), "names.fix-distinct", 422);
    await updateNameEntry({ actor: people.editor, id: ids.entry, change: { distinct: { spellingId: naeem.id, distinct: false } } });
  });

  it("refuses a spelling that is the house spelling with other words (it would drop or repeat them), writing nothing", async () => {
    const before = await targetTexts(ids.open);
    await expectAppError(previewNameFix({ actor: people.editor, id: ids.entry, spelling: "Naim Qassem" }), "names.fix-other-words", 422);
    await expectAppError(fixNameEverywhere({ actor: people.editor, id: ids.entry, spelling: "Naim Qassem" }), "names.fix-other-words", 422);
    expect(await targetTexts(ids.open)).toEqual(before);
  });

  it("writes normal revisions with their audit entries in the open articles only", async () => {
    const auditBefore = await db.auditEntry.count({ where: { action: "paragraph.edit" } });
    expect(await fixNameEverywhere({ actor: people.editor, id: ids.entry, spelling: "Naeem" })).toEqual({ arabic: "نعيم", from: "Naeem", to: "Naim", articles: 2, paragraphs: 3 });
    expect(await targetTexts(ids.open)).toEqual(["Naim Qassem said the party was ready for dialogue.", "Naim added that the talks would go on."]);
    expect(await targetTexts(ids.draft)).toEqual(["Naim Qassem met Naeemah, a delegate.", "He added that the talks would go on."]);
    // Untouched: another person's article, the French translation, the excluded paragraph, the approved article.
    expect(await targetTexts(ids.otherPerson)).toEqual(["An official named Naeem said the party was ready for dialogue.", "He added that the talks would go on."]);
    expect(await targetTexts(ids.french)).toEqual(["Naeem Qassem a dit que le parti était prêt au dialogue.", "Naeem a ajouté que les discussions continueraient."]);
    expect(await targetTexts(ids.excluded)).toEqual(["Naim Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."]);
    expect(await targetTexts(ids.approved)).toEqual(["Naeem Qassem said the party was ready for dialogue.", "Naeem added that the talks would go on."]);

    const revisions = await db.revision.findMany({ where: { kind: "apply-all" }, include: { paragraph: { select: { articleId: true } } }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => [r.paragraph.articleId === ids.open ? "open" : r.paragraph.articleId === ids.draft ? "draft" : "other", r.before, r.after, r.authorName])).toEqual([
      ["open", "Naeem Qassem said the party was ready for dialogue.", "Naim Qassem said the party was ready for dialogue.", "Emad"],
      ["open", "Naeem added that the talks would go on.", "Naim added that the talks would go on.", "Emad"],
      ["draft", "Naeem Qassem met Naeemah, a delegate.", "Naim Qassem met Naeemah, a delegate.", "Emad"],
    ]);
    expect(revisions.every((r) => r.note === "Name register: Naeem → Naim (نعيم)")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "paragraph.edit" } })).toBe(auditBefore + 3);
    const fixes = await db.auditEntry.findMany({ where: { action: "names.fix-all" } });
    expect(fixes.map((a) => [a.articleId === ids.open ? "open" : "draft", a.details]).sort()).toEqual([
      ["draft", { arabic: "نعيم", from: "Naeem", to: "Naim", paragraphs: 1 }],
      ["open", { arabic: "نعيم", from: "Naeem", to: "Naim", paragraphs: 2 }],
    ]);
    // QA ran on the changed paragraphs: no name-authority finding is left in the corrected article.
    await settleArticleQa(ids.open);
    expect(await db.finding.count({ where: { articleId: ids.open, check: "name-authority" } })).toBe(0);
    // Nothing left to fix.
    expect(await previewNameFix({ actor: people.editor, id: ids.entry, spelling: "Naeem" })).toMatchObject({ articles: 0, paragraphs: 0 });
  });

  it("needs a house spelling", async () => {
    const qassem = (await db.nameEntry.findUniqueOrThrow({ where: { targetLang_key: { targetLang: "en", key: "قاسم" } } })).id;
    await db.nameSpelling.create({ data: { entryId: qassem, spelling: "Kassem", latinKey: "kassem", count: 3 } });
    await expectAppError(previewNameFix({ actor: people.editor, id: qassem, spelling: "Kassem" }), "names.no-house", 422);
  });
});
