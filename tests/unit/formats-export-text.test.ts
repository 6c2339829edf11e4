import { describe, expect, it } from "vitest";
import { contentDisposition, exportArticle, exportFileName } from "../../lib/formats/index";
import { exportHtml, exportMarkdown, exportTxt, targetParagraphs } from "../../lib/formats/export-text";
import { parseMarkdown } from "../../lib/formats/import/markdown";
import { parseHtml } from "../../lib/formats/import/html";
import { splitParagraphs } from "../../lib/formats/import/text";
import type { ExportArticle } from "../../lib/formats/types";
import { ARTICLES } from "../fixtures/formats/articles";

const hostile: ExportArticle = {
  id: "h",
  title: `</title><script>alert("t")</script>`,
  sourceLang: "ar",
  targetLang: "ar",
  status: "draft",
  rows: [
    { source: ["x"], target: [`<img src=x onerror="alert(1)"> & <b>bold</b>`], originalTarget: [""], reviewed: false },
    { source: ["y"], target: ["سطر\nمكسور"], originalTarget: [""], reviewed: false },
  ],
};

describe("targetParagraphs / exportTxt", () => {
  it.each(ARTICLES.map((article) => [article.id, article] as const))("%s: txt holds every corrected paragraph, in order", (_id, article) => {
    const expected = article.rows.flatMap((row) => row.target).filter((text) => text.trim() !== "");
    const text = exportTxt(article);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.trimEnd().split("\n\n")).toEqual(expected);
    // The text importer reads it back paragraph for paragraph.
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it("flattens line breaks inside a paragraph", () => {
    expect(targetParagraphs(hostile)).toEqual([`<img src=x onerror="alert(1)"> & <b>bold</b>`, "سطر مكسور"]);
  });

  it("returns an empty string for an article without target text", () => {
    expect(exportTxt({ ...hostile, rows: [] })).toBe("");
  });
});

describe("exportMarkdown", () => {
  it.each(ARTICLES.map((article) => [article.id, article] as const))("%s: round-trips through the Markdown reader", (_id, article) => {
    const markdown = exportMarkdown(article);
    expect(markdown.startsWith(`# `)).toBe(true);
    const parsed = parseMarkdown(markdown);
    expect(parsed.title).toBe(article.title);
    expect(parsed.paragraphs).toEqual([article.title, ...targetParagraphs(article)]);
  });

  it.each([
    ["# heading-like", "\\# heading-like"],
    ["- dash", "\\- dash"],
    ["1. numbered", "1\\. numbered"],
    ["*bold* and _it_", "\\*bold\\* and \\_it\\_"],
    ["a <b> tag", "a \\<b\\> tag"],
    ["AT&T &amp; co", "AT&T \\&amp; co"],
    ["قال «نعم»", "قال «نعم»"],
  ])("escapes %j", (input, expected) => {
    const markdown = exportMarkdown({ ...hostile, title: "", rows: [{ source: [], target: [input], originalTarget: [input], reviewed: false }] });
    expect(markdown).toBe(`${expected}\n`);
    expect(parseMarkdown(markdown).paragraphs).toEqual([input]);
  });
});

describe("exportHtml", () => {
  it.each([
    ["ar", "rtl"],
    ["en", "ltr"],
    ["fa-IR", "rtl"],
    ["fr", "ltr"],
    ["ur", "rtl"],
  ])("sets lang=%s dir=%s", (lang, dir) => {
    const html = exportHtml({ ...ARTICLES[0], targetLang: lang });
    expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
    expect(html).toContain(`<meta charset="utf-8">`);
    if (dir === "rtl") expect(html).toContain(`"Noto Naskh Arabic"`);
  });

  it("escapes everything and contains no script", () => {
    const html = exportHtml(hostile);
    expect(html).not.toMatch(/<script|<img|onerror="|<b>/i);
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    // Reading our own page back gives the text, not markup.
    expect(parseHtml(html).paragraphs).toEqual([hostile.title, ...targetParagraphs(hostile)]);
  });

  it("rejects a hostile language tag", () => {
    const html = exportHtml({ ...hostile, targetLang: `en" onload="x` });
    expect(html).toContain(`<html lang="und" dir="ltr">`);
  });
});

describe("file names", () => {
  it.each([
    ["Central bank holds rates", "docx", {}, "central-bank-holds-rates.docx"],
    ["Le Raja remporte la coupe — été", "md", {}, "le-raja-remporte-la-coupe-ete.md"],
    ["البرلمان يقر القانون", "txt", {}, "article.txt"],
    ["البرلمان يقر القانون", "txt", { unicode: true }, "البرلمان-يقر-القانون.txt"],
    ["../../etc/passwd", "json", {}, "etc-passwd.json"],
    ["a/b\\c:d*e?f", "html", { unicode: true }, "a-b-c-d-e-f.html"],
    ["Central bank holds rates", "xliff21.xlf", {}, "central-bank-holds-rates-xliff21.xlf"],
    ["Central bank holds rates", "xliff12.xlf", {}, "central-bank-holds-rates-xliff12.xlf"],
    ["البرلمان يقر القانون", "xliff21.xlf", { unicode: true }, "البرلمان-يقر-القانون-xliff21.xlf"],
    ["Title", "", {}, "title"],
  ])("exportFileName(%j, %s)", (title, extension, options, expected) => {
    expect(exportFileName(title, extension, options)).toBe(expected);
  });

  it("caps slug length", () => {
    expect(exportFileName("word ".repeat(100), "txt").length).toBeLessThanOrEqual(84);
  });

  it.each([
    ["central-bank.docx", `attachment; filename="central-bank.docx"; filename*=UTF-8''central-bank.docx`],
    ["البرلمان.txt", `attachment; filename="article.txt"; filename*=UTF-8''%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86.txt`],
    [`evil"\r\nX-Header: 1.txt`, `attachment; filename="evil-x-header-1.txt"; filename*=UTF-8''evil___X-Header%3A%201.txt`],
  ])("contentDisposition(%j)", (fileName, expected) => {
    const header = contentDisposition(fileName);
    expect(header).toBe(expected);
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe("exportArticle", () => {
  it.each([
    ["txt", "text/plain; charset=utf-8", "txt"],
    ["md", "text/markdown; charset=utf-8", "md"],
    ["html", "text/html; charset=utf-8", "html"],
    ["json", "application/json; charset=utf-8", "json"],
    ["xliff", "application/xliff+xml; charset=utf-8", "xliff21.xlf"],
    ["xliff12", "application/xliff+xml; charset=utf-8", "xliff12.xlf"],
    ["tmx", "application/x-tmx+xml; charset=utf-8", "tmx"],
  ] as const)("%s → %s", async (format, contentType, extension) => {
    const file = await exportArticle(ARTICLES[1], format);
    expect(file.contentType).toBe(contentType);
    expect(file.extension).toBe(extension);
    expect(typeof file.body).toBe("string");
    expect(file.body as string).toContain("Raja");
  });

  it("docx is binary (a zip)", async () => {
    const file = await exportArticle(ARTICLES[2], "docx");
    expect(file.body).toBeInstanceOf(Uint8Array);
    expect(Array.from((file.body as Uint8Array).subarray(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("json keeps the article and extra review fields", async () => {
    const article = { ...ARTICLES[0], score: { value: 97.5, passed: true, threshold: 95 }, custom: { exportedBy: "cli" } };
    const parsed = JSON.parse((await exportArticle(article, "json")).body as string);
    expect(parsed.rows).toEqual(ARTICLES[0].rows);
    expect(parsed.score).toEqual({ value: 97.5, passed: true, threshold: 95 });
    expect(parsed.custom).toEqual({ exportedBy: "cli" });
    expect(parsed.format).toBe("tadqiq-article");
  });
});
