import JSZip from "jszip";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { testSession } from "../support/next-mocks";
import { sampleParagraphs } from "../support/sample";
import { db } from "../../lib/server/db";
import type { Actor, Role } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";
import { createArticle } from "../../lib/server/article/create-article";
import { getArticleReview } from "../../lib/server/article/get-article-review";
import { getExportArticle } from "../../lib/server/article/get-export-article";
import { setParagraphExcluded } from "../../lib/server/paragraph/set-paragraph-excluded";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { getParagraphHistory } from "../../lib/server/paragraph/get-paragraph-history";
import { applySuggestion } from "../../lib/server/finding/apply-suggestion";
import { repairRows } from "../../lib/server/row/repair-rows";
import { setRowReviewed } from "../../lib/server/row/set-row-reviewed";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import { exportArticle, type ExportFormat } from "../../lib/formats";
import { setParagraphExcludedAction } from "../../app/articles/[id]/actions";
import * as segments from "../../app/api/v1/segments/[id]/route";
import * as articleRoute from "../../app/api/v1/articles/[id]/route";
import enErrors from "../../locales/en/errors.json";
import arErrors from "../../locales/ar/errors.json";

const editor: Actor = { userId: null, name: "Salma", role: "editor" };
const reviewer: Actor = { userId: null, name: "Rami", role: "reviewer" };
const viewer: Actor = { userId: null, name: "Vera", role: "viewer" };

const SHARE = "Share your opinion";
const HEADLINE = "Talks in Cairo for a ceasefire in Gaza end without a breakthrough";
// The sample's last paragraph before the chrome (English line 17, 0-based 16).
const QATARI = "Qatari mediation - with Egyptian-American support - succeeded";

let articleId: string;

async function targetAt(position: number) {
  return db.paragraph.findUniqueOrThrow({ where: { articleId_side_position: { articleId, side: "target", position } } });
}

async function exported(format: ExportFormat, options: { trackChanges?: boolean } = {}): Promise<string> {
  const file = await exportArticle(await getExportArticle({ actor: viewer, articleId }), format, options.trackChanges ? { trackChanges: true, author: "Salma", date: "2026-01-01T00:00:00Z" } : {});
  if (typeof file.body === "string") return file.body;
  return (await mammoth.extractRawText({ buffer: Buffer.from(file.body) })).value;
}

/** The JSON export's corrected text: every row's target paragraphs. */
async function jsonTargets(): Promise<string[]> {
  const json = JSON.parse(await exported("json")) as { rows: { target: string[] }[] };
  return json.rows.flatMap((row) => row.target);
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

async function writes() {
  const [revisions, audit, excluded] = await Promise.all([db.revision.count(), db.auditEntry.count(), db.paragraph.count({ where: { excluded: true } })]);
  return { revisions, audit, excluded };
}

async function errorOf(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

beforeAll(async () => {
  const { source, target } = sampleParagraphs();
  articleId = (await createArticle({ actor: editor, title: "Cairo talks (sample)", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target })).id;
});

describe("excluding the sample's web-page chrome from the corrected article", () => {
  it("starts with both chrome paragraphs unpaired, each with an addition finding whose suggestion is to delete it", async () => {
    expect((await targetAt(17)).text).toBe(SHARE);
    expect((await targetAt(18)).text).toBe(HEADLINE);
    const review = await getArticleReview({ actor: viewer, articleId });
    const rowOf = (position: number) => review.rows.find((row) => row.target.some((p) => p.position === position))!;
    expect(rowOf(17).source).toEqual([]);
    expect(rowOf(18).source).toEqual([]);
    const additions = review.findings.filter((f) => f.check === "addition");
    expect(additions.find((f) => f.paragraphId === rowOf(17).target[0]!.id)).toMatchObject({ text: SHARE, suggestion: "" });
    expect(additions.find((f) => f.paragraphId === rowOf(18).target[0]!.id)).toMatchObject({ text: HEADLINE, suggestion: "" });
    expect(review.rows.flatMap((row) => row.target).every((p) => p.excluded === false)).toBe(true);
  });

  it("before exclusion, every export format carries the chrome (pairing 'Share your opinion' with the row before it, all rows reviewed)", async () => {
    // Pairing the share line with the sourced paragraph before it puts it in a reviewed pair, so TMX and the XLIFF
    // target would carry it too: the exclusion must take it out of a unit, not only drop an unpaired row.
    const review = await getArticleReview({ actor: viewer, articleId });
    const qatariRow = review.rows.find((row) => row.target.some((p) => p.position === 16))!;
    await repairRows({ actor: editor, articleId, repair: { kind: "merge", rowId: qatariRow.id } });
    const rows = await db.alignmentRow.findMany({ where: { articleId } });
    for (const row of rows) await setRowReviewed({ actor: reviewer, rowId: row.id, reviewed: true });

    for (const format of ["txt", "md", "html", "docx", "xliff", "xliff12", "tmx"] as const) {
      expect(await exported(format), format).toContain(SHARE);
    }
    expect(await jsonTargets()).toContain(SHARE);
    expect(occurrences(await exported("txt"), HEADLINE)).toBe(2);
    expect(occurrences(await exported("tmx"), `${QATARI}`)).toBe(1);
    // Paragraphs of one unit are joined with a line feed, written as a character reference.
    expect(await exported("tmx")).toMatch(/Qatari mediation[^<]*&#10;Share your opinion<\/seg>/);
  });

  it("'Apply to all' on the repeated-headline finding empties no paragraph (the headline stays, nothing is written)", async () => {
    const finding = (await getArticleReview({ actor: viewer, articleId })).findings.find((f) => f.check === "addition" && f.text === HEADLINE)!;
    const before = await writes();
    const result = await applySuggestion({ actor: editor, findingId: finding.id, everywhere: true });
    expect(result).toMatchObject({ changedParagraphs: 0, excludedParagraphs: 0 });
    expect((await targetAt(2)).text).toBe(HEADLINE);
    expect(await writes()).toEqual(before);
  });

  it("'Apply' on the repeated-headline finding excludes that paragraph instead of failing on an empty paragraph", async () => {
    const finding = (await getArticleReview({ actor: viewer, articleId })).findings.find((f) => f.check === "addition" && f.text === HEADLINE)!;
    const paragraph = await targetAt(18);
    const result = await applySuggestion({ actor: editor, findingId: finding.id, everywhere: false });
    expect(result).toMatchObject({ articleId, changedParagraphs: 1, excludedParagraphs: 1 });
    const after = await targetAt(18);
    expect(after).toMatchObject({ excluded: true, text: HEADLINE, version: paragraph.version + 1 });
    const history = await getParagraphHistory({ actor: viewer, paragraphId: paragraph.id });
    expect(history.excluded).toBe(true);
    expect(history.revisions[0]).toMatchObject({
      version: paragraph.version + 1,
      kind: "exclude",
      before: HEADLINE,
      after: HEADLINE,
      authorName: "Salma",
      note: "Repeats an earlier paragraph of the translation (often the headline) and has no source; exclude it from the corrected article.",
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { articleId, entityId: paragraph.id, action: "paragraph.exclude" } });
    expect(audit.actorName).toBe("Salma");
    expect(audit.details).toEqual({ version: paragraph.version + 1, text: HEADLINE, via: "finding" });
    // The QA checks skip excluded paragraphs: the addition finding is gone and does not come back.
    const findings = (await getArticleReview({ actor: viewer, articleId })).findings;
    expect(findings.filter((f) => f.paragraphId === paragraph.id)).toEqual([]);
    expect(await db.finding.count({ where: { id: finding.id } })).toBe(0);
  });

  it("the data layer excludes 'Share your opinion' with a revision, an audit entry and a new version", async () => {
    const paragraph = await targetAt(17);
    const result = await setParagraphExcluded({ actor: editor, paragraphId: paragraph.id, excluded: true, expectedVersion: paragraph.version });
    expect(result).toMatchObject({ articleId, changed: true, version: paragraph.version + 1 });
    expect(result.paragraph).toEqual({
      id: paragraph.id,
      side: "target",
      position: 17,
      text: SHARE,
      originalText: SHARE,
      version: paragraph.version + 1,
      revisionCount: 1,
      excluded: true,
    });
    const history = await getParagraphHistory({ actor: viewer, paragraphId: paragraph.id });
    expect(history.revisions.map((r) => [r.kind, r.before, r.after, r.authorName, r.note])).toEqual([["exclude", SHARE, SHARE, "Salma", null]]);
    const audit = await db.auditEntry.findMany({ where: { articleId, entityId: paragraph.id } });
    expect(audit.map((entry) => [entry.action, entry.details])).toEqual([["paragraph.exclude", { version: paragraph.version + 1, text: SHARE }]]);
    const review = await getArticleReview({ actor: viewer, articleId });
    expect(review.rows.flatMap((row) => row.target).filter((p) => p.excluded).map((p) => p.position)).toEqual([17, 18]);
  });

  it("no export format carries the excluded paragraphs any more", async () => {
    for (const format of ["txt", "md", "html", "docx", "xliff", "xliff12", "tmx"] as const) {
      expect(await exported(format), format).not.toContain(SHARE);
    }
    expect(await exported("docx", { trackChanges: true })).not.toContain(SHARE);
    expect(occurrences(await exported("txt"), HEADLINE)).toBe(1);
    expect(occurrences(await exported("md"), HEADLINE)).toBe(1);
    expect(occurrences(await exported("html"), HEADLINE)).toBe(1);
    expect(occurrences(await exported("docx"), HEADLINE)).toBe(1);
    expect(occurrences(await exported("xliff"), HEADLINE)).toBe(1);
    expect(occurrences(await exported("xliff12"), HEADLINE)).toBe(1);
    expect(await exported("tmx")).toMatch(/Qatari mediation[^<]*\.<\/seg>/);
    expect(await exported("txt")).toMatch(/Qatari mediation[^\n]*\.\n$/);
    // The JSON's corrected text leaves them out and lists them apart, with their imported text and place.
    expect(await jsonTargets()).not.toContain(SHARE);
    const json = JSON.parse(await exported("json")) as { rows: { target: string[]; excluded: { text: string; originalText: string; at: number }[] }[] };
    expect(json.rows.flatMap((row) => row.excluded)).toEqual([
      { text: SHARE, originalText: SHARE, at: 1 },
      { text: HEADLINE, originalText: HEADLINE, at: 0 },
    ]);
  });

  it("XLIFF keeps the unit that had a source, notes the exclusion, and leaves out the unit left with nothing", async () => {
    const xliff = await exported("xliff");
    const xliff12 = await exported("xliff12");
    const review = await getArticleReview({ actor: viewer, articleId });
    expect(occurrences(xliff, "<unit ")).toBe(review.rows.length - 1);
    expect(occurrences(xliff12, "<trans-unit ")).toBe(review.rows.length - 1);
    expect(occurrences(xliff, '<note category="tadqiq">A translation paragraph of this unit was excluded from the corrected article.</note>')).toBe(1);
    expect(occurrences(xliff12, '<note from="tadqiq">A translation paragraph of this unit was excluded from the corrected article.</note>')).toBe(1);
  });

  it("Word with tracked changes shows each excluded paragraph as a deleted paragraph", async () => {
    const file = await exportArticle(await getExportArticle({ actor: viewer, articleId }), "docx", { trackChanges: true, author: "Salma", date: "2026-01-01T00:00:00Z" });
    const documentXml = await (await JSZip.loadAsync(file.body)).file("word/document.xml")!.async("string");
    expect(documentXml).toMatch(/<w:del [^>]*w:author="Salma"[^>]*>(?:(?!<\/w:del>).)*<w:delText[^>]*>Share your opinion<\/w:delText>/s);
    expect(documentXml).toMatch(/<w:delText[^>]*>Talks in Cairo for a ceasefire in Gaza end without a breakthrough<\/w:delText>/);
    // The paragraph mark is a tracked deletion as well: accepting the changes leaves no empty paragraph.
    const shareParagraph = documentXml.split("<w:p>").find((paragraph) => paragraph.includes(">Share your opinion<"))!;
    expect(shareParagraph).toMatch(/<w:pPr>.*<w:rPr><w:del [^>]*w:author="Salma"[^>]*\/><\/w:rPr>.*<\/w:pPr>/s);
  });

  it("excluding an excluded paragraph changes nothing; a stale version is refused with the current state", async () => {
    const share = await targetAt(17);
    const before = await writes();
    const again = await setParagraphExcluded({ actor: editor, paragraphId: share.id, excluded: true, expectedVersion: share.version });
    expect(again).toMatchObject({ changed: false, version: share.version });
    expect(await writes()).toEqual(before);
    const stale = await errorOf(setParagraphExcluded({ actor: editor, paragraphId: share.id, excluded: false, expectedVersion: share.version - 1 }));
    expect(stale).toMatchObject({ code: "paragraph.conflict", status: 409, details: { currentText: SHARE, currentVersion: share.version, currentExcluded: true } });
    expect(await writes()).toEqual(before);
  });

  it("refuses source paragraphs (422) and unknown paragraphs (404)", async () => {
    const source = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "source", position: 0 } });
    expect(await errorOf(setParagraphExcluded({ actor: editor, paragraphId: source.id, excluded: true }))).toMatchObject({ code: "paragraph.source-readonly", status: 422 });
    expect(await errorOf(setParagraphExcluded({ actor: editor, paragraphId: "missing", excluded: true }))).toMatchObject({ code: "paragraph.not-found", status: 404 });
  });

  it("refuses a reviewer and a viewer (403) and writes nothing, through the data layer and the server action", async () => {
    const paragraph = await targetAt(0);
    const before = await writes();
    for (const actor of [reviewer, viewer]) {
      expect(await errorOf(setParagraphExcluded({ actor, paragraphId: paragraph.id, excluded: true, expectedVersion: paragraph.version }))).toMatchObject({ code: "auth.forbidden", status: 403 });
      testSession.actor = actor;
      const result = await setParagraphExcludedAction({ paragraphId: paragraph.id, excluded: true, expectedVersion: paragraph.version });
      expect(result).toMatchObject({ ok: false, error: { code: "auth.forbidden" } });
    }
    testSession.actor = null;
    expect(await setParagraphExcludedAction({ paragraphId: paragraph.id, excluded: true, expectedVersion: paragraph.version })).toMatchObject({ ok: false, error: { code: "auth.required" } });
    expect(await writes()).toEqual(before);
    expect(await targetAt(0)).toMatchObject({ excluded: false, version: paragraph.version });
  });

  it("refuses changes on an approved article (409 article.locked) and writes nothing", async () => {
    const share = await targetAt(17);
    await db.article.update({ where: { id: articleId }, data: { status: "approved" } });
    const before = await writes();
    expect(await errorOf(setParagraphExcluded({ actor: editor, paragraphId: share.id, excluded: false, expectedVersion: share.version }))).toMatchObject({ code: "article.locked", status: 409 });
    expect(await writes()).toEqual(before);
    await db.article.update({ where: { id: articleId }, data: { status: "in_review" } });
  });

  it("still refuses an empty paragraph, with a message that points to Exclude (English and Arabic)", async () => {
    const paragraph = await targetAt(0);
    const error = await errorOf(updateParagraphText({ actor: editor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: " \n " }));
    expect(error).toMatchObject({ code: "paragraph.empty", status: 422, messageKey: "errors:paragraph.empty" });
    expect(enErrors.paragraph.empty).toBe("A paragraph cannot be empty. To leave it out of the corrected article, use Exclude.");
    expect(arErrors.paragraph.empty).toBe("لا يمكن أن تكون الفقرة فارغة. لإخراجها من المقال المصحح، استخدم «استبعاد».");
    expect((await targetAt(0)).version).toBe(paragraph.version);
  });

  it("restoring through the server action brings the paragraph back into the text export, with a restore revision", async () => {
    const share = await targetAt(17);
    testSession.actor = { userId: null, name: "Salma", role: "editor", origin: "test" };
    const result = await setParagraphExcludedAction({ paragraphId: share.id, excluded: false, expectedVersion: share.version });
    expect(result).toMatchObject({ ok: true, data: { version: share.version + 1 } });
    expect(await exported("txt")).toMatch(/Qatari mediation[^\n]*\.\n\nShare your opinion\n$/);
    expect(await jsonTargets()).toContain(SHARE);
    const history = await getParagraphHistory({ actor: viewer, paragraphId: share.id });
    expect(history.excluded).toBe(false);
    expect(history.revisions.map((r) => [r.version, r.kind, r.authorName])).toEqual([
      [share.version + 1, "restore", "Salma"],
      [share.version, "exclude", "Salma"],
    ]);
    expect(await db.auditEntry.count({ where: { entityId: share.id, action: "paragraph.restore" } })).toBe(1);
  });

  it("restoring the unpaired headline brings its addition finding back", async () => {
    const headline = await targetAt(18);
    await setParagraphExcluded({ actor: editor, paragraphId: headline.id, excluded: false, expectedVersion: headline.version });
    const findings = (await getArticleReview({ actor: viewer, articleId })).findings;
    expect(findings.filter((f) => f.paragraphId === headline.id).map((f) => [f.check, f.text])).toEqual([["addition", HEADLINE]]);
    expect(occurrences(await exported("txt"), HEADLINE)).toBe(2);
  });
});

describe("REST API: PATCH /api/v1/segments/{id} excludes and restores", () => {
  const tokens = {} as Record<Role, string>;
  let apiArticleId: string;
  let chromeId: string;

  function patch(token: string, id: string, body: unknown) {
    return segments.PATCH(
      new Request(`http://localhost:3000/api/v1/segments/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
      { params: Promise.resolve({ id }) },
    );
  }

  beforeAll(async () => {
    const admin = await createUser({ actor: null, user: { email: "exclusion-admin@example.org", password: "long-password", name: "Admin", role: "admin" } });
    const actors: Record<Role, Actor> = { admin: { userId: admin.id, name: "Admin", role: "admin" } } as Record<Role, Actor>;
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      const user = await createUser({ actor: actors.admin, user: { email: `exclusion-${role}@example.org`, password: "long-password", name: `api-${role}`, role } });
      actors[role] = { userId: user.id, name: `api-${role}`, role };
    }
    for (const role of ["admin", "editor", "reviewer", "viewer"] as const) tokens[role] = (await createApiToken({ actor: actors[role], name: "exclusion" })).token;
    apiArticleId = (
      await createArticle({
        actor: editor,
        title: "Flood warning",
        sourceLang: "ar",
        targetLang: "en",
        sourceParagraphs: ["حذرت الأرصاد من سيول في 12 محافظة يوم الخميس.", "ودعت السكان إلى الابتعاد عن الأودية."],
        targetParagraphs: ["The weather office warned of floods in 12 provinces on Thursday.", "It urged residents to stay away from valleys.", "Share this article"],
      })
    ).id;
    chromeId = (await db.paragraph.findUniqueOrThrow({ where: { articleId_side_position: { articleId: apiArticleId, side: "target", position: 2 } } })).id;
  });

  it("excludes with {excluded: true, version}, shows it on the segment, and leaves it out of the pair's target", async () => {
    const response = await patch(tokens.editor, chromeId, { excluded: true, version: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: chromeId, version: 2, excluded: true, changed: true });
    const article = await (await articleRoute.GET(new Request(`http://localhost:3000/api/v1/articles/${apiArticleId}`, { headers: { authorization: `Bearer ${tokens.viewer}` } }), { params: Promise.resolve({ id: apiArticleId }) })).json();
    const pair = article.pairs.find((p: { segments: { id: string }[] }) => p.segments.some((s) => s.id === chromeId));
    expect(pair.target).toBe("");
    expect(pair.segments).toEqual([{ id: chromeId, side: "target", position: 2, text: "Share this article", originalText: "Share this article", version: 2, excluded: true }]);
    expect(article.pairs[0].segments.map((s: { excluded: boolean }) => s.excluded)).toEqual([false, false]);
  });

  it("answers 200 with changed: false when the segment already is excluded, and restores without a version", async () => {
    const same = await patch(tokens.editor, chromeId, { excluded: true });
    expect(await same.json()).toEqual({ id: chromeId, version: 2, excluded: true, changed: false });
    const restored = await patch(tokens.editor, chromeId, { excluded: false });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toEqual({ id: chromeId, version: 3, excluded: false, changed: true });
  });

  it("refuses a stale version with the current segment (409)", async () => {
    const stale = await patch(tokens.editor, chromeId, { excluded: true, version: 2 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: { code: "paragraph.conflict", message: "Someone saved this paragraph after you started editing." },
      current: { target: "Share this article", version: 3, excluded: false },
    });
  });

  it("refuses both changes at once, neither, and a non-boolean (422), and a reviewer or viewer (403), writing nothing", async () => {
    const before = await writes();
    const both = await patch(tokens.editor, chromeId, { target: "Share", excluded: true, version: 3 });
    expect(both.status).toBe(422);
    expect((await both.json()).error).toEqual({
      code: "validation",
      message: "Some fields are invalid.",
      fields: { _: "Send either {target, version} to correct the segment or {excluded, version} to exclude or restore it, not both." },
      fieldCodes: {},
    });
    expect((await patch(tokens.editor, chromeId, {})).status).toBe(422);
    expect((await patch(tokens.editor, chromeId, { version: 3 })).status).toBe(422);
    expect((await patch(tokens.editor, chromeId, { excluded: "yes" })).status).toBe(422);
    expect((await patch(tokens.reviewer, chromeId, { excluded: true, version: 3 })).status).toBe(403);
    expect((await patch(tokens.viewer, chromeId, { excluded: true })).status).toBe(403);
    expect(await writes()).toEqual(before);
  });

  it("still corrects text with {target, version} and refuses an approved article (409 article.locked)", async () => {
    const edited = await patch(tokens.editor, chromeId, { target: "Share this story", version: 3 });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toEqual({ id: chromeId, version: 4 });
    await db.article.update({ where: { id: apiArticleId }, data: { status: "approved" } });
    const locked = await patch(tokens.editor, chromeId, { excluded: true, version: 4 });
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe("article.locked");
    expect(await db.paragraph.findUniqueOrThrow({ where: { id: chromeId } })).toMatchObject({ excluded: false, version: 4 });
  });
});
