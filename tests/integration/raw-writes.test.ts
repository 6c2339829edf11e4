// The save path and API-token sign-in are written in plain SQL (speed): what they store must read back through the
// Prisma models exactly like rows Prisma wrote itself, on SQLite and on PostgreSQL (dates in Prisma's stored format and
// comparable with Prisma-bound dates, JSON details as objects, enum values, desk roles).
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { saveParagraphText, updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { actorFromApiToken, createApiToken, revokeApiToken } from "../../lib/server/token/api-tokens";
import { createIssue } from "../../lib/server/issue/create-issue";
import { AppError } from "../../lib/server/errors";

let admin: Actor;
let editor: Actor;
let articleId: string;
let paragraphIds: string[];

beforeAll(async () => {
  const a = await createUser({ actor: null, user: { email: "raw-admin@example.org", password: "admin-password-long", name: "Amal", role: "admin" } });
  admin = { userId: a.id, name: a.name, role: "admin" };
  const e = await createUser({ actor: admin, user: { email: "raw-editor@example.org", password: "editor-password-long", name: "Emad", role: "editor" } });
  editor = { userId: e.id, name: e.name, role: "editor", origin: "api 203.0.113.9" };
  const created = await createArticle({
    actor: editor,
    title: "Raw writes",
    sourceLang: "ar",
    targetLang: "en",
    sourceParagraphs: ["وصل الوفد إلى الدوحة.", "ولم يصدر أي بيان.", "وتستمر المحادثات."],
    targetParagraphs: ["The delegation arrived in Doha.", "No statement was issued.", "Talks go on."],
  });
  articleId = created.id;
  paragraphIds = (await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" }, select: { id: true } })).map((p) => p.id);
});

describe("a save written in plain SQL", () => {
  it("stores a revision and an audit entry that read back through the models, with dates comparable to Prisma's", async () => {
    const before = new Date(Date.now() - 1000);
    const saved = await saveParagraphText({ actor: editor, paragraphId: paragraphIds[0]!, expectedVersion: 1, text: "The delegation arrived in Doha on Tuesday.", awaitQa: false });
    expect(saved).toEqual({ version: 2, articleId });

    // a Prisma-bound date filter finds the raw-written rows (same stored format and time zone)
    const revision = await db.revision.findFirstOrThrow({ where: { paragraphId: paragraphIds[0]!, createdAt: { gte: before } } });
    expect(revision).toMatchObject({ version: 2, before: "The delegation arrived in Doha.", after: "The delegation arrived in Doha on Tuesday.", authorName: "Emad", authorId: editor.userId, kind: "edit", note: null });
    expect(revision.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(revision.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: paragraphIds[0]!, action: "paragraph.edit", createdAt: { gte: before } } });
    expect(audit).toMatchObject({ articleId, actorName: "Emad", actorId: editor.userId, origin: "api 203.0.113.9", entityType: "paragraph" });
    expect(audit.details).toEqual({ version: 2, kind: "edit", before: "The delegation arrived in Doha.", after: "The delegation arrived in Doha on Tuesday." });

    const paragraph = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphIds[0]! } });
    expect(paragraph).toMatchObject({ text: "The delegation arrived in Doha on Tuesday.", version: 2, side: "target" });
  });

  it("stores dates in the same format as Prisma's own writes", async () => {
    const [raw] = await db.$queryRaw<Array<{ stored: string }>>`SELECT CAST("createdAt" AS TEXT) AS "stored" FROM "Revision" WHERE "paragraphId" = ${paragraphIds[0]!}`;
    const [model] = await db.$queryRaw<Array<{ stored: string }>>`SELECT CAST("createdAt" AS TEXT) AS "stored" FROM "Article" WHERE "id" = ${articleId}`;
    const shape = dbProvider === "postgresql" ? /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$/ : /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
    expect(model!.stored).toMatch(shape);
    expect(raw!.stored).toMatch(shape);
  });

  it("moves issue spans with the text and marks an issue outdated when its own words changed", async () => {
    const kept = await createIssue({ actor: editor, paragraphId: paragraphIds[1]!, start: 3, end: 12, category: "accuracy", severity: "minor", comment: "check" });
    const hit = await createIssue({ actor: editor, paragraphId: paragraphIds[1]!, start: 13, end: 16, category: "linguistic", severity: "minor", comment: "word" });
    // "No statement was issued." → "Still, no statement wa issued.": "statement" moves by 7, "was" loses a letter
    await saveParagraphText({ actor: editor, paragraphId: paragraphIds[1]!, expectedVersion: 1, text: "Still, no statement wa issued.", awaitQa: false });
    const issues = await db.issue.findMany({ where: { id: { in: [kept.id, hit.id] } }, orderBy: { start: "asc" } });
    expect(issues.map((i) => [i.id === kept.id ? "kept" : "hit", i.start, i.end, i.outdated])).toEqual([
      ["kept", 10, 19, false],
      ["hit", 13, 16, true],
    ]);
  });

  it("refuses a stale version with the current text, a source paragraph, and an article outside the actor's desk (404)", async () => {
    const stale = await saveParagraphText({ actor: editor, paragraphId: paragraphIds[0]!, expectedVersion: 1, text: "Late.", awaitQa: false }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe("paragraph.conflict");
    expect((stale as AppError).details).toEqual({ currentText: "The delegation arrived in Doha on Tuesday.", currentVersion: 2 });

    const source = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "source" } });
    const refused = await saveParagraphText({ actor: editor, paragraphId: source.id, expectedVersion: 1, text: "x", awaitQa: false }).catch((e: unknown) => e);
    expect((refused as AppError).code).toBe("paragraph.source-readonly");

    // an editor whose desk role for ar→en is viewer may not reach the article: not found, nothing written
    const deskViewer: Actor = { ...editor, scopes: [{ sourceLang: "ar", targetLang: "en", role: "viewer" }] };
    const hidden = await saveParagraphText({ actor: deskViewer, paragraphId: paragraphIds[2]!, expectedVersion: 1, text: "Talks go on and on.", awaitQa: false }).catch((e: unknown) => e);
    expect((hidden as AppError).code).toBe("paragraph.not-found");
    expect((await db.paragraph.findUniqueOrThrow({ where: { id: paragraphIds[2]! } })).version).toBe(1);
    // a viewer whose desk role for the pair is editor may
    const deskEditor: Actor = { userId: admin.userId, name: "Amal", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "en", role: "editor" }] };
    const allowed = await updateParagraphText({ actor: deskEditor, paragraphId: paragraphIds[2]!, expectedVersion: 1, text: "Talks go on and on.", awaitQa: false });
    expect(allowed.paragraph).toMatchObject({ text: "Talks go on and on.", version: 2 });
  });
});

describe("API-token sign-in in plain SQL", () => {
  it("reads the user's role and desk roles, refuses revoked tokens and deactivated users, and records last use once a minute", async () => {
    const user = await createUser({ actor: admin, user: { email: "raw-desk@example.org", password: "desk-password-long", name: "Dina", role: "reviewer" } });
    await db.userScope.createMany({
      data: [
        { userId: user.id, sourceLang: "ar", targetLang: "en", role: "editor" },
        { userId: user.id, sourceLang: "ar", targetLang: "fr", role: "viewer" },
      ],
    });
    const { token, dto } = await createApiToken({ actor: admin, name: "pipeline", userId: user.id });

    const actor = await actorFromApiToken(token, "198.51.100.7");
    expect(actor).toMatchObject({ userId: user.id, name: "Dina", role: "reviewer", origin: "api 198.51.100.7" });
    expect([...actor!.scopes!].sort((a, b) => a.targetLang.localeCompare(b.targetLang))).toEqual([
      { sourceLang: "ar", targetLang: "en", role: "editor" },
      { sourceLang: "ar", targetLang: "fr", role: "viewer" },
    ]);
    const firstUse = (await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt;
    expect(firstUse).toBeInstanceOf(Date);

    // used 30 s ago: not written again; used 2 minutes ago: written now
    const thirtySecondsAgo = new Date(Date.now() - 30_000);
    await db.apiToken.update({ where: { id: dto.id }, data: { lastUsedAt: thirtySecondsAgo } });
    await actorFromApiToken(token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt!.getTime()).toBe(thirtySecondsAgo.getTime());
    await db.apiToken.update({ where: { id: dto.id }, data: { lastUsedAt: new Date(Date.now() - 120_000) } });
    await actorFromApiToken(token);
    expect(Date.now() - (await db.apiToken.findUniqueOrThrow({ where: { id: dto.id } })).lastUsedAt!.getTime()).toBeLessThan(10_000);

    // a user without desk roles has none
    const plainUser = await createUser({ actor: admin, user: { email: "raw-plain@example.org", password: "plain-password-long", name: "Omar", role: "editor" } });
    const plain = await createApiToken({ actor: admin, name: "plain", userId: plainUser.id });
    expect((await actorFromApiToken(plain.token))?.scopes).toEqual([]);

    await db.user.update({ where: { id: plainUser.id }, data: { deactivatedAt: new Date() } });
    expect(await actorFromApiToken(plain.token)).toBeNull();
    await revokeApiToken({ actor: admin, tokenId: dto.id });
    expect(await actorFromApiToken(token)).toBeNull();
    expect(await actorFromApiToken("tdq_unknown")).toBeNull();
    expect(await actorFromApiToken("not-a-token")).toBeNull();
  });
});
