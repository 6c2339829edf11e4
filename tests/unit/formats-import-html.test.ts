import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../../lib/formats/import";
import { parseHtml } from "../../lib/formats/import/html";
import { parseMarkdown, stripInlineMarkdown } from "../../lib/formats/import/markdown";

const fixture = (name: string) => readFile(new URL(`../fixtures/formats/${name}`, import.meta.url));

describe("HTML import of CMS pages", () => {
  it("keeps the Arabic article text in order and drops chrome, ads, teasers and scripts", async () => {
    const result = await importFile(new Uint8Array(await fixture("cms-article.ar.html")), "article.html");
    expect(result.kind).toBe("monolingual");
    if (result.kind !== "monolingual") return;
    expect(result.doc.lang).toBe("ar");
    expect(result.doc.title).toBe("البرلمان يقر قانون الانتخابات الجديد");
    expect(result.doc.paragraphs).toEqual([
      "سياسة",
      "البرلمان يقر قانون الانتخابات الجديد",
      "القاهرة — مراسلنا",
      "أقر البرلمان، الثلاثاء، قانون الانتخابات الجديد بأغلبية 312 صوتا من أصل\u00A0450.",
      "وينص القانون على خفض سن الترشح إلى 25 عاما، وزيادة عدد الدوائر الانتخابية إلى 240 دائرة.",
      "انتقادات المعارضة",
      "«هذا القانون يفصّل الدوائر على مقاس الحزب الحاكم»، قال النائب المعارض.",
      "نواب يصوتون على القانون في القاهرة",
      "خفض سن الترشح",
      "زيادة الدوائر & المقاعد",
      "ويتوقع أن تجري الانتخابات في تشرين الأول/أكتوبر <المقبل>.",
    ]);
    expect(result.doc.warnings).toEqual([{ code: "teasers-dropped", params: { count: 1 } }]);
  });

  it("handles div text with <br><br>, role/aria/hidden chrome and falls back to <h1> over <title>", async () => {
    const doc = parseHtml((await fixture("cms-article.en.html")).toString("utf8"));
    expect(doc.lang).toBe("en-GB");
    expect(doc.title).toBe("Storm closes ports along the coast");
    expect(doc.paragraphs).toEqual([
      "Storm closes ports along the coast",
      "Storm Karim forced the closure of three ports on Monday.",
      "Winds reached 110 km/h, the meteorological office said. Ferries were cancelled until Wednesday.",
      "Port",
      "Status",
      "Alexandria",
      "Closed",
    ]);
  });

  it("uses <title> when there is no <h1>", () => {
    expect(parseHtml("<html><head><title> Weather &amp; roads </title></head><body><p>Fog.</p></body></html>").title).toBe("Weather & roads");
  });

  it.each([
    [`<p>a<script>alert(1)</script>b</p>`, ["ab"]],
    [`<p onclick="x()">click <a href="javascript:alert(1)">me</a></p>`, ["click me"]],
    [`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`, ["<script>alert(1)</script>"]],
    [`<svg><text>svg text</text></svg><p>ok</p>`, ["ok"]],
    [`<p>un<b>closed <i>tags`, ["unclosed tags"]],
    [`<style>p{}</style><template><p>t</p></template><p>x</p>`, ["x"]],
    [`<p>&#x627;&#1604;&#1606;&#1589;</p>`, ["النص"]],
    [`<div>outer<p>inner</p>tail</div>`, ["outer", "inner", "tail"]],
    [`<textarea><p>form</p></textarea><p>y</p>`, ["y"]],
  ])("hostile or messy input %s yields text only", (html, expected) => {
    expect(parseHtml(html).paragraphs).toEqual(expected);
  });

  it("property: output never contains markup from arbitrary tag soup", () => {
    const piece = fc.oneof(
      fc.constantFrom("<p>", "</p>", "<script>", "</script>", "<div class='ad'>", "</div>", "<br>", "<h1>", "</h1>", "<!--", "-->", "<b>", "&lt;", "&amp;"),
      fc.string({ maxLength: 8 }).map((text) => text.replace(/[<>&]/g, "")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const doc = parseHtml(pieces.join(""));
        for (const paragraph of doc.paragraphs) {
          expect(paragraph).not.toMatch(/<\/?(p|script|div|br|h1|b)>/);
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toBe("");
        }
      }),
    );
  });
});

describe("Markdown import", () => {
  it("reads headings, paragraphs and list items without syntax", () => {
    const markdown = [
      "---",
      "title: \"Budget 2025\"",
      "---",
      "# الموازنة العامة",
      "",
      "The **finance ministry** published the _draft_ budget",
      "on Sunday, see [the report](https://example.org/r \"title\").",
      "",
      "![chart](chart.png)",
      "",
      "- Spending rises by `4.5%`",
      "* Deficit: 6.1%",
      "1. First reading in *June*",
      "",
      "> «لن نرفع الضرائب»، قال الوزير.",
      "",
      "Sub heading",
      "-----------",
      "",
      "```js",
      "console.log('code')",
      "```",
      "",
      "| Item | Value |",
      "|------|------:|",
      "| Debt | 88% |",
      "",
      "snake_case_word and 2 * 3 * 4 stay, \\*escaped\\* too, AT&amp;T decoded.",
      "[ref]: https://example.org",
      "***",
    ].join("\n");
    const doc = parseMarkdown(markdown);
    expect(doc.title).toBe("Budget 2025");
    expect(doc.paragraphs).toEqual([
      "الموازنة العامة",
      "The finance ministry published the draft budget on Sunday, see the report.",
      "Spending rises by 4.5%",
      "Deficit: 6.1%",
      "First reading in June",
      "«لن نرفع الضرائب»، قال الوزير.",
      "Sub heading",
      "Item | Value",
      "Debt | 88%",
      "snake_case_word and 2 * 3 * 4 stay, *escaped* too, AT&T decoded.",
    ]);
    expect(doc.warnings).toEqual([{ code: "code-skipped", params: { count: 1 } }]);
  });

  it.each([
    ["**bold** and __strong__", "bold and strong"],
    ["~~struck~~ text", "struck text"],
    ["<span>inline html</span>", "inline html"],
    ["<https://example.org>", "https://example.org"],
    ["[text][ref] and ![img][ref]", "text and "],
    ["``code with ` tick``", "code with ` tick"],
    ["كلمة *مائلة* هنا", "كلمة مائلة هنا"],
  ])("strips inline %j", (input, expected) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });

  it("takes the first # heading as title when there is no front matter", () => {
    expect(parseMarkdown("intro\n\n# Main\n\n# Second").title).toBe("Main");
  });
});
