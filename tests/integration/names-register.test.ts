import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { deleteArticle } from "../../lib/server/article/delete-article";
import { updateParagraphText } from "../../lib/server/paragraph/update-paragraph-text";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import { listNames } from "../../lib/server/names/list-names";
import { getNameEntry } from "../../lib/server/names/get-name-entry";
import { deleteNameEntry, updateNameEntry } from "../../lib/server/names/update-name-entry";
import { nameRegisterIndex, nameRegisterLoads, namesForArticle } from "../../lib/server/names/register-index";
import { readNameRegisterVersion } from "../../lib/server/names/register-version";

const people = {} as Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
let fifth = "";

/** An Arabic → English brief naming نعيم قاسم, with the given spelling of نعيم. */
function brief(naim: string) {
  return {
    source: ["وقال نعيم قاسم إن الحزب مستعد للحوار.", "ولم يصدر أي بيان رسمي حتى الآن."],
    target: [`${naim} Qassem said the party was ready for dialogue.`, "No official statement has been issued so far."],
  };
}

async function article(title: string, texts: { source: string[]; target: string[] }, targetLang = "en") {
  const { id } = await createArticle({ actor: people.editor, title, sourceLang: "ar", targetLang, sourceParagraphs: texts.source, targetParagraphs: texts.target });
  await settleArticleQa(id);
  return id;
}

async function approve(id: string) {
  const current = await db.article.findUniqueOrThrow({ where: { id }, select: { status: true } });
  if (current.status === "draft") await updateArticleStatus({ actor: people.editor, articleId: id, status: "in_review" });
  await updateArticleStatus({ actor: people.editor, articleId: id, status: "approved", acknowledgeWarnings: true });
}

async function approvedArticle(title: string, naim: string) {
  const id = await article(title, brief(naim));
  await approve(id);
  return id;
}

/** The spellings of a register entry as "spelling:count" (distinct ones marked), in the order the DTO gives them. */
async function spellingsOf(key: string, targetLang = "en") {
  const entry = await db.nameEntry.findUnique({ where: { targetLang_key: { targetLang, key } }, include: { spellings: { orderBy: [{ count: "desc" }, { spelling: "asc" }] } } });
  return entry ? entry.spellings.map((s) => `${s.spelling}:${s.count}${s.distinct ? ":distinct" : ""}`) : null;
}

async function entryId(key: string, targetLang = "en") {
  return (await db.nameEntry.findUniqueOrThrow({ where: { targetLang_key: { targetLang, key } } })).id;
}

async function expectAppError(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect({ code: (error as AppError).code, status: (error as AppError).status }).toEqual({ code, status });
}

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password-long", name: "Admin", role: "admin" } });
  people.admin = { userId: admin.id, name: admin.name, role: "admin" };
  for (const [key, name, role] of [["editor", "Emad", "editor"], ["reviewer", "Rana", "reviewer"], ["viewer", "Vera", "viewer"]] as const) {
    const user = await createUser({ actor: people.admin, user: { email: `${key}@example.org`, password: "long-password-here", name, role } });
    people[key] = { userId: user.id, name: user.name, role };
  }
});

// Register changes re-check open articles in the background: let those runs end before the database goes.
afterAll(async () => {
  for (const article of await db.article.findMany({ select: { id: true } })) await settleArticleQa(article.id);
});

describe("learning on approval", () => {
  const ids: Record<string, string> = {};

  it("learns each approved article's spelling of a name, with its evidence, and nothing from articles not approved", async () => {
    await article("Open with Naeem", brief("Naeem"));
    expect(await spellingsOf("نعيم")).toBeNull();
    ids.first = await approvedArticle("Talks resume", "Naim");
    expect(await spellingsOf("نعيم")).toEqual(["Naim:1"]);
    expect(await spellingsOf("قاسم")).toEqual(["Qassem:1"]);
    ids.second = await approvedArticle("Party statement", "Naeem");
    expect(await spellingsOf("نعيم")).toEqual(["Naeem:1", "Naim:1"]);
    expect(await db.nameOccurrence.count({ where: { articleId: ids.second } })).toBe(2);
  });

  it("has no house spelling until one spelling has 2+ approved articles and 3 in 4 of the uses", async () => {
    ids.third = await approvedArticle("Dialogue offer", "Naim");
    const page = await listNames({ actor: people.reviewer, targetLang: "en", query: "نعيم" });
    expect(page.items.map((e) => [e.arabic, e.house, e.houseSource])).toEqual([["نعيم", null, null]]);
    ids.fourth = await approvedArticle("Cabinet talks", "Naim");
    expect(await spellingsOf("نعيم")).toEqual(["Naim:3", "Naeem:1"]);
    const after = await listNames({ actor: people.reviewer, targetLang: "en", query: "نعيم" });
    expect(after.items.map((e) => [e.arabic, e.house, e.houseSource])).toEqual([["نعيم", "Naim", "learned"]]);
  });

  it("keeps a reopened article's evidence until it is approved again, then replaces it", async () => {
    await updateArticleStatus({ actor: people.editor, articleId: ids.second, status: "in_review" });
    expect(await spellingsOf("نعيم")).toEqual(["Naim:3", "Naeem:1"]);
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { articleId: ids.second, side: "target", position: 0 } });
    await updateParagraphText({ actor: people.editor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Naim Qassem said the party was ready for dialogue." });
    await settleArticleQa(ids.second);
    expect(await spellingsOf("نعيم")).toEqual(["Naim:3", "Naeem:1"]);
    await approve(ids.second);
    // Naeem has no approved article left: the spelling is gone.
    expect(await spellingsOf("نعيم")).toEqual(["Naim:4"]);
    expect(await db.nameOccurrence.count({ where: { articleId: ids.second } })).toBe(2);
  });

  it("lists the approved articles behind each spelling, only those the reader may open", async () => {
    const entry = await getNameEntry({ actor: people.reviewer, id: await entryId("نعيم") });
    expect(entry.spellings.map((s) => [s.spelling, s.count])).toEqual([["Naim", 4]]);
    const titles = entry.evidence[entry.spellings[0]!.id]!.map((e) => e.title).sort();
    expect(titles).toEqual(["Cabinet talks", "Dialogue offer", "Party statement", "Talks resume"]);
    expect(entry.canEdit).toBe(false);
  });

  it("changes the register version on every write, and a process re-reads only the changed names then", async () => {
    const before = await readNameRegisterVersion(db);
    await nameRegisterIndex("en");
    const loads = nameRegisterLoads();
    await nameRegisterIndex("en");
    expect(nameRegisterLoads()).toEqual(loads);
    fifth = await approvedArticle("Fifth brief", "Naim");
    expect(await readNameRegisterVersion(db)).not.toBe(before);
    const register = await nameRegisterIndex("en");
    expect(nameRegisterLoads()).toEqual({ full: loads.full, delta: loads.delta + 1 });
    expect(register.index.get("نعيم").map((r) => r.spellings.map((s) => `${s.spelling}:${s.count}`))).toEqual([["Naim:5"]]);
  });
});

describe("house spelling rules (editors)", () => {
  it("an editor confirms, chooses another spelling, marks a different person; reviewers read only, viewers not at all", async () => {
    const id = await entryId("نعيم");
    await expectAppError(updateNameEntry({ actor: people.reviewer, id, change: { house: "Naim" } }), "auth.forbidden", 403);
    await expectAppError(listNames({ actor: people.viewer, targetLang: "en" }), "auth.forbidden", 403);
    await updateNameEntry({ actor: people.editor, id, change: { house: "Na'im" } });
    let entry = await getNameEntry({ actor: people.editor, id });
    expect([entry.house, entry.houseSource, entry.confirmedBy]).toEqual(["Na'im", "confirmed", "Emad"]);
    expect(entry.spellings.map((s) => `${s.spelling}:${s.count}`)).toEqual(["Naim:5", "Na'im:0"]);
    await expectAppError(updateNameEntry({ actor: people.editor, id, change: { distinct: { spellingId: entry.spellings[1]!.id, distinct: true } } }), "names.house-distinct", 422);
    await updateNameEntry({ actor: people.editor, id, change: { house: null } });
    entry = await getNameEntry({ actor: people.editor, id });
    expect([entry.house, entry.houseSource, entry.confirmedBy]).toEqual(["Naim", "learned", null]);
    await updateNameEntry({ actor: people.editor, id, change: { house: "Naim" } });
    entry = await getNameEntry({ actor: people.editor, id });
    expect([entry.house, entry.houseSource]).toEqual(["Naim", "confirmed"]);
    const audit = await db.auditEntry.findMany({ where: { action: "names.update", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actorName)).toEqual(["Emad", "Emad", "Emad"]);
  });

  it("a spelling marked as a different person does not count towards the learned house spelling", async () => {
    // قاسم: Qassem in 5 articles; two articles spell it Kassem.
    const other = (title: string) =>
      article(title, { source: ["وقال نعيم قاسم إن الحزب مستعد للحوار.", "ولم يصدر أي بيان رسمي حتى الآن."], target: ["Naim Kassem said the party was ready for dialogue.", "No official statement has been issued so far."] }).then(async (id) => {
        await approve(id);
        return id;
      });
    await other("Kassem one");
    await other("Kassem two");
    expect(await spellingsOf("قاسم")).toEqual(["Qassem:5", "Kassem:2"]);
    const id = await entryId("قاسم");
    let entry = await getNameEntry({ actor: people.editor, id });
    // 5 of 7 uses is under 75%: no house spelling.
    expect([entry.house, entry.houseSource]).toEqual([null, null]);
    const kassem = entry.spellings.find((s) => s.spelling === "Kassem")!;
    await updateNameEntry({ actor: people.editor, id, change: { distinct: { spellingId: kassem.id, distinct: true } } });
    entry = await getNameEntry({ actor: people.editor, id });
    expect([entry.house, entry.houseSource]).toEqual(["Qassem", "learned"]);
    expect(await spellingsOf("قاسم")).toEqual(["Qassem:5", "Kassem:2:distinct"]);
  });
});

describe("register search", () => {
  it("finds names typed in Arabic (any hamza or article form) or in Latin (any case, accents, al-/el-, hyphens)", async () => {
    await approve(
      await article("Cairo visit", {
        source: ["استقبل الرئيس عبد الفتاح السيسي وزير الخارجية سامح شكري.", "ولم يصدر أي بيان رسمي حتى الآن."],
        target: ["President Abdel Fattah el-Sisi received Foreign Minister Sameh Shoukry.", "No official statement has been issued so far."],
      }),
    );
    const arabic = async (q: string) => (await listNames({ actor: people.reviewer, targetLang: "en", query: q })).items.map((e) => e.arabic);
    expect(await arabic("السيسي")).toEqual(["السيسي"]);
    expect(await arabic("سيسى")).toEqual(["السيسي"]);
    expect(await arabic("EL-SISI")).toEqual(["السيسي"]);
    expect(await arabic("al sisi")).toEqual(["السيسي"]);
    expect(await arabic("Abdel-Fattah")).toEqual(["عبد الفتاح"]);
    expect(await arabic("shoukry")).toEqual(["شكري"]);
    expect(await arabic("Zelensky")).toEqual([]);
    // Latin search, a page of 2 at a time: "s" is in Sameh, el-Sisi, Shoukry, Qassem/Kassem (ordered by Arabic key).
    const latin = async (q: string, page: number) => {
      const result = await listNames({ actor: people.reviewer, targetLang: "en", query: q, pageSize: 2, page });
      return [result.total, result.items.map((e) => e.arabic)];
    };
    expect(await latin("s", 1)).toEqual([4, ["سامح", "السيسي"]]);
    expect(await latin("s", 2)).toEqual([4, ["شكري", "قاسم"]]);
    expect(await latin("s", 3)).toEqual([4, []]);
    expect(await latin("ss", 1)).toEqual([1, ["قاسم"]]);
    expect(await latin("zzzz", 1)).toEqual([0, []]);
    const all = await listNames({ actor: people.reviewer, targetLang: "en", pageSize: 2, page: 2 });
    expect([all.total, all.items.length, all.page, all.pageSize]).toEqual([6, 2, 2, 2]);
    expect((await listNames({ actor: people.reviewer, targetLang: "fr" })).total).toBe(0);
  });
});

describe("glossary names in the register", () => {
  it("a glossary person gives the house spelling, on the names page and in an article's QA names", async () => {
    await db.glossaryEntry.create({ data: { sourceLang: "ar", targetLang: "en", source: "شكري", target: "Shukri", type: "person", forbidden: [], createdBy: "test" } });
    await db.glossaryEntry.create({ data: { sourceLang: "ar", targetLang: "en", source: "وزير", target: "minister", type: "term", forbidden: [], createdBy: "test" } });
    const page = await listNames({ actor: people.reviewer, targetLang: "en", query: "شكري" });
    expect(page.items.map((e) => [e.arabic, e.house, e.houseSource, e.spellings.map((s) => s.spelling)])).toEqual([["شكري", "Shukri", "glossary", ["Shoukry"]]]);
    const glossary = [
      { source: "شكري", target: "Shukri", forbidden: [], type: "person" as const },
      { source: "وزير", target: "minister", forbidden: [], type: "term" as const },
    ];
    const names = await namesForArticle({ articleId: "none", targetLang: "en", source: ["التقى شكري ونعيم قاسم بالوزير."], glossary });
    expect(names.map((n) => [n.key, n.source, n.house ?? null])).toEqual([
      ["شكري", "register", null],
      ["نعيم", "register", "Naim"],
      ["قاسم", "register", null],
      ["شكري", "glossary", "Shukri"],
    ]);
    // Examples: up to 3 approved articles per spelling.
    expect(names[1]!.spellings.find((s) => s.spelling === "Naim")!.examples).toHaveLength(3);
  });
});

describe("QA of open articles against the register", () => {
  it("reports a variant spelling with the house spelling as the suggestion and the evidence in its params", async () => {
    const id = await article("New brief", brief("Naeem"));
    const findings = await db.finding.findMany({ where: { articleId: id, check: "name-authority" } });
    expect(findings.map((f) => [f.text, f.suggestion, f.severity])).toEqual([["Naeem", "Naim", "major"]]);
    const params = findings[0]!.params as Record<string, unknown>;
    expect(params).toMatchObject({ house: "Naim", arabic: "نعيم" });
  });

  it("deleting an approved article takes its evidence out of the register", async () => {
    expect(await spellingsOf("نعيم")).toEqual(["Naim:7", "Na'im:0"]);
    await deleteArticle({ actor: people.admin, articleId: fifth });
    expect(await spellingsOf("نعيم")).toEqual(["Naim:6", "Na'im:0"]);
    expect(await spellingsOf("قاسم")).toEqual(["Qassem:4", "Kassem:2:distinct"]);
  });

  it("deleting a name removes its spellings and evidence", async () => {
    const id = await entryId("سامح");
    await nameRegisterIndex("en");
    const loads = nameRegisterLoads();
    await deleteNameEntry({ actor: people.editor, id });
    expect(await db.nameEntry.findUnique({ where: { id } })).toBeNull();
    // A deletion makes the next QA run read the register whole.
    expect((await nameRegisterIndex("en")).index.get("سامح")).toEqual([]);
    expect(nameRegisterLoads().full).toBe(loads.full + 1);
    expect(await db.auditEntry.count({ where: { action: "names.delete", entityId: id } })).toBe(1);
    await expectAppError(getNameEntry({ actor: people.reviewer, id }), "names.not-found", 404);
  });
});
