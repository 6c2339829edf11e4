import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createArticle } from "../../lib/server/article/create-article";
import { getArticleReview } from "../../lib/server/article/get-article-review";
import { getReviewState } from "../../lib/server/article/get-review-state";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { findingRows, loadQaSnapshot, qaTaskFor, writeFindingDiff } from "../../lib/server/finding/recompute-findings";
import type { QaTaskFinding } from "../../lib/qa/check-task";
import { qaRunsStarted, setQaBudget, settleArticleQa } from "../../lib/server/qa/article-qa";
import { closeQaPool } from "../../lib/server/qa/qa-pool";
import { recheckArticle } from "../../lib/server/finding/recheck-article";
import { runQaTask } from "../../lib/qa/check-task";
import { inventArticle } from "../../lib/seed/invented-article";

const editor: Actor = { userId: null, name: "Editor", role: "editor" };
const reader: Actor = { userId: null, name: "Reader", role: "viewer" };

afterEach(() => setQaBudget(null));
afterAll(async () => {
  await closeQaPool();
});

async function createInvented(count: number, seed: number): Promise<string> {
  const { source, target } = inventArticle(count, seed);
  const alignment = source.map((_, k) => ({ source: [k], target: [k] }));
  return (await createArticle({ actor: editor, title: `Invented ${count}`, sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target, alignment })).id;
}

async function targets(articleId: string) {
  return db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" } });
}

async function storedFindings(articleId: string) {
  return db.finding.findMany({ where: { articleId }, orderBy: [{ fingerprint: "asc" }, { start: "asc" }] });
}

/** What a full QA run over the article as it is now would store (compared without ids). */
async function fullRecompute(articleId: string) {
  const snapshot = (await loadQaSnapshot(db, articleId))!;
  const rows = findingRows(snapshot, runQaTask(qaTaskFor(snapshot)));
  const key = (f: { fingerprint: string; start: number; end: number; message: string; severity: string; suggestion: string | null }) =>
    `${f.fingerprint}@${f.start}-${f.end} ${f.severity} ${f.message} → ${f.suggestion ?? ""}`;
  return { expected: rows.map(key).sort(), key };
}

describe("incremental QA after saves", () => {
  it("keeps every finding's id when a save changes nothing they depend on", async () => {
    const articleId = await createInvented(60, 11);
    const before = await storedFindings(articleId);
    expect(before.length).toBeGreaterThan(5);
    const flagged = new Set(before.map((f) => f.paragraphId));
    const quiet = (await targets(articleId)).find((p) => !flagged.has(p.id) && p.text.includes(" the "))!;
    const saved = await updateParagraphText({ actor: editor, paragraphId: quiet.id, expectedVersion: quiet.version, text: quiet.text.replace(" the ", " this ") });
    expect(saved.version).toBe(quiet.version + 1);
    expect(saved.paragraph).toMatchObject({ id: quiet.id, version: quiet.version + 1, revisionCount: 1, text: quiet.text.replace(" the ", " this ") });
    const after = await storedFindings(articleId);
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.map((f) => `${f.fingerprint}@${f.start}`)).toEqual(before.map((f) => `${f.fingerprint}@${f.start}`));
  });

  it("removes exactly the fixed name variant and keeps the other findings and their ids", async () => {
    const source = [
      "قال وزير المالية يوسف الخطيب إن العجز تراجع إلى 4.2 بالمئة.",
      "وأضاف الخطيب أن الحكومة ستخفض الضرائب على 300 ألف أسرة.",
      "وأوضح الخطيب أن الموازنة الجديدة تدخل حيز التنفيذ في يناير.",
    ];
    const target = [
      "Finance Minister Youssef al-Khatib said the deficit fell to 4.2 percent.",
      "Khatib added that the government would cut taxes for 200,000 families.",
      "Khateeb explained that the new budget takes effect in January.",
    ];
    const { id: articleId } = await createArticle({ actor: editor, title: "Budget", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target });
    const before = (await getArticleReview({ actor: reader, articleId })).findings;
    const variant = before.find((f) => f.check === "name-consistency")!;
    expect(variant).toMatchObject({ text: "Khateeb", suggestion: "Khatib" });
    const third = (await targets(articleId))[2]!;
    await updateParagraphText({ actor: editor, paragraphId: third.id, expectedVersion: third.version, text: "Khatib explained that the new budget takes effect in January." });
    const after = (await getArticleReview({ actor: reader, articleId })).findings;
    expect(after.map((f) => f.id)).toEqual(before.filter((f) => f.id !== variant.id).map((f) => f.id));
    expect(after.map((f) => `${f.check}:${f.text}`)).toEqual(["number-mismatch:200,000"]);
    // The live state (no paragraph texts read) scores like the full review: 31 source words, nothing open.
    const state = await getReviewState({ actor: reader, articleId });
    expect(state.findings.map((f) => f.id)).toEqual(after.map((f) => f.id));
    expect(state.score).toMatchObject({ sourceWords: 31, penalty: 0 });
    expect(state.score).toEqual((await getArticleReview({ actor: reader, articleId })).score);
  });

  it("persists 20 concurrent saves on different paragraphs, coalesces their QA, and ends equal to a full recompute", async () => {
    const articleId = await createInvented(40, 5);
    const paragraphs = (await targets(articleId)).slice(0, 20);
    const runsBefore = qaRunsStarted();
    const texts = paragraphs.map((p, k) => (k % 2 === 0 ? `${p.text} It cost 7 dollars.` : `${p.text} Naeem said so.`));
    const results = await Promise.all(paragraphs.map((p, k) => updateParagraphText({ actor: editor, paragraphId: p.id, expectedVersion: p.version, text: texts[k]! })));
    expect(results.map((r) => r.version)).toEqual(paragraphs.map((p) => p.version + 1));
    await settleArticleQa(articleId);
    // One run for the first save, one rerun gathering the saves that came while it ran (a few more when saves
    // straddle the end of a run); far fewer than one run per save.
    expect(qaRunsStarted() - runsBefore).toBeLessThan(10);
    const persisted = await db.paragraph.findMany({ where: { id: { in: paragraphs.map((p) => p.id) } } });
    const byId = new Map(persisted.map((p) => [p.id, p.text]));
    expect(paragraphs.map((p) => byId.get(p.id))).toEqual(texts);
    const { expected, key } = await fullRecompute(articleId);
    expect((await storedFindings(articleId)).map(key).sort()).toEqual(expected);
    expect(await getReviewState({ actor: reader, articleId })).toMatchObject({ qaPending: false, qaState: "current" });
  });

  it("ends equal to a full recompute when saves keep arriving while QA runs (staggered, some on the same paragraph)", async () => {
    const articleId = await createInvented(40, 13);
    const paragraphs = await targets(articleId);
    const versions = new Map(paragraphs.map((p) => [p.id, p.version]));
    const texts = new Map(paragraphs.map((p) => [p.id, p.text]));
    const saves: Promise<unknown>[] = [];
    const lastSaveOf = new Map<string, Promise<unknown>>();
    for (let k = 0; k < 16; k++) {
      const p = paragraphs[(k * 7) % 12]!;
      const text = `${texts.get(p.id)} Naeem${k}.`;
      const expectedVersion = versions.get(p.id)!;
      versions.set(p.id, expectedVersion + 1);
      texts.set(p.id, text);
      // A second save of the same paragraph starts from the first one's version, so it waits for it; the others overlap.
      const previous = lastSaveOf.get(p.id);
      const save = (async () => {
        if (previous) await previous;
        return updateParagraphText({ actor: editor, paragraphId: p.id, expectedVersion, text });
      })();
      lastSaveOf.set(p.id, save);
      saves.push(save);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await Promise.all(saves);
    await settleArticleQa(articleId);
    const stored = await db.paragraph.findMany({ where: { articleId, side: "target" } });
    for (const p of stored) expect(p.text).toBe(texts.get(p.id));
    const { expected, key } = await fullRecompute(articleId);
    expect((await storedFindings(articleId)).map(key).sort()).toEqual(expected);
  });

  it("commits a save whose QA exceeds the time budget, keeps the old findings, says QA is pending, and catches up on the next save", async () => {
    // Long enough that QA of a save (the article-wide checks run over every paragraph) cannot finish in 1 ms.
    const articleId = await createInvented(600, 9);
    const [first, second] = await targets(articleId);
    const before = await storedFindings(articleId);
    setQaBudget(1);
    const saved = await updateParagraphText({ actor: editor, paragraphId: first!.id, expectedVersion: first!.version, text: `${first!.text} Naeem and Naeem again.` });
    expect(saved.version).toBe(2);
    expect((await db.paragraph.findUniqueOrThrow({ where: { id: first!.id } })).text).toBe(`${first!.text} Naeem and Naeem again.`);
    // Other requests are answered while QA is pending.
    expect(await getReviewState({ actor: reader, articleId })).toMatchObject({ qaPending: true });
    await settleArticleQa(articleId);
    expect(await getReviewState({ actor: reader, articleId })).toMatchObject({ qaPending: true, qaState: "timed-out" });
    expect((await getArticleReview({ actor: reader, articleId })).qaState).toBe("timed-out");
    expect((await storedFindings(articleId)).map((f) => f.id)).toEqual(before.map((f) => f.id));

    setQaBudget(null);
    await expect(recheckArticle({ actor: reader, articleId })).rejects.toMatchObject({ code: "auth.forbidden" });
    await updateParagraphText({ actor: editor, paragraphId: second!.id, expectedVersion: second!.version, text: `${second!.text} More.` });
    expect(await getReviewState({ actor: reader, articleId })).toMatchObject({ qaPending: false, qaState: "current" });
    const { expected, key } = await fullRecompute(articleId);
    expect((await storedFindings(articleId)).map(key).sort()).toEqual(expected);
    // A reviewer can ask for a full re-check; nothing changed, so nothing is written.
    expect(await recheckArticle({ actor: { userId: null, name: "Rita", role: "reviewer" }, articleId })).toEqual({ qaPending: false, qaState: "current" });
    expect((await storedFindings(articleId)).map(key).sort()).toEqual(expected);
  });

  it("notices a change it was not told about (another process) and re-checks from a full read", async () => {
    const articleId = await createInvented(30, 21);
    const [first, second, , , , sixth] = await targets(articleId);
    await updateParagraphText({ actor: editor, paragraphId: first!.id, expectedVersion: first!.version, text: `${first!.text} Again.` });
    // Written behind the data layer's back, as another process would.
    await db.paragraph.update({ where: { id: sixth!.id }, data: { text: "Bassem Naeem said 999 people came on Friday  too.", version: { increment: 1 } } });
    await updateParagraphText({ actor: editor, paragraphId: second!.id, expectedVersion: second!.version, text: `${second!.text} More.` });
    await settleArticleQa(articleId);
    const { expected, key } = await fullRecompute(articleId);
    expect((await storedFindings(articleId)).map(key).sort()).toEqual(expected);
    expect((await storedFindings(articleId)).filter((f) => f.paragraphId === sixth!.id).map((f) => f.check).sort()).toEqual(["length-ratio", "name-consistency", "number-mismatch", "whitespace"]);
  });

  it("pairs findings that share a fingerprint in reading order, so their ids are kept deterministically", async () => {
    const { id: articleId } = await createArticle({ actor: editor, title: "Twice", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["نص قصير هنا."], targetParagraphs: ["the the text the the end"], alignment: [{ source: [0], target: [0] }] });
    await db.finding.deleteMany({ where: { articleId } });
    const snapshot = (await loadQaSnapshot(db, articleId))!;
    const finding = (start: number, message: string): QaTaskFinding => ({
      check: "repeated-word", category: "linguistic", subcategory: "grammar", severity: "minor", side: "target", paragraph: 0,
      start, end: start + 7, text: "the the", message, messageKey: "qa:repeated-word.repeated", fingerprint: "repeated-word:target:qa:repeated-word.repeated:same:0",
    });
    const write = (findings: QaTaskFinding[]) => db.$transaction((tx) => writeFindingDiff(tx, snapshot, { findings, errors: [], rowScopedChecks: [] }));
    const stored = () => db.finding.findMany({ where: { articleId }, orderBy: { start: "asc" }, select: { id: true, start: true, message: true } });

    expect(await write([finding(0, "first"), finding(13, "second")])).toEqual({ inserted: 2, updated: 0, deleted: 0, unchanged: 0 });
    const [a, b] = await stored();
    expect(await write([finding(0, "first"), finding(13, "second")])).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: 2 });
    expect(await write([finding(0, "first"), finding(13, "second, reworded")])).toEqual({ inserted: 0, updated: 1, deleted: 0, unchanged: 1 });
    expect(await stored()).toEqual([{ id: a!.id, start: 0, message: "first" }, { id: b!.id, start: 13, message: "second, reworded" }]);
    // One of the two is gone: the remaining one takes the first stored row (reading order), the second row is deleted.
    expect(await write([finding(13, "second, reworded")])).toEqual({ inserted: 0, updated: 1, deleted: 1, unchanged: 0 });
    expect(await stored()).toEqual([{ id: a!.id, start: 13, message: "second, reworded" }]);
  });
});
