import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";
import { createInstance } from "i18next";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { RedirectSignal, revalidated } from "../support/next-mocks";
import type { Actor } from "../../lib/server/actor";
import { AppError } from "../../lib/server/errors";
import { ECONOMY, ELECTIONS, makeDocx } from "../fixtures/files/documents";

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
const { importArticle } = await import("../../lib/server/article/import-article");
const { importArticleAction } = await import("../../app/articles/import/actions");
const { GET } = await import("../../app/articles/[id]/export/route");
const { updateParagraphText } = await import("../../lib/server/paragraph/update-paragraph-text");
const { createIssue } = await import("../../lib/server/issue/create-issue");
const { addIssueComment } = await import("../../lib/server/issue/add-issue-comment");
const { importFile, splitUnitParagraphs } = await import("../../lib/formats");
const { i18nOptions } = await import("../../lib/i18n/settings");

const editor: Actor = { userId: null, name: "Salma", role: "editor" };
const viewer: Actor = { userId: null, name: "Vera", role: "viewer" };
const fixturesDir = path.resolve(__dirname, "../fixtures/files");
const fixture = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(fixturesDir, name))) });
const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
/** The one importer warning of courts-1.2.xlf: {code, params}, worded only in the locales. */
const WARNING_COURTS = { fileName: "courts-1.2.xlf", code: "inline-tags", params: { count: 4, tags: "<g>, <x>", fileName: "courts-1.2.xlf" } };

async function counts() {
  const [articles, rows, paragraphs, audit] = await Promise.all([db.article.count(), db.alignmentRow.count(), db.paragraph.count(), db.auditEntry.count()]);
  return { articles, rows, paragraphs, audit };
}

async function rowsOf(id: string) {
  const rows = await db.alignmentRow.findMany({ where: { articleId: id }, orderBy: { position: "asc" }, include: { paragraphs: { orderBy: { position: "asc" } } } });
  return rows.map((row) => ({
    externalId: row.externalId,
    notes: row.notes as string[],
    reviewed: row.reviewed,
    origin: row.origin,
    source: row.paragraphs.filter((p) => p.side === "source").map((p) => p.text),
    target: row.paragraphs.filter((p) => p.side === "target").map((p) => p.text),
  }));
}

async function errorOf(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** i18next instances with the app's resources, to check that every key we return is translated in both languages. */
const translators = await Promise.all(
  (["en", "ar"] as const).map(async (lng) => {
    const instance = createInstance();
    await instance.init({ ...i18nOptions(lng), initAsync: false });
    return [lng, instance.getFixedT(lng)] as const;
  }),
);
function expectTranslated(messageKey: string, params: Record<string, string | number>) {
  for (const [lng, t] of translators) {
    const [ns, key] = messageKey.split(":") as [string, string];
    const resources = i18nOptions(lng).resources[lng]![ns] as Record<string, unknown>;
    const lookup = (dotted: string) => dotted.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
    // Counted messages exist as plural forms (key_one, key_other...).
    const exists = lookup(key) ?? lookup(`${key}_other`);
    expect(exists, `${lng} ${messageKey}`).toBeTypeOf("string");
    const message = t(messageKey, params);
    expect(message, `${lng} ${messageKey}`).not.toMatch(/\{\{/);
    if (params.fileName) expect(message).toContain(String(params.fileName));
  }
}

describe("importArticle: bilingual and monolingual files", () => {
  it("imports a .docx pair (Arabic RTL source, English translation): aligned rows, title from the Word heading", async () => {
    const files = [
      { name: "economy-ar.docx", bytes: await makeDocx(ECONOMY.source, { rtl: true }) },
      { name: "economy-en.docx", bytes: await makeDocx(ECONOMY.target) },
    ];
    const result = await importArticle({ actor: editor, files, sourceLang: "ar", targetLang: "en" });
    expect(result).toMatchObject({ kind: "monolingual", sourceLang: "ar", targetLang: "en", rows: ECONOMY.source.length, warnings: [] });
    const article = await db.article.findUniqueOrThrow({ where: { id: result.id } });
    expect(article.title).toBe(ECONOMY.target[0]);
    const rows = await rowsOf(result.id);
    expect(rows.map((row) => [row.source, row.target])).toEqual(ECONOMY.source.map((source, i) => [[source], [ECONOMY.target[i]]]));
    expect(rows.every((row) => row.origin === "auto" && row.externalId === null && !row.reviewed)).toBe(true);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { articleId: result.id, action: "article.import" } });
    expect((audit.details as { files: { name: string }[] }).files.map((f: { name: string }) => f.name)).toEqual(["economy-ar.docx", "economy-en.docx"]);
  });

  it("imports XLIFF 1.2: languages from the file, one row per unit with ids, notes, approval and flattened inline tags", async () => {
    const result = await importArticle({ actor: editor, files: [fixture("courts-1.2.xlf")] });
    expect(result).toMatchObject({ kind: "bilingual", sourceLang: "ar", targetLang: "en", rows: 4 });
    expect(result.warnings).toEqual([WARNING_COURTS]);
    expect(await rowsOf(result.id)).toEqual([
      {
        externalId: "c1",
        notes: ["Headline checked by the legal desk."],
        reviewed: true,
        origin: "import",
        source: ["المحكمة الإدارية العليا تلغي قرار هدم السوق القديم"],
        target: ["Supreme Administrative Court overturns demolition order for old market"],
      },
      {
        externalId: "c2",
        notes: [],
        reviewed: false,
        origin: "import",
        source: ["وقضت المحكمة بأن القرار صدر دون دراسة أثر بيئي."],
        target: ["The court ruled that the order was issued without an environmental impact study."],
      },
      {
        externalId: "c3",
        notes: ["Number to verify: 340 or 430?", "Ask the correspondent."],
        reviewed: false,
        origin: "import",
        source: ["ويملك التجار 340 محلاً في السوق منذ عام 1952."],
        target: ["Traders own 430 shops in the market since 1952."],
      },
      { externalId: "c4", notes: [], reviewed: false, origin: "import", source: ["ولم تعلق المحافظة على الحكم حتى مساء الأحد."], target: [] },
    ]);
    // QA ran on the imported pairs: the wrong number is found.
    const findings = await db.finding.findMany({ where: { articleId: result.id, check: "number-mismatch" } });
    expect(findings.length).toBeGreaterThan(0);
  });

  it("imports XLIFF 2.0 (Arabic → French): segment states, notes, multi-paragraph units", async () => {
    const result = await importArticle({ actor: editor, files: [fixture("health-2.0.xlf")], title: "حملة التطعيم" });
    expect(result).toMatchObject({ sourceLang: "ar", targetLang: "fr", rows: 3 });
    const rows = await rowsOf(result.id);
    expect(rows.map((row) => [row.externalId, row.reviewed, row.notes])).toEqual([
      ["h1", true, ["Titre validé par la rédaction."]],
      ["h2", false, []],
      ["h3", true, []],
    ]);
    expect(rows[0]!.target).toEqual(["Le ministère de la Santé a lancé une campagne pour vacciner deux millions d'enfants contre la rougeole. La campagne durera deux semaines."]);
    expect(rows[1]!.source).toEqual(["ودعت الوزارة الأهالي إلى مراجعة أقرب مركز."]);
    expect(rows[2]).toMatchObject({
      source: ["سجلت المحافظات الشمالية 120 إصابة.", "وتراجعت الإصابات في الجنوب."],
      target: ["Les provinces du nord ont enregistré 120 cas.", "Les cas ont reculé dans le sud."],
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: result.id } })).title).toBe("حملة التطعيم");
  });

  it("imports TMX with tuids and notes; explicit languages override the file's", async () => {
    const fromFile = await importArticle({ actor: editor, files: [fixture("sport.tmx")] });
    expect(fromFile).toMatchObject({ sourceLang: "ar", targetLang: "en", rows: 3 });
    const rows = await rowsOf(fromFile.id);
    expect(rows.map((row) => row.externalId)).toEqual(["s1", "s2", "s3"]);
    expect(rows[0]!.notes).toEqual(["Final score confirmed by the federation."]);
    expect(rows[1]!.target[0]).toContain("The striker scored");
    const overridden = await importArticle({ actor: editor, files: [fixture("sport.tmx")], sourceLang: "ar", targetLang: "de" });
    expect(overridden.targetLang).toBe("de");
  });

  it("takes an HTML file's declared language and title when none is chosen", async () => {
    const source = text("weather-ar.html", `<html lang="ar"><head><title>طقس</title></head><body><h1>عاصفة رملية تضرب الجنوب</h1><p>تصل سرعة الرياح إلى 70 كيلومتراً في الساعة.</p></body></html>`);
    const target = text("weather-en.html", `<html lang="en-GB"><body><h1>Sandstorm hits the south</h1><p>Wind speeds will reach 70 kilometres per hour.</p></body></html>`);
    const result = await importArticle({ actor: editor, files: [source, target] });
    expect(result).toMatchObject({ sourceLang: "ar", targetLang: "en", title: "Sandstorm hits the south" });
  });
});

describe("importArticle refuses bad input specifically and writes nothing", () => {
  const latin1 = new Uint8Array([...new TextEncoder().encode("Le march"), 0xe9, ...new TextEncoder().encode(" a baiss\u00e9.")].slice(0, 18));
  const tooManyParagraphs = Array.from({ length: 2001 }, (_, i) => `Paragraph ${i}.`).join("\n");
  const cases: { name: string; files: () => Promise<{ name: string; bytes: Uint8Array }[]>; langs?: { sourceLang?: string; targetLang?: string }; code: string; params?: Record<string, unknown>; file?: string; message?: RegExp }[] = [
    { name: "malformed XML", files: async () => [fixture("malformed.xlf")], code: "import.xml.malformed", params: { fileName: "malformed.xlf" }, file: "bilingual" },
    { name: "billion laughs", files: async () => [fixture("billion-laughs.xlf")], code: "import.xml.entities-forbidden", file: "bilingual" },
    {
      name: "an XLIFF 2.0 unit without <source>",
      files: async () => [fixture("unit-without-source-2.0.xlf")],
      code: "import.xliff.unit-without-source",
      params: { unitId: "7", version: "2.0", fileName: "unit-without-source-2.0.xlf" },
      message: /^unit-without-source-2\.0\.xlf: XLIFF 2\.0: <unit id="7"> has no <source>$/,
    },
    {
      name: "a truncated .docx",
      files: async () => {
        const whole = await makeDocx(ECONOMY.target);
        return [text("ar.txt", ECONOMY.source.join("\n")), { name: "cut.docx", bytes: whole.slice(0, Math.floor(whole.length / 2)) }];
      },
      langs: { sourceLang: "ar", targetLang: "en" },
      code: "import.docx.corrupt",
      params: { fileName: "cut.docx" },
      file: "target",
    },
    {
      name: "a Latin-1 .txt",
      files: async () => [{ name: "fr-latin1.txt", bytes: latin1 }, text("en.txt", "The market fell.")],
      langs: { sourceLang: "fr", targetLang: "en" },
      code: "import.encoding.invalid-utf8",
      params: { fileName: "fr-latin1.txt", offset: 8 },
      file: "source",
    },
    {
      name: "a file over 10 MB",
      files: async () => [text("ar.txt", "نص قصير."), { name: "huge.txt", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) }],
      langs: { sourceLang: "ar", targetLang: "en" },
      code: "import.file.too-large",
      params: { fileName: "huge.txt", limitMb: 10 },
      file: "target",
    },
    { name: "over 2,000 paragraphs", files: async () => [text("ar.txt", "نص."), text("long.txt", tooManyParagraphs)], langs: { sourceLang: "ar", targetLang: "en" }, code: "import.too-many-paragraphs", params: { count: 2001, limit: 2000 } },
    { name: "an empty file", files: async () => [text("ar.txt", ""), text("en.txt", "Text.")], langs: { sourceLang: "ar", targetLang: "en" }, code: "import.file.empty", file: "source" },
    { name: "a PDF", files: async () => [text("ar.pdf", "%PDF-1.4"), text("en.txt", "Text.")], langs: { sourceLang: "ar", targetLang: "en" }, code: "import.file.unsupported-type", params: { extension: ".pdf" } },
    { name: "a bilingual file in a pair", files: async () => [text("ar.txt", "نص."), fixture("sport.tmx")], langs: { sourceLang: "ar", targetLang: "en" }, code: "import.expected-monolingual", file: "target" },
    { name: "one monolingual file", files: async () => [text("ar.txt", "نص.")], code: "import.expected-bilingual" },
    { name: "three files", files: async () => [text("a.txt", "a"), text("b.txt", "b"), text("c.txt", "c")], code: "import.file-count" },
    { name: "a .docx pair without languages", files: async () => [{ name: "ar.docx", bytes: await makeDocx(ELECTIONS.source, { rtl: true }) }, { name: "fr.docx", bytes: await makeDocx(ELECTIONS.target) }], code: "import.language-missing.source" },
    {
      name: "an unsupported language in the file",
      files: async () => [text("sw.xlf", `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="sw" trgLang="en"><file id="f"><unit id="1"><segment><source>Habari</source><target>News</target></segment></unit></file></xliff>`)],
      code: "import.language-unsupported",
      params: { lang: "sw" },
    },
    { name: "the same language twice", files: async () => [fixture("sport.tmx")], langs: { targetLang: "ar" }, code: "language.same" },
    {
      name: "an XLIFF whose targets are all empty",
      files: async () => [text("untranslated.xlf", `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ar" target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1"><source>نص</source></trans-unit></body></file></xliff>`)],
      code: "import.no-paragraphs.target",
    },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.code}`, async () => {
      const files = await c.files();
      const before = await counts();
      const error = await errorOf(() => importArticle({ actor: editor, files, ...c.langs }));
      expect(error.code).toBe(c.code);
      expect(error.status).toBe(422);
      if (c.params) expect(error.params).toMatchObject(c.params);
      if (c.file) expect(error.details).toMatchObject({ file: c.file });
      if (c.message) expect(error.message).toMatch(c.message);
      if (error.messageKey.startsWith("import:")) expectTranslated(error.messageKey, error.params);
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a viewer before reading the files", async () => {
    const before = await counts();
    const error = await errorOf(() => importArticle({ actor: viewer, files: [fixture("sport.tmx")] }));
    expect([error.code, error.status]).toEqual(["auth.forbidden", 403]);
    expect(await counts()).toEqual(before);
  });
});

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
const file = (entry: { name: string; bytes: Uint8Array }) => new File([new Uint8Array(entry.bytes)], entry.name);

describe("importArticleAction", () => {
  it("opens the review page when the import has no warnings", async () => {
    session.actor = editor;
    const data = form({
      mode: "pair",
      sourceLang: "ar",
      targetLang: "fr",
      title: "",
      sourceFile: file({ name: "ar.docx", bytes: await makeDocx(ELECTIONS.source, { rtl: true }) }),
      targetFile: file({ name: "fr.docx", bytes: await makeDocx(ELECTIONS.target) }),
    });
    const signal = await importArticleAction(null, data).then(
      () => null,
      (error: unknown) => error,
    );
    expect(signal).toBeInstanceOf(RedirectSignal);
    const id = (signal as RedirectSignal).url.replace("/articles/", "");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).targetLang).toBe("fr");
    expect(revalidated).toContain("/");
  });

  it("returns the warnings (translatable) instead of redirecting", async () => {
    const result = await importArticleAction(null, form({ mode: "bilingual", sourceLang: "", targetLang: "", title: "", bilingualFile: file(fixture("courts-1.2.xlf")) }));
    expect(result?.ok).toBe(true);
    if (result?.ok) {
      expect(result.data.rows).toBe(4);
      expect(result.data.warnings).toEqual([WARNING_COURTS]);
      for (const warning of result.data.warnings) expectTranslated(`import:warnings.${warning.code}`, warning.params);
    }
  });

  it("reports a missing file as a field error and a bad file with its translated message", async () => {
    const missing = await importArticleAction(null, form({ mode: "pair", sourceLang: "ar", targetLang: "en", title: "", sourceFile: file(text("ar.txt", "نص.")) }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { targetFile: "import:form.fileRequired" } });
    const bad = await importArticleAction(null, form({ mode: "bilingual", sourceLang: "", targetLang: "", title: "", bilingualFile: file(fixture("unit-without-source-2.0.xlf")) }));
    expect(bad).toMatchObject({ ok: false, error: { code: "import.xliff.unit-without-source", messageKey: "import:errors.xliff.unit-without-source", params: { unitId: "7" }, details: { file: "bilingual" } } });
    const same = await importArticleAction(null, form({ mode: "bilingual", sourceLang: "en", targetLang: "en", title: "", bilingualFile: file(fixture("sport.tmx")) }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { targetLang: "errors:language.same" } });
  });

  it("refuses when nobody is signed in, without reading the files", async () => {
    session.actor = null;
    const before = await counts();
    const result = await importArticleAction(null, form({ mode: "bilingual", sourceLang: "", targetLang: "", title: "", bilingualFile: file(fixture("sport.tmx")) }));
    expect(result).toMatchObject({ ok: false, error: { code: "auth.required" } });
    expect(await counts()).toEqual(before);
    session.actor = editor;
  });
});

describe("GET /articles/[id]/export", () => {
  let articleId = "";
  let xliffArticleId = "";
  const corrected = "The central bank raised its key interest rate by 75 basis points to 11.25 percent on Thursday.";

  const get = (id: string, query: string) => GET(new Request(`http://localhost/articles/${id}/export?${query}`), { params: Promise.resolve({ id }) });

  beforeAll(async () => {
    session.actor = editor;
    const imported = await importArticle({
      actor: editor,
      files: [
        { name: "economy-ar.docx", bytes: await makeDocx(ECONOMY.source, { rtl: true }) },
        { name: "economy-en.docx", bytes: await makeDocx(ECONOMY.target) },
      ],
      sourceLang: "ar",
      targetLang: "en",
      title: "الفائدة ترتفع",
    });
    articleId = imported.id;
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "target", position: 1 } });
    await updateParagraphText({ actor: editor, paragraphId: paragraph.id, expectedVersion: paragraph.version, text: corrected });
    const inflation = await db.paragraph.findFirstOrThrow({ where: { articleId, side: "target", position: 2 } });
    const quote = "highest level";
    const start = inflation.text.indexOf(quote);
    const issue = await createIssue({ actor: editor, paragraphId: inflation.id, start, end: start + quote.length, category: "accuracy", subcategory: "mistranslation", severity: "major", comment: "Source says highest since 2017 only for food prices" });
    await addIssueComment({ actor: editor, issueId: issue.id, body: "Checked with the desk." });
    xliffArticleId = (await importArticle({ actor: editor, files: [fixture("courts-1.2.xlf")] })).id;
  });

  it("downloads the corrected .docx: paragraphs in order, with the correction", async () => {
    const response = await get(articleId, "format=docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("الفائدة-ترتفع.docx")}`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    const paragraphs = value.split("\n").map((line) => line.trim()).filter(Boolean);
    expect(paragraphs).toEqual(["الفائدة ترتفع", ECONOMY.target[0], corrected, ...ECONOMY.target.slice(2)]);
  });

  it("writes tracked changes against the imported translation when asked", async () => {
    const response = await get(articleId, "format=docx&trackChanges=1");
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:ins [^>]*w:author="Salma"/);
    expect(xml).toContain("<w:delText");
    expect(xml).toContain("key");
    expect(xml).toMatch(/<w:delText[^>]*>main/);
    const plain = await JSZip.loadAsync(await (await get(articleId, "format=docx")).arrayBuffer());
    expect(await plain.file("word/document.xml")!.async("string")).not.toContain("<w:ins ");
  });

  it("exports XLIFF that imports back to the same pairs, unit ids and review states", async () => {
    for (const id of [articleId, xliffArticleId]) {
      const response = await get(id, "format=xliff");
      expect(response.headers.get("content-type")).toContain("xliff");
      const back = await importFile(new Uint8Array(await response.arrayBuffer()), "back.xlf");
      if (back.kind !== "bilingual") throw new Error("expected a bilingual file");
      const rows = await rowsOf(id);
      expect(back.doc.units.map((unit) => [splitUnitParagraphs(unit.source), splitUnitParagraphs(unit.target)])).toEqual(rows.map((row) => [row.source, row.target]));
      expect(back.doc.units.map((unit) => unit.approved)).toEqual(rows.map((row) => row.reviewed));
      if (id === xliffArticleId) {
        expect(back.doc.units.map((unit) => unit.id)).toEqual(["c1", "c2", "c3", "c4"]);
        expect(back.doc.units[2]!.notes.slice(0, 2)).toEqual(["Number to verify: 340 or 430?", "Ask the correspondent."]);
      }
    }
  });

  it("exports a review report: CSV with the issue and findings, HTML scorecard with the score and the correction", async () => {
    const csv = await (await get(articleId, "format=report-csv")).text();
    // Headers and values in the interface language (English here): the issue's row, numbered from 1 like the review page.
    expect(csv).toContain("Entry,Id,Row,Side,Paragraph,Category,Severity,Status,");
    expect(csv).toMatch(/\r\nIssue,[a-z0-9]+,3,translation,3,Accuracy \/ mistranslation,Major,Open,highest level,/);
    expect(csv).toContain("Source says highest since 2017 only for food prices");
    expect(csv).toContain("mistranslation");
    const htmlResponse = await get(articleId, "format=report-html");
    expect(htmlResponse.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(htmlResponse.headers.get("content-security-policy")).toContain("sandbox");
    const html = await htmlResponse.text();
    expect(html).toContain("Quality score");
    expect(html).toMatch(/FAIL|PASS/);
    expect(html).toContain(corrected);
    expect(html).toContain(ECONOMY.target[1]);
    expect(html).toContain("highest level");
    expect(html).toContain("Salma");
  });

  it("exports everything as JSON: issues with comment counts, corrections, undecided findings, score", async () => {
    const json = JSON.parse(await (await get(articleId, "format=json")).text());
    expect(json).toMatchObject({ format: "tadqiq-article", title: "الفائدة ترتفع", sourceLang: "ar", targetLang: "en" });
    expect(json.issues).toEqual([expect.objectContaining({ category: "accuracy", severity: "major", status: "open", comments: 1, row: 2, side: "target", paragraph: 2, text: "highest level" })]);
    expect(json.revisions).toEqual([expect.objectContaining({ paragraph: 1, before: ECONOMY.target[1], after: corrected, author: "Salma", kind: "edit" })]);
    expect(json.score).toMatchObject({ penaltyPoints: 5, passed: expect.any(Boolean) });
    expect(json.score.value).toBeLessThan(100);
    expect(Array.isArray(json.findings)).toBe(true);
    expect(json.rows[2].notes.join(" ")).toContain("highest level");
    const xliffJson = JSON.parse(await (await get(xliffArticleId, "format=json")).text());
    expect(xliffJson.rows.map((row: { id: string }) => row.id)).toEqual(["c1", "c2", "c3", "c4"]);
  });

  it("answers errors as JSON: unknown format 422, unknown article 404, nobody signed in 401", async () => {
    const unknownFormat = await get(articleId, "format=pdf");
    expect([unknownFormat.status, await unknownFormat.json()]).toEqual([422, { error: "export.unknown-format" }]);
    const missing = await get("no-such-article", "format=txt");
    expect([missing.status, await missing.json()]).toEqual([404, { error: "article.not-found" }]);
    session.actor = null;
    const anonymous = await get(articleId, "format=txt");
    expect([anonymous.status, await anonymous.json()]).toEqual([401, { error: "auth.required" }]);
    session.actor = viewer;
    expect((await get(articleId, "format=txt")).status).toBe(200);
    session.actor = editor;
  });
});
