import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import { createArticle } from "../../lib/server/article/create-article";
import { assignArticle } from "../../lib/server/article/assign-article";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { createIssue } from "../../lib/server/issue/create-issue";
import { listArticles, type TArticleFilters } from "../../lib/server/article/list-articles";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import * as articlesRoute from "../../app/api/v1/articles/route";

// Five articles with known state, pair, assignment, issues and last change:
//   title           pair   status     assigned          open issues        updatedAt
//   Alpha budget    ar-en  draft      reviewer Rita     2 minor (99.2)     2026-01-05
//   Bravo harbour   ar-fr  in_review  editor Rita       —                  2026-01-04
//   Charlie court   ar-en  approved   reviewer Rita     —                  2026-01-03
//   Delta match     ar-en  draft      nobody            1 major (98, fail) 2026-01-02
//   Echo clinic     ar-fr  draft      nobody            —                  2026-01-01

let admin: Actor;
let rita: Actor;
let ritaToken: string;
const ids: Record<string, string> = {};

const SOURCE = ["قال الوزير إن النمو بلغ 3 بالمئة.", "وأضاف أن البطالة تراجعت."];
const TARGET = {
  en: ["The minister said growth reached 3 percent.", "He added that unemployment fell."],
  fr: ["Le ministre a dit que la croissance a atteint 3 pour cent.", "Il a ajouté que le chômage a baissé."],
};

async function article(title: string, targetLang: "en" | "fr") {
  const { id } = await createArticle({ actor: admin, title, sourceLang: "ar", targetLang, sourceParagraphs: SOURCE, targetParagraphs: TARGET[targetLang] });
  await settleArticleQa(id);
  ids[title] = id;
  return id;
}

async function issue(articleId: string, severity: "minor" | "major") {
  const paragraph = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "target", position: 0 } });
  await createIssue({ actor: admin, paragraphId: paragraph.id, start: 0, end: 3, category: "accuracy", severity, comment: "x" });
}

async function titles(filters: TArticleFilters, actor: Actor = admin): Promise<string[]> {
  return (await listArticles({ actor, ...filters })).items.map((a) => a.title);
}

beforeAll(async () => {
  const first = await createUser({ actor: null, user: { email: "admin@example.org", name: "Admin", password: "a long enough password", role: "admin" } });
  admin = { userId: first.id, name: "Admin", role: "admin" };
  const ritaUser = await createUser({ actor: admin, user: { email: "rita@example.org", name: "Rita", password: "a long enough password", role: "editor" } });
  rita = { userId: ritaUser.id, name: "Rita", role: "editor" };
  ritaToken = (await createApiToken({ actor: rita, name: "list" })).token;

  const alpha = await article("Alpha budget", "en");
  const bravo = await article("Bravo harbour", "fr");
  const charlie = await article("Charlie court", "en");
  const delta = await article("Delta match", "en");
  const echo = await article("Echo clinic", "fr");
  await assignArticle({ actor: admin, articleId: alpha, reviewerId: rita.userId, editorId: null });
  await assignArticle({ actor: admin, articleId: bravo, reviewerId: null, editorId: rita.userId });
  await assignArticle({ actor: admin, articleId: charlie, reviewerId: rita.userId, editorId: null });
  await issue(alpha, "minor");
  await issue(alpha, "minor");
  await issue(delta, "major");
  await updateArticleStatus({ actor: admin, articleId: bravo, status: "in_review" });
  await updateArticleStatus({ actor: admin, articleId: charlie, status: "in_review" });
  await updateArticleStatus({ actor: admin, articleId: charlie, status: "approved", acknowledgeWarnings: true });
  const days = { [alpha]: 5, [bravo]: 4, [charlie]: 3, [delta]: 2, [echo]: 1 };
  for (const [id, day] of Object.entries(days)) await db.article.update({ where: { id }, data: { updatedAt: new Date(`2026-01-0${day}T10:00:00Z`) } });
});

describe("article list in SQL", () => {
  it("newest first by default, with the summary numbers", async () => {
    const list = await listArticles({ actor: admin });
    expect(list.items.map((a) => a.title)).toEqual(["Alpha budget", "Bravo harbour", "Charlie court", "Delta match", "Echo clinic"]);
    expect([list.total, list.page, list.pageSize, list.sort, list.dir]).toEqual([5, 1, 50, "updated", "desc"]);
    expect(list.items.map((a) => [a.status, a.rowCount, a.openIssues, a.score.quality, a.score.pass])).toEqual([
      ["draft", 2, 2, 99.2, true],
      ["in_review", 2, 0, 100, true],
      ["approved", 2, 0, 100, true],
      ["draft", 2, 1, 98, false],
      ["draft", 2, 0, 100, true],
    ]);
    expect(list.items[0]!.reviewer).toEqual({ id: rita.userId, name: "Rita" });
    expect(list.items[0]!.updatedAt).toBe("2026-01-05T10:00:00.000Z");
  });

  it("sorts by last change, title, score and open issues, both ways (ties: newest first)", async () => {
    expect(await titles({ dir: "asc" })).toEqual(["Echo clinic", "Delta match", "Charlie court", "Bravo harbour", "Alpha budget"]);
    expect(await titles({ sort: "title" })).toEqual(["Alpha budget", "Bravo harbour", "Charlie court", "Delta match", "Echo clinic"]);
    expect(await titles({ sort: "title", dir: "desc" })).toEqual(["Echo clinic", "Delta match", "Charlie court", "Bravo harbour", "Alpha budget"]);
    expect(await titles({ sort: "score" })).toEqual(["Delta match", "Alpha budget", "Bravo harbour", "Charlie court", "Echo clinic"]);
    expect(await titles({ sort: "score", dir: "desc" })).toEqual(["Bravo harbour", "Charlie court", "Echo clinic", "Alpha budget", "Delta match"]);
    expect(await titles({ sort: "issues" })).toEqual(["Alpha budget", "Delta match", "Bravo harbour", "Charlie court", "Echo clinic"]);
    expect(await titles({ sort: "issues", dir: "asc" })).toEqual(["Bravo harbour", "Charlie court", "Echo clinic", "Delta match", "Alpha budget"]);
    // an unknown sort falls back to the default
    expect(await titles({ sort: "id; DROP TABLE", dir: "sideways" })).toEqual(["Alpha budget", "Bravo harbour", "Charlie court", "Delta match", "Echo clinic"]);
  });

  it("filters by state, pair, score band and assignee (me, nobody, a user id), alone and together", async () => {
    expect(await titles({ status: "draft" })).toEqual(["Alpha budget", "Delta match", "Echo clinic"]);
    expect(await titles({ status: "approved" })).toEqual(["Charlie court"]);
    expect(await titles({ status: "bogus" })).toEqual([]);
    expect(await titles({ pair: "ar-fr" })).toEqual(["Bravo harbour", "Echo clinic"]);
    expect(await titles({ score: "fail" })).toEqual(["Delta match"]);
    expect(await titles({ score: "pass" })).toEqual(["Alpha budget", "Bravo harbour", "Charlie court", "Echo clinic"]);
    expect(await titles({ assignee: "me" }, rita)).toEqual(["Alpha budget", "Bravo harbour", "Charlie court"]);
    expect(await titles({ assignee: rita.userId! })).toEqual(["Alpha budget", "Bravo harbour", "Charlie court"]);
    expect(await titles({ assignee: "me" })).toEqual([]);
    expect(await titles({ assignee: "none" })).toEqual(["Delta match", "Echo clinic"]);
    expect(await titles({ status: "draft", pair: "ar-en", score: "fail" })).toEqual(["Delta match"]);
    expect(await titles({ status: "draft", pair: "ar-en", score: "pass" })).toEqual(["Alpha budget"]);
    expect((await listArticles({ actor: admin, status: "draft", pair: "ar-en" })).total).toBe(2);
  });

  it("pages with the total count", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listArticles({ actor: admin, page, pageSize: 2 })));
    expect(pages.map((p) => p.items.map((a) => a.title))).toEqual([["Alpha budget", "Bravo harbour"], ["Charlie court", "Delta match"], ["Echo clinic"], []]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
  });

  it("My queue: every open article assigned to the user (not approved ones), paged", async () => {
    const queue = await listArticles({ actor: rita, assignee: "me", open: true });
    expect([queue.items.map((a) => a.title), queue.total]).toEqual([["Alpha budget", "Bravo harbour"], 2]);
    const second = await listArticles({ actor: rita, assignee: "me", open: true, page: 2, pageSize: 1 });
    expect([second.items.map((a) => a.title), second.total]).toEqual([["Bravo harbour"], 2]);
  });

  it("the REST list takes the same filters and sorting from the URL", async () => {
    const get = async (query: string) => {
      const response = await articlesRoute.GET(new Request(`http://localhost:3000/api/v1/articles?${query}`, { headers: { authorization: `Bearer ${ritaToken}` } }), { params: Promise.resolve({}) });
      return { status: response.status, body: (await response.json()) as { items?: Array<{ title: string }>; total?: number; code?: string } };
    };
    const sorted = await get("state=draft&sort=title&dir=desc");
    expect([sorted.status, sorted.body.items?.map((a) => a.title), sorted.body.total]).toEqual([200, ["Echo clinic", "Delta match", "Alpha budget"], 3]);
    const filtered = await get("assignee=me&pair=ar-en&score=pass&q=minister");
    expect([filtered.status, filtered.body.items?.map((a) => a.title)]).toEqual([200, ["Alpha budget", "Charlie court"]]);
    expect((await get("sort=colour")).status).toBe(422);
  });
});
