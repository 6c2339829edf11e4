import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";

// The signed-in user of actions and route handlers; real accounts are tested elsewhere.
const session = vi.hoisted(() => ({ actor: { userId: null, name: "Salma", role: "editor" } as Actor | null }));
vi.mock("../../lib/server/session", () => ({
  getActor: async () => {
    if (!session.actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
    return session.actor;
  },
}));
vi.mock("../../lib/server/request-actor", () => ({
  getRequestActor: async () => {
    if (!session.actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
    return session.actor;
  },
}));

const { db } = await import("../../lib/server/db");
const { createArticle } = await import("../../lib/server/article/create-article");
const { getArticleReview } = await import("../../lib/server/article/get-article-review");
const { importGlossaryTbx, importGlossaryFile } = await import("../../lib/server/glossary/glossary-entries");
const { importGlossaryAction } = await import("../../app/glossary/actions");
const { GET } = await import("../../app/glossary/export/route");
const { parseTbx } = await import("../../lib/formats/tbx");
const { parseGlossaryCsv } = await import("../../lib/qa/glossary");

const editor: Actor = { userId: null, name: "Salma", role: "editor" };
const viewer: Actor = { userId: null, name: "Vera", role: "viewer" };
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/formats", name));
const uploadForm = (name: string, bytes: Uint8Array, sourceLang = "ar", targetLang = "en") => {
  const form = new FormData();
  form.set("sourceLang", sourceLang);
  form.set("targetLang", targetLang);
  form.set("file", new File([new Uint8Array(bytes)], name));
  return form;
};
const exportRequest = (query: string) => GET(new Request(`http://localhost/glossary/export?${query}`));

async function counts() {
  const [glossary, audit] = await Promise.all([db.glossaryEntry.count(), db.auditEntry.count()]);
  return { glossary, audit };
}

let articleId: string;

beforeAll(async () => {
  // An invented article of the ar → en pair with two spellings the termbase forbids.
  articleId = (
    await createArticle({
      actor: editor,
      title: "Aid",
      sourceLang: "ar",
      targetLang: "en",
      sourceParagraphs: ["قال برنامج الأغذية العالمي إن المساعدات ستصل قريبا.", "وقال نعيم إن المحادثات مستمرة."],
      targetParagraphs: ["The World Food Program said aid would arrive soon.", "Naeem said the talks were continuing."],
    })
  ).id;
});

describe("importing a TBX termbase into a pair's glossary", () => {
  it("refuses a hostile file (billion laughs, XXE) and a file without the pair, writing nothing", async () => {
    const before = await counts();
    session.actor = editor;
    const laughs = await importGlossaryAction(uploadForm("laughs.tbx", fixture("billion-laughs.tbx")));
    expect(laughs).toMatchObject({ ok: false, error: { code: "glossary.xml.entities-forbidden", messageKey: "import:errors.xml.entities-forbidden", params: { fileName: "laughs.tbx" } } });
    await expect(importGlossaryTbx({ actor: editor, sourceLang: "ar", targetLang: "en", tbx: fixture("internal-subset-xxe.tbx"), fileName: "xxe.tbx" })).rejects.toMatchObject({
      code: "glossary.xml.entities-forbidden",
      status: 422,
    });
    await expect(importGlossaryTbx({ actor: editor, sourceLang: "ar", targetLang: "en", tbx: fixture("core-v3-basic.tbx"), fileName: "v3.tbx" })).rejects.toMatchObject({
      code: "glossary.tbx.languages-missing",
      params: { fileName: "v3.tbx", languages: "ar, fr", sourceLang: "ar", targetLang: "en" },
    });
    // Every entry skipped: nothing to import.
    const onlyBroken = `<martif type="TBX-Basic"><text><body><termEntry id="b1"><langSet xml:lang="ar"><tig><term>كلمة</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry></body></text></martif>`;
    await expect(importGlossaryTbx({ actor: editor, sourceLang: "ar", targetLang: "en", tbx: onlyBroken })).rejects.toMatchObject({ code: "glossary.no-entries" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a viewer (403) and writes nothing", async () => {
    const before = await counts();
    await expect(importGlossaryTbx({ actor: viewer, sourceLang: "ar", targetLang: "en", tbx: fixture("multiterm-basic-2008.tbx") })).rejects.toMatchObject({ code: "auth.forbidden", status: 403 });
    session.actor = viewer;
    expect(await importGlossaryAction(uploadForm("newsroom.tbx", fixture("multiterm-basic-2008.tbx")))).toMatchObject({ ok: false, error: { code: "auth.forbidden" } });
    expect(await counts()).toEqual(before);
  });

  it("imports the 2008 file through the page action: entries upserted, one audit entry, forbidden variants become glossary findings", async () => {
    const before = await counts();
    session.actor = editor;
    const result = await importGlossaryAction(uploadForm("newsroom.tbx", fixture("multiterm-basic-2008.tbx")));
    expect(result).toEqual({
      ok: true,
      data: {
        count: 4,
        format: "tbx",
        warnings: [
          { code: "entry-without-term", params: { fileName: "newsroom.tbx", entryId: "gaza-strip", lang: "en" } },
          { code: "entry-without-term", params: { fileName: "newsroom.tbx", entryId: "old-name", lang: "en" } },
          { code: "other-languages", params: { fileName: "newsroom.tbx", languages: "fr", count: 1, sourceLang: "ar", targetLang: "en" } },
        ],
      },
    });
    expect(await counts()).toEqual({ glossary: before.glossary + 4, audit: before.audit + 1 });
    const rows = await db.glossaryEntry.findMany({ where: { sourceLang: "ar", targetLang: "en" }, orderBy: { source: "asc" } });
    expect(rows.map((r) => [r.source, r.target, r.forbidden, r.type, r.note])).toEqual([
      ["برنامج الأغذية العالمي", "World Food Programme", ["World Food Program"], "organization", "UN food-assistance agency"],
      ["نعيم", "Naim", ["Naeem", "Na'im"], "person", "Hamas spokesman"],
      ["هدنة", "ceasefire", ["cease-fire"], "term", "An agreed halt to fighting"],
      ["وقف إطلاق النار", "ceasefire", ["cease-fire"], "term", "An agreed halt to fighting"],
    ]);
    const audit = await db.auditEntry.findFirst({ where: { action: "glossary.import" }, orderBy: { createdAt: "desc" } });
    expect(audit && { entityId: audit.entityId, details: audit.details }).toEqual({ entityId: "ar-en", details: { count: 4, format: "tbx", fileName: "newsroom.tbx", skipped: 2 } });

    const glossaryFindings = (await getArticleReview({ actor: viewer, articleId })).findings.filter((f) => f.check === "glossary");
    expect(glossaryFindings.map((f) => [f.text, f.suggestion]).sort()).toEqual([
      ["Naeem", "Naim"],
      ["World Food Program", "World Food Programme"],
    ]);
  });

  it("upserts by source term on a second import (CSV or TBX told apart by name and content)", async () => {
    const before = await counts();
    const csv = new TextEncoder().encode("source,target,forbidden,type,note\nنعيم,Bassem Naim,Naeem,person,\n");
    expect(await importGlossaryFile({ actor: editor, sourceLang: "ar", targetLang: "en", fileName: "names.txt", bytes: csv })).toEqual({ count: 1, warnings: [], format: "csv" });
    const v3 = fixture("core-v3-basic.tbx");
    // A .txt name, but the content is a TBX: it is read as TBX (pair ar → fr).
    expect(await importGlossaryFile({ actor: editor, sourceLang: "ar", targetLang: "fr", fileName: "election-terms.txt", bytes: v3 })).toMatchObject({ count: 2, format: "tbx" });
    expect(await counts()).toEqual({ glossary: before.glossary + 2, audit: before.audit + 2 });
    expect(await db.glossaryEntry.findFirst({ where: { sourceLang: "ar", targetLang: "en", source: "نعيم" }, select: { target: true, forbidden: true } })).toEqual({ target: "Bassem Naim", forbidden: ["Naeem"] });
  });
});

describe("exporting a pair's glossary", () => {
  it("TBX: a viewer downloads the pair; the file reads back to the same entries", async () => {
    session.actor = viewer;
    const response = await exportRequest("format=tbx&source=ar&target=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tbx+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain('filename="glossary-ar-en.tbx"');
    const body = await response.text();
    expect(body).toContain(`<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">`);
    expect(parseTbx(body, { sourceLang: "ar", targetLang: "en" }).entries).toEqual([
      { source: "برنامج الأغذية العالمي", target: "World Food Programme", forbidden: ["World Food Program"], type: "organization", note: "UN food-assistance agency" },
      // Replaced as a whole by the CSV row, whose note is empty.
      { source: "نعيم", target: "Bassem Naim", forbidden: ["Naeem"], type: "person" },
      { source: "هدنة", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "An agreed halt to fighting" },
      { source: "وقف إطلاق النار", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "An agreed halt to fighting" },
    ]);
  });

  it("CSV: the file the CSV import reads", async () => {
    session.actor = viewer;
    const response = await exportRequest("format=csv&source=ar&target=fr");
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toBe(
      "source,target,forbidden,type,note\r\n" +
        "المفوضية العليا للانتخابات,Instance supérieure & indépendante pour les élections,Haute Commission électorale,organization,Autorité chargée d'organiser les scrutins\r\n" +
        "صندوق الاقتراع,urne,,term,\"Said of the physical box, not the vote\"\r\n",
    );
    expect(parseGlossaryCsv(body)).toEqual([
      { source: "المفوضية العليا للانتخابات", target: "Instance supérieure & indépendante pour les élections", forbidden: ["Haute Commission électorale"], type: "organization", note: "Autorité chargée d'organiser les scrutins" },
      { source: "صندوق الاقتراع", target: "urne", forbidden: [], type: "term", note: "Said of the physical box, not the vote" },
    ]);
  });

  it("refuses a bad query (422) and a signed-out request (401)", async () => {
    session.actor = viewer;
    expect((await exportRequest("format=pdf&source=ar&target=en")).status).toBe(422);
    expect((await exportRequest("format=tbx&source=ar")).status).toBe(422);
    expect(await (await exportRequest("format=tbx&source=ar&target=ar")).json()).toEqual({ error: "language.unknown" });
    session.actor = null;
    expect((await exportRequest("format=tbx&source=ar&target=en")).status).toBe(401);
  });
});

describe("tadqiq glossary import|export (the real launcher, its own database copy)", () => {
  const repo = path.resolve(__dirname, "../..");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-cli-glossary-"));
  const dbFile = path.join(tmp, "cli.db");
  fs.copyFileSync(process.env.TADQIQ_TEMPLATE_DB!, dbFile);
  const tadqiq = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(path.join(repo, "bin", "tadqiq"), args, { cwd: tmp, encoding: "utf8", timeout: 120_000, env: { ...process.env, DATABASE_URL: `file:${dbFile}` } }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      });
    });
  const fixturePath = (name: string) => path.join(repo, "tests/fixtures/formats", name);

  it("imports a TBX (warnings on stderr), refuses a hostile one (exit 2), exports TBX and CSV", { timeout: 240_000 }, async () => {
    const imported = await tadqiq(["glossary", "import", fixturePath("multiterm-basic-2008.tbx"), "--source-lang", "ar-EG", "--target-lang", "en"]);
    expect(imported.code).toBe(0);
    expect(imported.stderr.split("\n").filter(Boolean).map((line) => line.replace(`${fixturePath("")}/`, ""))).toEqual([
      "tadqiq glossary: warning: multiterm-basic-2008.tbx: entry gaza-strip has no usable en term; it was skipped.",
      "tadqiq glossary: warning: multiterm-basic-2008.tbx: entry old-name has no usable en term; it was skipped.",
      "tadqiq glossary: warning: multiterm-basic-2008.tbx also holds fr; only ar → en was read.",
      "tadqiq glossary: imported 4 entries (tbx) into ar → en",
    ]);
    const refused = await tadqiq(["glossary", "import", fixturePath("billion-laughs.tbx"), "--source-lang", "ar", "--target-lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("declarations inside a DOCTYPE (ENTITY, ELEMENT, ATTLIST) are not allowed. (nothing was written)");
    const csv = await tadqiq(["glossary", "export", "--source-lang", "ar", "--target-lang", "en", "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(
      "source,target,forbidden,type,note\r\n" +
        "برنامج الأغذية العالمي,World Food Programme,World Food Program,organization,UN food-assistance agency\r\n" +
        "نعيم,Naim,Naeem;Na'im,person,Hamas spokesman\r\n" +
        "هدنة,ceasefire,cease-fire,term,An agreed halt to fighting\r\n" +
        "وقف إطلاق النار,ceasefire,cease-fire,term,An agreed halt to fighting\r\n",
    );
    const out = path.join(tmp, "out.tbx");
    const tbx = await tadqiq(["glossary", "export", "--source-lang", "ar", "--target-lang", "en", "-o", out]);
    expect(tbx.code).toBe(0);
    expect(parseTbx(fs.readFileSync(out), { sourceLang: "ar", targetLang: "en" }).entries.map((e) => [e.source, e.target, e.forbidden])).toEqual([
      ["برنامج الأغذية العالمي", "World Food Programme", ["World Food Program"]],
      ["نعيم", "Naim", ["Naeem", "Na'im"]],
      ["هدنة", "ceasefire", ["cease-fire"]],
      ["وقف إطلاق النار", "ceasefire", ["cease-fire"]],
    ]);
    expect((await tadqiq(["glossary", "export", "--source-lang", "ar"])).code).toBe(2);
  });
});
