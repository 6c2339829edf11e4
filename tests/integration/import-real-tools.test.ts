import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/server/actor";
import { db } from "../../lib/server/db";
import { importArticle } from "../../lib/server/article/import-article";
import { getExportArticle } from "../../lib/server/article/get-export-article";
import { exportArticle } from "../../lib/formats";

const editor: Actor = { userId: null, name: "Salma", role: "editor" };
const fixture = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/formats", name))) });

async function rowsOf(id: string) {
  const rows = await db.alignmentRow.findMany({ where: { articleId: id }, orderBy: { position: "asc" }, include: { paragraphs: { orderBy: { position: "asc" } } } });
  return rows.map((row) => ({
    externalId: row.externalId,
    notes: row.notes as string[],
    reviewed: row.reviewed,
    source: row.paragraphs.filter((p) => p.side === "source").map((p) => p.text),
    target: row.paragraphs.filter((p) => p.side === "target").map((p) => p.text),
  }));
}

describe("importing files from real tools into articles", () => {
  it("po2xliff XLIFF 1.2: no row for the PO header or the translate=\"no\" units; needs-* units stay unreviewed and export as needs-review-translation, not \"translated\"", async () => {
    const result = await importArticle({ actor: editor, files: [fixture("po2xliff-style-1.2.xlf")] });
    expect(result).toMatchObject({ kind: "bilingual", sourceLang: "ar", targetLang: "en", rows: 3 });
    expect(result.warnings).toEqual([{ fileName: "po2xliff-style-1.2.xlf", code: "untranslatable-skipped", params: { count: 2, fileName: "po2xliff-style-1.2.xlf" } }]);
    expect(await rowsOf(result.id)).toEqual([
      { externalId: "headline", notes: ["Headline, keep under 60 characters."], reviewed: true, source: ["اللجنة تعلن موعد الانتخابات"], target: ["Commission announces election date"] },
      { externalId: "p1", notes: ["Body text of the article."], reviewed: false, source: ["تجري الانتخابات في 14 أيار/مايو."], target: ["The elections will be held on 4 May."] },
      { externalId: "p2", notes: [], reviewed: false, source: ["ودُعي 62 مليون ناخب إلى الاقتراع."], target: ["62 million voters."] },
    ]);
    const xliff12 = (await exportArticle(await getExportArticle({ actor: editor, articleId: result.id }), "xliff12")).body as string;
    expect([...xliff12.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>[^<]*<\/source>\s*<target state="([^"]+)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ["headline", "final"],
      ["p1", "needs-review-translation"],
      ["p2", "needs-review-translation"],
    ]);
    expect(xliff12).not.toContain("Project-Id-Version");
  });

  it("XLIFF 2.1: targets in their order, the ignorable's space kept, file and group notes on rows, the incomplete unit unreviewed and reported", async () => {
    const result = await importArticle({ actor: editor, files: [fixture("order-ignorable-2.1.xlf")] });
    expect(result.rows).toBe(4);
    expect(result.warnings.map(({ code, params }) => [code, params])).toEqual([
      ["untranslatable-skipped", { count: 1, fileName: "order-ignorable-2.1.xlf" }],
      ["segments-without-target", { count: 1, units: "u3", fileName: "order-ignorable-2.1.xlf" }],
    ]);
    expect((await rowsOf(result.id)).map(({ externalId, notes, reviewed, target }) => ({ externalId, notes, reviewed, target }))).toEqual([
      { externalId: "u1", notes: ["House style: British spelling."], reviewed: true, target: ["Floods will hit 12 provinces, the weather office said on Tuesday."] },
      { externalId: "u2", notes: [], reviewed: false, target: ["Phrase 1. Phrase 2."] },
      { externalId: "u3", notes: ["Quotes from the minister."], reviewed: false, target: ['The minister said: "We are ready."'] },
      { externalId: "u4", notes: [], reviewed: false, target: ["Schools were closed."] },
    ]);
  });

  it("OmegaT TMX with a DOCTYPE: one row per translation unit, languages from the file", async () => {
    const result = await importArticle({ actor: editor, files: [fixture("omegat-style.tmx")] });
    expect(result).toMatchObject({ kind: "bilingual", sourceLang: "ar", targetLang: "en", rows: 3, warnings: [] });
    expect((await rowsOf(result.id)).map((row) => row.target)).toEqual([
      ["Inflation rose to 7.2% in September."],
      ["The central bank said prices would stabilise."],
      ["The central bank expects prices to level off."],
    ]);
  });

  it("a Word pair with footnotes and a UTF-16LE text without BOM: clean paragraphs, the footnote warning", async () => {
    const result = await importArticle({
      actor: editor,
      files: [fixture("utf16le-no-bom.ar.txt"), fixture("footnotes.en.docx")],
      sourceLang: "ar",
      targetLang: "en",
      confirmScripts: true,
    });
    expect(result.warnings).toEqual([{ fileName: "footnotes.en.docx", code: "docx-footnotes", params: { count: 2, fileName: "footnotes.en.docx" } }]);
    const targets = (await rowsOf(result.id)).flatMap((row) => row.target);
    expect(targets).toEqual([
      "Inflation rises to 7.2%",
      "Inflation rose to 7.2% in September. Food prices led the rise.",
      "The central bank said prices would stabilise.",
      "Figures from the Central Agency for Statistics, March 2026.",
      "The bank did not say when the rate would change.",
    ]);
    const sources = (await rowsOf(result.id)).flatMap((row) => row.source);
    expect(sources).toEqual(["القاهرة — أعلنت الحكومة خطة جديدة للنقل العام.", "وتشمل الخطة 40 حافلة كهربائية."]);
    expect(result.title).toBe("Inflation rises to 7.2%");
  });
});
