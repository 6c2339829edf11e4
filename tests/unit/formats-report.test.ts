import { describe, expect, it } from "vitest";
import { reportCsv, reportHtml } from "../../lib/formats/report";
import type { ExportArticle } from "../../lib/formats/types";
import { ARTICLES } from "../fixtures/formats/articles";

const reviewed: ExportArticle = {
  ...ARTICLES[4],
  score: { value: 96.25, threshold: 95, passed: true, penaltyPoints: 6, wordCount: 160 },
  issues: [
    { id: "i1", row: 0, side: "target", paragraph: 0, category: "accuracy", subcategory: "mistranslation", severity: "major", text: "وقللت", comment: "«réduisant» = خفضت", author: "Mona", createdAt: "2024-03-05T10:00:00Z" },
    { id: "i2", row: 0, side: "target", paragraph: 0, category: "style", severity: "minor", text: "يوم", comment: 'Drop "يوم", it\'s redundant, really', author: "Mona" },
    { id: "i3", row: 1, side: "source", paragraph: 1, category: "accuracy", subcategory: "omission", severity: "minor", text: "=HYPERLINK(\"http://evil\")", comment: "<script>alert(1)</script>" },
  ],
  findings: [
    { check: "number-mismatch", category: "accuracy", severity: "major", side: "target", paragraph: 0, start: 0, end: 3, text: "200", message: "Number 200 differs", dismissed: false },
    { check: "name-consistency", category: "terminology", severity: "minor", side: "target", paragraph: 1, message: "Dismissed finding", dismissed: true },
  ],
  revisions: [
    { paragraph: 0, before: "ضربت عاصفة رملية جنوب البلاد يوم الثلاثاء، وقللت الرؤية إلى 200 متر.", after: "ضربت عاصفة رملية جنوب البلاد الثلاثاء، وخفضت مدى الرؤية إلى 200 متر.", author: "Mona", createdAt: "2024-03-05T10:05:00Z", reason: "mistranslation" },
  ],
};

/** Minimal RFC 4180 parser for checking our output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += character;
  }
  return rows;
}

describe("reportCsv", () => {
  it("starts with a BOM, uses CRLF and one row per issue and finding", () => {
    const csv = reportCsv({ article: reviewed });
    expect(csv.startsWith("\uFEFFkind,id,row,side,paragraph,category")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 3 + 2);
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
    expect(rows[1].slice(0, 8)).toEqual(["issue", "i1", "0", "target", "0", "accuracy", "mistranslation", "major"]);
    expect(rows[2][10]).toBe('Drop "يوم", it\'s redundant, really');
    expect(rows[5][8]).toBe("dismissed");
  });

  it("neutralizes spreadsheet formulas", () => {
    const rows = parseCsv(reportCsv({ article: reviewed }).slice(1));
    expect(rows[3][9]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it("has only the header for an article without review data", () => {
    expect(parseCsv(reportCsv({ article: ARTICLES[0] }).slice(1))).toHaveLength(1);
  });
});

describe("reportHtml", () => {
  const html = reportHtml({ article: reviewed, generatedAt: "2024-03-05T12:00:00Z" });

  it("shows the score and verdict", () => {
    expect(html).toContain("<strong>96.3</strong>");
    expect(html).toContain("PASS");
    expect(reportHtml({ article: { ...reviewed, score: { value: 80, passed: false } } })).toContain("FAIL");
    expect(reportHtml({ article: ARTICLES[0] })).toContain("No score yet");
  });

  it("counts issues by category and severity", () => {
    const matrix = html.slice(html.indexOf("<thead><tr><th>Category"), html.indexOf("</tfoot>"));
    expect(matrix).toContain("<th>major</th><th>minor</th>");
    expect(matrix).toContain("<tr><th>accuracy</th><td>1</td><td>1</td><td>2</td></tr>");
    expect(matrix).toContain("<tr><th>style</th><td>0</td><td>1</td><td>1</td></tr>");
    expect(matrix).toContain("<tfoot><tr><th>Total</th><td>1</td><td>2</td><td>3</td></tr>");
  });

  it("logs corrections with before, after and a word diff, in the target's lang/dir", () => {
    expect(html).toContain('<p class="before" lang="ar" dir="rtl">');
    expect(html).toContain("<del>وقللت</del>");
    expect(html).toContain("<ins>وخفضت مدى</ins>");
    expect(html).toContain("<del>يوم </del>");
    expect(html).toContain("Who: Mona");
    expect(html).toContain("Why: mistranslation");
  });

  it("lists open findings only and escapes everything", () => {
    expect(html).toContain("Number 200 differs");
    expect(html).not.toContain("Dismissed finding");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("accepts translated labels and an RTL UI language, escaping them", () => {
    const arabic = reportHtml({ article: reviewed, uiLang: "ar", labels: { heading: "تقرير المراجعة <b>" } });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("<h1>تقرير المراجعة &lt;b&gt;</h1>");
  });
});
