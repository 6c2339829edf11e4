import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";

const reader: Actor = { userId: null, name: "Reader", role: "viewer" };
import { createArticle } from "../../lib/server/article/create-article";
import { getArticleReview } from "../../lib/server/article/get-article-review";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { decideFinding } from "../../lib/server/finding/decide-finding";
import { applySuggestion } from "../../lib/server/finding/apply-suggestion";
import { saveGlossaryEntry, importGlossaryCsv, deleteGlossaryEntry, listGlossaryEntries } from "../../lib/server/glossary/glossary-entries";
import { AppError } from "../../lib/server/errors";

const editor: Actor = { userId: null, name: "Editor", role: "editor" };

// An invented article: the minister's name is spelled two ways, a number is wrong, a share button was scraped.
const source = [
  "قال وزير المالية يوسف الخطيب إن العجز تراجع إلى 4.2 بالمئة.",
  "وأضاف الخطيب أن الحكومة ستخفض الضرائب على 300 ألف أسرة.",
  "وأوضح الخطيب أن الموازنة الجديدة تدخل حيز التنفيذ في يناير.",
  "وقال برنامج الأغذية العالمي إن المساعدات ستصل إلى المحافظات الجنوبية.",
];
const target = [
  "Finance Minister Youssef al-Khatib said the deficit fell to 4.2 percent.",
  "Khatib added that the government would cut taxes for 200,000 families.",
  "Khateeb explained that the new budget takes effect in January.",
  "The World Food Program said aid would reach the southern provinces.",
  "Share this article",
];
let articleId: string;

beforeAll(async () => {
  articleId = (await createArticle({ actor: editor, title: "Budget", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target })).id;
});

async function findings() {
  return (await getArticleReview({ actor: reader, articleId })).findings;
}

describe("QA findings in the workbench", () => {
  it("computes findings on import with exact spans", async () => {
    const all = await findings();
    const review = await getArticleReview({ actor: reader, articleId });
    const byId = new Map(review.rows.flatMap((r) => [...r.source, ...r.target]).map((p) => [p.id, p.text]));
    for (const f of all) expect(byId.get(f.paragraphId)!.slice(f.start, f.end)).toBe(f.text);
    expect(all.map((f) => f.check)).toEqual(expect.arrayContaining(["number-mismatch", "name-consistency", "addition"]));
  });

  it("keeps a dismissed finding dismissed after unrelated edits, and refuses dismissal without a reason", async () => {
    const addition = (await findings()).find((f) => f.check === "addition")!;
    await expect(decideFinding({ actor: editor, findingId: addition.id, decision: "dismissed" })).rejects.toMatchObject({ code: "finding.reason-required" });
    await decideFinding({ actor: editor, findingId: addition.id, decision: "dismissed", reason: "We keep the share line in this feed." });
    const review = await getArticleReview({ actor: reader, articleId });
    const p0 = review.rows.flatMap((r) => r.target).find((p) => p.position === 0)!;
    await updateParagraphText({ actor: editor, paragraphId: p0.id, expectedVersion: p0.version, text: p0.text.replace("said", "announced") });
    const again = (await findings()).find((f) => f.check === "addition")!;
    // The edit elsewhere does not touch this finding: it keeps its row and id.
    expect(again.id).toBe(addition.id);
    expect(again.decision).toBe("dismissed");
    expect(again.decisionReason).toBe("We keep the share line in this feed.");
    await decideFinding({ actor: editor, findingId: again.id, decision: "undo" });
    expect((await findings()).find((f) => f.check === "addition")!.decision).toBeNull();
  });

  it("accepting a finding opens an issue with its category and severity that counts in the score", async () => {
    const number = (await findings()).find((f) => f.check === "number-mismatch")!;
    expect(number.text).toBe("200,000");
    const before = (await getArticleReview({ actor: reader, articleId })).score.penalty;
    await decideFinding({ actor: editor, findingId: number.id, decision: "accepted" });
    const review = await getArticleReview({ actor: reader, articleId });
    const issue = review.issues.find((i) => i.findingCheck === "number-mismatch")!;
    expect(issue).toMatchObject({ category: number.category, severity: number.severity, quote: "200,000", status: "open" });
    expect(review.score.penalty).toBeGreaterThan(before);
    await expect(decideFinding({ actor: editor, findingId: number.id, decision: "accepted" })).rejects.toBeInstanceOf(AppError);
    // Undo takes the opened issue back, so accepting again does not open a second one.
    await decideFinding({ actor: editor, findingId: number.id, decision: "undo" });
    expect(await db.issue.count({ where: { articleId, findingCheck: "number-mismatch" } })).toBe(0);
    await decideFinding({ actor: editor, findingId: number.id, decision: "accepted" });
    expect(await db.issue.count({ where: { articleId, findingCheck: "number-mismatch" } })).toBe(1);
    // Once the issue is discussed, undo is refused instead of deleting the discussion.
    const opened = await db.issue.findFirstOrThrow({ where: { articleId, findingCheck: "number-mismatch" } });
    await db.issueComment.create({ data: { issueId: opened.id, authorName: "Editor", body: "Checked with the desk." } });
    await expect(decideFinding({ actor: editor, findingId: number.id, decision: "undo" })).rejects.toMatchObject({ code: "finding.issue-in-use" });
    expect(await db.issue.count({ where: { articleId, findingCheck: "number-mismatch" } })).toBe(1);
  });

  it("applies one suggestion as a normal revision", async () => {
    const number = (await findings()).find((f) => f.check === "number-mismatch")!;
    expect(number.suggestion).toBe("300,000");
    await applySuggestion({ actor: editor, findingId: number.id, everywhere: false });
    const paragraph = await db.paragraph.findUniqueOrThrow({ where: { id: number.paragraphId }, include: { revisions: true } });
    expect(paragraph.text).toContain("300,000 families");
    expect(paragraph.revisions.at(-1)).toMatchObject({ kind: "suggestion", authorName: "Editor" });
    expect((await findings()).some((f) => f.check === "number-mismatch")).toBe(false);
    // The accepted issue on "200,000" no longer points at those characters.
    const issue = await db.issue.findFirstOrThrow({ where: { articleId, findingCheck: "number-mismatch" } });
    expect(issue.outdated).toBe(true);
  });

  it("applies a name suggestion to every occurrence, whole words only", async () => {
    const name = (await findings()).find((f) => f.check === "name-consistency")!;
    expect(name.text).toBe("Khateeb");
    const p = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "target", position: 2 } });
    await updateParagraphText({ actor: editor, paragraphId: p.id, expectedVersion: p.version, text: `${p.text} Khateebs were not consulted.` });
    const fresh = (await findings()).find((f) => f.check === "name-consistency" && f.text === "Khateeb")!;
    const { changedParagraphs } = await applySuggestion({ actor: editor, findingId: fresh.id, everywhere: true });
    expect(changedParagraphs).toBe(1);
    const texts = (await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" } })).map((x) => x.text);
    expect(texts[2]).toMatch(/^Khatib explained/);
    expect(texts[2]).toContain("Khateebs were not consulted");
  });

  it("refuses a stale finding id", async () => {
    await expect(decideFinding({ actor: editor, findingId: "gone", decision: "accepted" })).rejects.toMatchObject({ code: "finding.not-found" });
  });
});

describe("glossary", () => {
  it("re-checks the pair's articles when an entry is saved, and the check respects word boundaries", async () => {
    await saveGlossaryEntry({ actor: editor, sourceLang: "ar", targetLang: "en", entry: { source: "برنامج الأغذية العالمي", target: "World Food Programme", forbidden: ["World Food Program"], type: "organization" } });
    const glossary = (await findings()).filter((f) => f.check === "glossary");
    expect(glossary.map((f) => f.text)).toContain("World Food Program");
    expect(glossary.find((f) => f.text === "World Food Program")?.suggestion).toBe("World Food Programme");
    const fix = glossary.find((f) => f.text === "World Food Program")!;
    await applySuggestion({ actor: editor, findingId: fix.id, everywhere: true });
    expect((await findings()).filter((f) => f.check === "glossary")).toEqual([]);
  });

  it("imports a CSV all-or-nothing with a line number on errors", async () => {
    const before = (await listGlossaryEntries({ actor: reader })).length;
    await expect(importGlossaryCsv({ actor: editor, sourceLang: "ar", targetLang: "en", csv: 'source,target,forbidden,type,note\nنعيم,Naim,Naeem,person,\n"broken,Quote' })).rejects.toMatchObject({ code: "glossary.invalid-csv" });
    expect((await listGlossaryEntries({ actor: reader })).length).toBe(before);
    const { count } = await importGlossaryCsv({ actor: editor, sourceLang: "ar", targetLang: "en", csv: "source,target,forbidden,type,note\nنعيم,Naim,Naeem;Naem,person,Hamas spokesman\nالقاهرة,Cairo,,place,\n" });
    expect(count).toBe(2);
    const entries = await listGlossaryEntries({ actor: reader, sourceLang: "ar", targetLang: "en" });
    expect(entries.find((e) => e.source === "نعيم")).toMatchObject({ target: "Naim", forbidden: ["Naeem", "Naem"], type: "person" });
    await deleteGlossaryEntry({ actor: editor, id: entries.find((e) => e.source === "القاهرة")!.id });
    expect((await listGlossaryEntries({ actor: reader })).length).toBe(before + 1);
  });
});
