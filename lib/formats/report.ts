import { diffParagraphWords } from "./export/docx";
import { escapeHtml } from "./escape";
import { safeLangTag, textDirection } from "./lang";
import type { ExportArticle, ExportFinding, ExportIssue } from "./types";

/** Labels of the review report; English by default, the app may pass translated ones. */
export interface ReportLabels {
  heading: string;
  score: string;
  threshold: string;
  passed: string;
  failed: string;
  noScore: string;
  penaltyPoints: string;
  wordCount: string;
  issuesByCategory: string;
  category: string;
  total: string;
  issues: string;
  noIssues: string;
  findings: string;
  noFindings: string;
  corrections: string;
  noCorrections: string;
  paragraph: string;
  severity: string;
  text: string;
  comment: string;
  before: string;
  after: string;
  author: string;
  date: string;
  reason: string;
  check: string;
  message: string;
  dismissed: string;
  status: string;
  languages: string;
  generated: string;
}

const ENGLISH_LABELS: ReportLabels = {
  heading: "Review report",
  score: "Quality score",
  threshold: "Pass threshold",
  passed: "PASS",
  failed: "FAIL",
  noScore: "No score yet",
  penaltyPoints: "Penalty points",
  wordCount: "Words",
  issuesByCategory: "Issues by category and severity",
  category: "Category",
  total: "Total",
  issues: "Issues",
  noIssues: "No issues were logged.",
  findings: "Automatic QA findings",
  noFindings: "No open findings.",
  corrections: "Corrections log",
  noCorrections: "No corrections were made.",
  paragraph: "Paragraph",
  severity: "Severity",
  text: "Text",
  comment: "Comment",
  before: "Before",
  after: "After",
  author: "Who",
  date: "When",
  reason: "Why",
  check: "Check",
  message: "Message",
  dismissed: "dismissed",
  status: "Status",
  languages: "Languages",
  generated: "Generated",
};

/** What the review report needs: the article with its review data (issues, findings, revisions, score). */
export interface ReviewReportInput {
  article: ExportArticle;
  /** ISO timestamp printed in the report (defaults to now). */
  generatedAt?: string;
  /** UI language of the labels (the report's own lang/dir); target text keeps the target language. */
  uiLang?: string;
  labels?: Partial<ReportLabels>;
}

const SEVERITY_ORDER = ["critical", "major", "minor", "neutral"];

/** One CSV field per RFC 4180, with spreadsheet formula injection neutralized. */
function csvField(value: string | number | boolean | undefined | null): string {
  let text = value === undefined || value === null ? "" : String(value);
  // A leading = + - @ makes Excel evaluate the cell; a quote prefix keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Issues and findings as RFC 4180 CSV (CRLF rows, UTF-8 BOM so Excel reads Arabic correctly). */
export function reportCsv(input: ReviewReportInput): string {
  const header = [
    "kind", "id", "row", "side", "paragraph", "category", "subcategory", "severity", "status", "text", "comment",
    "suggestion", "author", "created_at",
  ];
  const lines = [header.map(csvField).join(",")];
  for (const issue of input.article.issues ?? []) {
    lines.push(
      [
        "issue", issue.id, issue.row, issue.side, issue.paragraph, issue.category, issue.subcategory, issue.severity,
        issue.status, issue.text, issue.comment, "", issue.author, issue.createdAt,
      ].map(csvField).join(","),
    );
  }
  for (const finding of input.article.findings ?? []) {
    lines.push(
      [
        "finding", finding.check, "", finding.side, finding.paragraph, finding.category, finding.subcategory,
        finding.severity, finding.dismissed ? "dismissed" : "open", finding.text, finding.message, finding.suggestion, "", "",
      ].map(csvField).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function countBy(issues: readonly ExportIssue[]): { categories: string[]; severities: string[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const categories = [...new Set(issues.map((issue) => issue.category))].sort();
  const seen = new Set(issues.map((issue) => issue.severity));
  const severities = [...SEVERITY_ORDER.filter((severity) => seen.has(severity)), ...[...seen].filter((s) => !SEVERITY_ORDER.includes(s)).sort()];
  for (const issue of issues) {
    const key = `${issue.category}\u0000${issue.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { categories, severities, counts };
}

function diffHtml(before: string, after: string, lang: string): string {
  return diffParagraphWords(before, after, lang)
    .map(([kind, text]) => (kind === "same" ? escapeHtml(text) : kind === "insert" ? `<ins>${escapeHtml(text)}</ins>` : `<del>${escapeHtml(text)}</del>`))
    .join("");
}

/** A printable HTML scorecard: score and pass/fail, issues by category × severity, issue list, findings, corrections log. */
export function reportHtml(input: ReviewReportInput): string {
  // Labels may come from locale files; they are escaped once here like any other text.
  const labels = Object.fromEntries(
    Object.entries({ ...ENGLISH_LABELS, ...input.labels }).map(([key, value]) => [key, escapeHtml(String(value))]),
  ) as unknown as ReportLabels;
  const { article } = input;
  const uiLang = safeLangTag(input.uiLang ?? "en");
  const targetLang = safeLangTag(article.targetLang);
  const sourceLang = safeLangTag(article.sourceLang);
  const targetAttrs = `lang="${escapeHtml(targetLang)}" dir="${textDirection(targetLang)}"`;
  const sideAttrs = (side: string | undefined) =>
    side === "source" ? `lang="${escapeHtml(sourceLang)}" dir="${textDirection(sourceLang)}"` : targetAttrs;
  const issues = article.issues ?? [];
  const findings: ExportFinding[] = (article.findings ?? []).filter((finding) => !finding.dismissed);
  const revisions = article.revisions ?? [];
  const score = article.score;
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  const paragraphNumber = (index: number | undefined) => (index === undefined ? "" : String(index + 1));

  const scoreBlock = score
    ? `<section class="score ${score.passed ? "pass" : "fail"}">
    <p class="value">${labels.score}: <strong>${escapeHtml(score.value.toFixed(1))}</strong>${
      score.threshold !== undefined ? ` <span>(${labels.threshold}: ${escapeHtml(String(score.threshold))})</span>` : ""
    } <strong class="verdict">${score.passed ? labels.passed : labels.failed}</strong></p>
    ${score.penaltyPoints !== undefined ? `<p>${labels.penaltyPoints}: ${escapeHtml(String(score.penaltyPoints))}</p>` : ""}
    ${score.wordCount !== undefined ? `<p>${labels.wordCount}: ${escapeHtml(String(score.wordCount))}</p>` : ""}
  </section>`
    : `<section class="score"><p>${(labels.noScore)}</p></section>`;

  const { categories, severities, counts } = countBy(issues);
  const matrix =
    issues.length === 0
      ? `<p>${(labels.noIssues)}</p>`
      : `<table>
      <thead><tr><th>${(labels.category)}</th>${severities.map((severity) => `<th>${escapeHtml(severity)}</th>`).join("")}<th>${(labels.total)}</th></tr></thead>
      <tbody>
${categories
  .map((category) => {
    const cells = severities.map((severity) => counts.get(`${category}\u0000${severity}`) ?? 0);
    return `        <tr><th>${escapeHtml(category)}</th>${cells.map((count) => `<td>${count}</td>`).join("")}<td>${cells.reduce((a, b) => a + b, 0)}</td></tr>`;
  })
  .join("\n")}
      </tbody>
      <tfoot><tr><th>${(labels.total)}</th>${severities
        .map((severity) => `<td>${issues.filter((issue) => issue.severity === severity).length}</td>`)
        .join("")}<td>${issues.length}</td></tr></tfoot>
    </table>`;

  const issueList =
    issues.length === 0
      ? ""
      : `<h2>${(labels.issues)}</h2>
    <table>
      <thead><tr><th>${labels.paragraph}</th><th>${labels.category}</th><th>${labels.severity}</th><th>${labels.text}</th><th>${labels.comment}</th><th>${labels.author}</th><th>${labels.date}</th></tr></thead>
      <tbody>
${issues
  .map(
    (issue) =>
      `        <tr><td>${paragraphNumber(issue.paragraph)}</td><td>${escapeHtml(issue.category)}${issue.subcategory ? ` / ${escapeHtml(issue.subcategory)}` : ""}</td><td>${escapeHtml(issue.severity)}</td><td ${sideAttrs(issue.side)}>${escapeHtml(issue.text ?? "")}</td><td>${escapeHtml(issue.comment ?? "")}</td><td>${escapeHtml(issue.author ?? "")}</td><td>${escapeHtml(issue.createdAt ?? "")}</td></tr>`,
  )
  .join("\n")}
      </tbody>
    </table>`;

  const findingList =
    findings.length === 0
      ? `<p>${(labels.noFindings)}</p>`
      : `<table>
      <thead><tr><th>${labels.paragraph}</th><th>${labels.check}</th><th>${labels.severity}</th><th>${labels.text}</th><th>${labels.message}</th></tr></thead>
      <tbody>
${findings
  .map(
    (finding) =>
      `        <tr><td>${paragraphNumber(finding.paragraph)}</td><td>${escapeHtml(finding.check)}</td><td>${escapeHtml(finding.severity)}</td><td ${sideAttrs(finding.side)}>${escapeHtml(finding.text ?? "")}</td><td>${escapeHtml(finding.message)}</td></tr>`,
  )
  .join("\n")}
      </tbody>
    </table>`;

  const correctionList =
    revisions.length === 0
      ? `<p>${(labels.noCorrections)}</p>`
      : `<ol class="corrections">
${revisions
  .map(
    (revision) => `      <li>
        <p class="meta">${labels.paragraph} ${paragraphNumber(revision.paragraph)} · ${labels.author}: ${escapeHtml(revision.author ?? "")} · ${labels.date}: ${escapeHtml(revision.createdAt ?? "")}${revision.reason ? ` · ${labels.reason}: ${escapeHtml(revision.reason)}` : ""}</p>
        <p class="before" ${targetAttrs}><span class="label" lang="${uiLang}">${labels.before}:</span> ${escapeHtml(revision.before)}</p>
        <p class="after" ${targetAttrs}><span class="label" lang="${uiLang}">${labels.after}:</span> ${escapeHtml(revision.after)}</p>
        <p class="diff" ${targetAttrs}>${diffHtml(revision.before, revision.after, targetLang)}</p>
      </li>`,
  )
  .join("\n")}
    </ol>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLang)}" dir="${textDirection(uiLang)}">
<head>
  <meta charset="utf-8">
  <meta name="generator" content="tadqiq">
  <title>${(labels.heading)}: ${escapeHtml(article.title)}</title>
  <style>
    body { font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; margin: 2rem; color: #111; }
    [dir="rtl"] { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", serif; }
    table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
    th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: start; }
    .score { border: 2px solid #999; padding: 0.5rem 1rem; display: inline-block; }
    .score.pass { border-color: #1a7f37; } .score.fail { border-color: #cf222e; }
    .verdict { margin-inline-start: 1rem; }
    ins { background: #dafbe1; text-decoration: none; } del { background: #ffebe9; }
    .meta { color: #555; font-size: 0.9em; }
    @media print { body { margin: 0; } a { color: inherit; } }
  </style>
</head>
<body>
  <header>
    <h1>${(labels.heading)}</h1>
    <p class="title" ${targetAttrs}>${escapeHtml(article.title)}</p>
    <p>${labels.languages}: ${escapeHtml(sourceLang)} → ${escapeHtml(targetLang)} · ${labels.status}: ${escapeHtml(article.status)} · ${labels.generated}: ${escapeHtml(generatedAt)}</p>
  </header>
  ${scoreBlock}
  <section>
    <h2>${(labels.issuesByCategory)}</h2>
    ${matrix}
    ${issueList}
  </section>
  <section>
    <h2>${(labels.findings)}</h2>
    ${findingList}
  </section>
  <section>
    <h2>${(labels.corrections)}</h2>
    ${correctionList}
  </section>
</body>
</html>
`;
}
