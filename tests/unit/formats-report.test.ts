import { describe, expect, it } from "vitest";
import { reportCsv, reportHtml, type ReportText, type ReviewReportInput } from "../../lib/formats/report";
import { ARTICLES } from "../fixtures/formats/articles";

/** A stand-in for the locale files: labels as [key], codes as {kind:code}, so each lookup is visible in the output. */
const text: ReportText = {
  label: (key, params) => (params ? `[${key} ${Object.values(params).join(" ")}]` : `[${key}]`),
  category: (code) => `{cat:${code}}`,
  subcategory: (code) => `{sub:${code}}`,
  severity: (code) => `{sev:${code}}`,
  issueStatus: (code) => `{status:${code}}`,
  articleStatus: (code) => `{article:${code}}`,
  check: (id) => `{check:${id}}`,
  revisionKind: (code) => `{kind:${code}}`,
  date: (iso) => `{date:${iso}}`,
  number: (value) => value.toFixed(1).replace(/\.0$/, ""),
};

const reviewed: ReviewReportInput["article"] = {
  ...ARTICLES[4],
  score: { value: 96.2, threshold: 95, passed: true, penaltyPoints: 6, wordCount: 160, wordBase: 250 },
  issues: [
    { id: "i1", row: 0, side: "target", paragraph: 0, category: "accuracy", subcategory: "mistranslation", severity: "major", text: "وقللت", comment: "«réduisant» = خفضت", status: "open", author: "Mona", createdAt: "2024-03-05T10:00:00Z" },
    { id: "i2", row: 0, side: "target", paragraph: 0, category: "style", severity: "minor", text: "يوم", comment: 'Drop "يوم", it\'s redundant, really', status: "open", author: "Mona" },
    { id: "i3", row: 1, side: "source", paragraph: 1, category: "accuracy", subcategory: "omission", severity: "minor", text: "=HYPERLINK(\"http://evil\")", comment: "<script>alert(1)</script>", status: "open" },
    { id: "i4", row: 2, side: "target", paragraph: 2, category: "accuracy", severity: "critical", text: "غدا", comment: "Wrong day", status: "dismissed", statusReason: "The source says tomorrow.", resolvedBy: "Sami", author: "Mona", excluded: true },
  ],
  findings: [
    { check: "number-mismatch", category: "accuracy", severity: "major", side: "target", paragraph: 0, row: 0, start: 0, end: 3, text: "200", message: "Number 200 differs", dismissed: false },
    { check: "name-consistency", category: "terminology", severity: "minor", side: "target", paragraph: 1, message: "Dismissed finding", dismissed: true },
  ],
  revisions: [
    { paragraph: 0, before: "ضربت عاصفة رملية جنوب البلاد يوم الثلاثاء، وقللت الرؤية إلى 200 متر.", after: "ضربت عاصفة رملية جنوب البلاد الثلاثاء، وخفضت مدى الرؤية إلى 200 متر.", author: "Mona", createdAt: "2024-03-05T10:05:00Z", reason: "mistranslation", row: 0, kind: "suggestion" },
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
  it("starts with a BOM, uses CRLF and one row per issue and finding, headers from the labels", () => {
    const csv = reportCsv({ article: reviewed, text });
    expect(csv.startsWith("\uFEFF[entry],[id],[row],[side],[paragraph],[category],[severity],[status],[text],[comment],[reason],[suggestion],[author],[date]\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 1 + 4 + 2);
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
  });

  it("starts with the score row: the same number and threshold as the scorecard", () => {
    const rows = parseCsv(reportCsv({ article: reviewed, text }).slice(1));
    expect(rows[1]).toEqual(["[score]", "", "", "", "", "", "", "[passed]", "96.2 / 100", "[passAt 95]", "", "", "", ""]);
  });

  it("numbers rows and paragraphs from 1 and names categories, severities, statuses and checks", () => {
    const rows = parseCsv(reportCsv({ article: reviewed, text }).slice(1));
    expect(rows[2]).toEqual(["[issueKind]", "i1", "1", "[sideTarget]", "1", "{cat:accuracy} / {sub:mistranslation}", "{sev:major}", "{status:open}", "وقللت", "«réduisant» = خفضت", "", "", "Mona", "{date:2024-03-05T10:00:00Z}"]);
    expect(rows[3][9]).toBe('Drop "يوم", it\'s redundant, really');
    expect(rows[5].slice(0, 11)).toEqual(["[issueKind]", "i4", "3", "[sideTarget]", "3", "{cat:accuracy}", "{sev:critical}", "{status:dismissed} ([excluded])", "غدا", "Wrong day", "The source says tomorrow."]);
    expect(rows[6].slice(0, 8)).toEqual(["[findingKind]", "{check:number-mismatch}", "1", "[sideTarget]", "1", "{cat:accuracy}", "{sev:major}", "{status:open}"]);
    expect(rows[7][7]).toBe("{status:dismissed}");
  });

  it("neutralizes spreadsheet formulas", () => {
    const rows = parseCsv(reportCsv({ article: reviewed, text }).slice(1));
    expect(rows[4][8]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it("has only the header for an article without review data", () => {
    expect(parseCsv(reportCsv({ article: ARTICLES[0], text }).slice(1))).toHaveLength(1);
  });
});

describe("reportHtml", () => {
  const html = reportHtml({ article: reviewed, text, generatedAt: "2024-03-05T12:00:00Z" });

  it("shows the quality score on the 0–100 scale with its threshold, verdict and formula", () => {
    expect(html).toContain("<p class=\"value\">[score]: <strong>96.2</strong> / 100 · [passAt 95] <strong class=\"verdict\">✓ [passed]</strong></p>");
    expect(html).toContain("<p>[penaltyPoints]: 6</p>");
    expect(html).toContain("<p class=\"meta\">[wordBase 250]</p>");
    expect(reportHtml({ article: { ...reviewed, score: { value: 80, passed: false } }, text })).toContain("✗ [failed]");
    expect(reportHtml({ article: ARTICLES[0], text })).toContain("[noScore]");
  });

  it("counts open issues only, by category and severity, and says so", () => {
    const matrix = html.slice(html.indexOf("<caption>"), html.indexOf("</tfoot>"));
    expect(matrix).toContain("<caption>[openOnlyCaption]</caption>");
    expect(matrix).toContain("<th>{sev:major}</th><th>{sev:minor}</th>");
    expect(matrix).not.toContain("{sev:critical}");
    expect(matrix).toContain("<tr><th>{cat:accuracy}</th><td>1</td><td>1</td><td>2</td></tr>");
    expect(matrix).toContain("<tr><th>{cat:style}</th><td>0</td><td>1</td><td>1</td></tr>");
    expect(matrix).toContain("<tfoot><tr><th>[total]</th><td>1</td><td>2</td><td>3</td></tr>");
  });

  it("lists resolved and dismissed issues apart, with status, reason, who and the excluded mark", () => {
    const closed = html.slice(html.indexOf("<h2>[closedIssues]</h2>"));
    expect(html.indexOf("<h2>[openIssues]</h2>")).toBeLessThan(html.indexOf("<h2>[closedIssues]</h2>"));
    expect(closed).toContain(
      '<tr><td>[rowNumber 3]</td><td>{cat:accuracy}</td><td>{sev:critical}</td><td>{status:dismissed} <span class="excluded">([excluded])</span></td><td lang="ar" dir="rtl">غدا</td><td dir="auto">Wrong day</td><td dir="auto">The source says tomorrow. <span class="meta">(Sami)</span></td><td>Mona</td><td></td></tr>',
    );
    const open = html.slice(html.indexOf("<h2>[openIssues]</h2>"), html.indexOf("<h2>[closedIssues]</h2>"));
    expect(open).toContain("<td>[rowNumber 1]</td><td>{cat:accuracy} / {sub:mistranslation}</td><td>{sev:major}</td><td>{status:open}</td>");
    expect(open).toContain("<td>{date:2024-03-05T10:00:00Z}</td>");
    expect(open).not.toContain("غدا");
  });

  it("logs corrections with row, kind, before, after and a word diff, in the target's lang/dir", () => {
    expect(html).toContain("[rowNumber 1] · [author]: Mona · [date]: {date:2024-03-05T10:05:00Z} · [reason]: {kind:suggestion}: mistranslation");
    expect(html).toContain('<p class="before" lang="ar" dir="rtl">');
    expect(html).toContain("<del>وقللت</del>");
    expect(html).toContain("<ins>وخفضت مدى</ins>");
    expect(html).toContain("<del>يوم </del>");
  });

  it("lists open findings only, by check name, and escapes everything", () => {
    expect(html).toContain("<td>[rowNumber 1]</td><td>{check:number-mismatch}</td><td>{sev:major}</td>");
    expect(html).toContain("Number 200 differs");
    expect(html).not.toContain("Dismissed finding");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("prints the article status and the date through the text object", () => {
    expect(html).toContain("[status]: {article:draft} · [generated]: {date:2024-03-05T12:00:00Z}");
  });

  it("takes an RTL UI language and escapes labels", () => {
    const arabic = reportHtml({ article: reviewed, uiLang: "ar", text: { ...text, label: (key) => (key === "heading" ? "تقرير المراجعة <b>" : `[${key}]`) } });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("<h1>تقرير المراجعة &lt;b&gt;</h1>");
  });
});
