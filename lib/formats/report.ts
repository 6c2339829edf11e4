import { diffParagraphWords } from "./export/docx";
import { escapeHtml } from "./escape";
import { safeLangTag, textDirection } from "./lang";
import type { ExportArticle, ExportFinding, ExportIssue, ExportRevision, ExportScore } from "./types";

/** Keys of the report's fixed texts (locales/<lng>/import.json report.<key>). */
export const REPORT_LABEL_KEYS = [
  "heading", "fileSuffix", "score", "passAt", "passed", "failed", "noScore", "penaltyPoints", "wordCount", "wordBase",
  "issuesByCategory", "openOnlyCaption", "category", "total", "openIssues", "noOpenIssues", "noIssues", "closedIssues",
  "findings", "noFindings", "corrections", "noCorrections", "row", "rowNumber", "side", "paragraph", "severity", "status",
  "text", "comment", "reason", "suggestion", "before", "after", "author", "date", "check", "message", "entry", "issueKind",
  "findingKind", "id", "excluded", "languages", "generated", "sideSource", "sideTarget",
] as const;
export type ReportLabelKey = (typeof REPORT_LABEL_KEYS)[number];

/**
 * Everything the report says in words, in the interface language, supplied by the caller (the data layer builds it
 * from the locale files): fixed labels, the names behind codes (MQM categories, severities, statuses, checks,
 * correction kinds) and dates. This module holds no user-facing language of its own.
 */
export interface ReportText {
  label(key: ReportLabelKey, params?: Record<string, string | number>): string;
  category(code: string): string;
  subcategory(code: string): string;
  severity(code: string): string;
  /** An issue's status (open, resolved, dismissed) or "open" for an undecided finding. */
  issueStatus(code: string): string;
  articleStatus(code: string): string;
  check(id: string): string;
  /** A correction kind (edit, suggestion, apply-all, exclude, restore). */
  revisionKind(code: string): string;
  /** An ISO timestamp as a local, unambiguous date and time. */
  date(iso: string): string;
  /** A number with the interface's digits (scores with at most one decimal). */
  number(value: number): string;
}

/** An issue as the report shows it: with why it was dismissed or resolved, and whether its paragraph is excluded. */
export type ReportIssue = ExportIssue & { statusReason?: string; resolvedBy?: string; excluded?: boolean };
/** A finding with its row (0-based index in rows, like issues) and whether its paragraph is excluded. */
export type ReportFinding = ExportFinding & { row?: number; excluded?: boolean };
/** A correction with its row (0-based), kind and whether its paragraph is excluded now. */
export type ReportRevision = ExportRevision & { row?: number; kind?: string; excluded?: boolean };

/** What the review report needs: the article with its review data (issues, findings, revisions, score). */
export interface ReviewReportInput {
  article: Omit<ExportArticle, "issues" | "findings" | "revisions"> & { issues?: ReportIssue[]; findings?: ReportFinding[]; revisions?: ReportRevision[]; score?: ExportScore & { wordBase?: number } };
  text: ReportText;
  /** ISO timestamp printed in the report (defaults to now). */
  generatedAt?: string;
  /** UI language of the labels (the report's own lang/dir); article text keeps its own language. */
  uiLang?: string;
}

const SEVERITY_ORDER = ["critical", "major", "minor", "neutral"];

/** One CSV field per RFC 4180, with spreadsheet formula injection neutralized. */
function csvField(value: string | number | boolean | undefined | null): string {
  let text = value === undefined || value === null ? "" : String(value);
  // A leading = + - @ makes Excel evaluate the cell; a quote prefix keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows and paragraphs are numbered from 1, as on the review page ("row 3" is the third aligned row). */
const ordinal = (index: number | undefined): string => (index === undefined ? "" : String(index + 1));

function categoryText(text: ReportText, category: string, subcategory: string | undefined): string {
  return subcategory ? `${text.category(category)} / ${text.subcategory(subcategory)}` : text.category(category);
}

function sideText(text: ReportText, side: string | undefined): string {
  return side === "source" ? text.label("sideSource") : side === "target" ? text.label("sideTarget") : "";
}

/** The status word of an issue, with "excluded" added when its paragraph is left out of the corrected article. */
function statusText(text: ReportText, status: string, excluded: boolean | undefined): string {
  return excluded ? `${text.issueStatus(status)} (${text.label("excluded")})` : text.issueStatus(status);
}

/**
 * The score, issues and findings as RFC 4180 CSV (CRLF rows, UTF-8 BOM so Excel reads Arabic correctly), headers and
 * values in the interface language; rows and paragraphs numbered from 1 as on the review page; dates local.
 */
export function reportCsv(input: ReviewReportInput): string {
  const { text } = input;
  const header = (["entry", "id", "row", "side", "paragraph", "category", "severity", "status", "text", "comment", "reason", "suggestion", "author", "date"] as const).map((key) =>
    text.label(key),
  );
  const lines = [header.map(csvField).join(",")];
  // The score first, as the same number and threshold the review page and the HTML scorecard show.
  const score = input.article.score;
  if (score) {
    lines.push(
      [
        text.label("score"), "", "", "", "", "", "", score.passed ? text.label("passed") : text.label("failed"), `${text.number(score.value)} / 100`,
        score.threshold !== undefined ? text.label("passAt", { threshold: text.number(score.threshold) }) : "", "", "", "", "",
      ].map(csvField).join(","),
    );
  }
  for (const issue of input.article.issues ?? []) {
    lines.push(
      [
        text.label("issueKind"), issue.id, ordinal(issue.row), sideText(text, issue.side), ordinal(issue.paragraph),
        categoryText(text, issue.category, issue.subcategory), text.severity(issue.severity), statusText(text, issue.status ?? "open", issue.excluded),
        issue.text, issue.comment, issue.statusReason, "", issue.author, issue.createdAt ? text.date(issue.createdAt) : "",
      ].map(csvField).join(","),
    );
  }
  for (const finding of input.article.findings ?? []) {
    lines.push(
      [
        text.label("findingKind"), text.check(finding.check), ordinal(finding.row), sideText(text, finding.side), ordinal(finding.paragraph),
        categoryText(text, finding.category, finding.subcategory), text.severity(finding.severity),
        statusText(text, finding.dismissed ? "dismissed" : "open", finding.excluded), finding.text, finding.message, "", finding.suggestion, "", "",
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

/**
 * A printable HTML scorecard: the quality score and verdict; open issues by category × severity (resolved and
 * dismissed ones do not count against the article and are listed apart, with their status and reason); open
 * findings; the corrections log. Every word comes from `input.text`, every value is escaped.
 */
export function reportHtml(input: ReviewReportInput): string {
  const { article } = input;
  const text = input.text;
  // Labels may come from locale files; they are escaped here like any other text.
  const label = (key: ReportLabelKey, params?: Record<string, string | number>) => escapeHtml(text.label(key, params));
  const uiLang = safeLangTag(input.uiLang ?? "en");
  const targetLang = safeLangTag(article.targetLang);
  const sourceLang = safeLangTag(article.sourceLang);
  const targetAttrs = `lang="${escapeHtml(targetLang)}" dir="${textDirection(targetLang)}"`;
  const sideAttrs = (side: string | undefined) =>
    side === "source" ? `lang="${escapeHtml(sourceLang)}" dir="${textDirection(sourceLang)}"` : targetAttrs;
  const issues = article.issues ?? [];
  const openIssues = issues.filter((issue) => (issue.status ?? "open") === "open");
  const closedIssues = issues.filter((issue) => (issue.status ?? "open") !== "open");
  const findings = (article.findings ?? []).filter((finding) => !finding.dismissed);
  const revisions = article.revisions ?? [];
  const score = article.score;
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  const rowCell = (row: number | undefined) => (row === undefined ? "" : label("rowNumber", { n: row + 1 }));
  const excludedMark = (excluded: boolean | undefined) => (excluded ? ` <span class="excluded">(${label("excluded")})</span>` : "");

  const scoreBlock = score
    ? `<section class="score ${score.passed ? "pass" : "fail"}">
    <p class="value">${label("score")}: <strong>${escapeHtml(text.number(score.value))}</strong> / 100${
      score.threshold !== undefined ? ` · ${label("passAt", { threshold: text.number(score.threshold) })}` : ""
    } <strong class="verdict">${score.passed ? `✓ ${label("passed")}` : `✗ ${label("failed")}`}</strong></p>
    ${score.penaltyPoints !== undefined ? `<p>${label("penaltyPoints")}: ${escapeHtml(text.number(score.penaltyPoints))}</p>` : ""}
    ${score.wordCount !== undefined ? `<p>${label("wordCount")}: ${escapeHtml(text.number(score.wordCount))}</p>` : ""}
    ${score.wordBase !== undefined ? `<p class="meta">${label("wordBase", { wordBase: text.number(score.wordBase) })}</p>` : ""}
  </section>`
    : `<section class="score"><p>${label("noScore")}</p></section>`;

  const { categories, severities, counts } = countBy(openIssues);
  const matrix =
    openIssues.length === 0
      ? issues.length === 0
        ? `<p>${label("noIssues")}</p>`
        : `<p>${label("noOpenIssues")}</p>\n    <p class="meta">${label("openOnlyCaption")}</p>`
      : `<table>
      <caption>${label("openOnlyCaption")}</caption>
      <thead><tr><th>${label("category")}</th>${severities.map((severity) => `<th>${escapeHtml(text.severity(severity))}</th>`).join("")}<th>${label("total")}</th></tr></thead>
      <tbody>
${categories
  .map((category) => {
    const cells = severities.map((severity) => counts.get(`${category}\u0000${severity}`) ?? 0);
    return `        <tr><th>${escapeHtml(text.category(category))}</th>${cells.map((count) => `<td>${count}</td>`).join("")}<td>${cells.reduce((a, b) => a + b, 0)}</td></tr>`;
  })
  .join("\n")}
      </tbody>
      <tfoot><tr><th>${label("total")}</th>${severities
        .map((severity) => `<td>${openIssues.filter((issue) => issue.severity === severity).length}</td>`)
        .join("")}<td>${openIssues.length}</td></tr></tfoot>
    </table>`;

  const issueTable = (list: readonly ReportIssue[], heading: ReportLabelKey) =>
    list.length === 0
      ? ""
      : `<h2>${label(heading)}</h2>
    <table>
      <thead><tr><th>${label("row")}</th><th>${label("category")}</th><th>${label("severity")}</th><th>${label("status")}</th><th>${label("text")}</th><th>${label("comment")}</th><th>${label("reason")}</th><th>${label("author")}</th><th>${label("date")}</th></tr></thead>
      <tbody>
${list
  .map(
    (issue) =>
      `        <tr><td>${rowCell(issue.row)}</td><td>${escapeHtml(categoryText(text, issue.category, issue.subcategory))}</td><td>${escapeHtml(text.severity(issue.severity))}</td><td>${escapeHtml(text.issueStatus(issue.status ?? "open"))}${excludedMark(issue.excluded)}</td><td ${sideAttrs(issue.side)}>${escapeHtml(issue.text ?? "")}</td><td dir="auto">${escapeHtml(issue.comment ?? "")}</td><td dir="auto">${escapeHtml(issue.statusReason ?? "")}${issue.resolvedBy ? ` <span class="meta">(${escapeHtml(issue.resolvedBy)})</span>` : ""}</td><td>${escapeHtml(issue.author ?? "")}</td><td>${issue.createdAt ? escapeHtml(text.date(issue.createdAt)) : ""}</td></tr>`,
  )
  .join("\n")}
      </tbody>
    </table>`;

  const findingList =
    findings.length === 0
      ? `<p>${label("noFindings")}</p>`
      : `<table>
      <thead><tr><th>${label("row")}</th><th>${label("check")}</th><th>${label("severity")}</th><th>${label("text")}</th><th>${label("message")}</th></tr></thead>
      <tbody>
${findings
  .map(
    (finding) =>
      `        <tr><td>${rowCell(finding.row)}${excludedMark(finding.excluded)}</td><td>${escapeHtml(text.check(finding.check))}</td><td>${escapeHtml(text.severity(finding.severity))}</td><td ${sideAttrs(finding.side)}>${escapeHtml(finding.text ?? "")}</td><td>${escapeHtml(finding.message)}</td></tr>`,
  )
  .join("\n")}
      </tbody>
    </table>`;

  const correctionList =
    revisions.length === 0
      ? `<p>${label("noCorrections")}</p>`
      : `<ol class="corrections">
${revisions
  .map((revision) => {
    const kind = revision.kind && revision.kind !== "edit" ? text.revisionKind(revision.kind) : "";
    const reason = [kind, revision.reason].filter(Boolean).join(": ");
    return `      <li>
        <p class="meta">${rowCell(revision.row)}${excludedMark(revision.excluded)} · ${label("author")}: ${escapeHtml(revision.author ?? "")} · ${label("date")}: ${revision.createdAt ? escapeHtml(text.date(revision.createdAt)) : ""}${reason ? ` · ${label("reason")}: ${escapeHtml(reason)}` : ""}</p>
        <p class="before" ${targetAttrs}><span class="label" lang="${uiLang}" dir="${textDirection(uiLang)}">${label("before")}:</span> ${escapeHtml(revision.before)}</p>
        <p class="after" ${targetAttrs}><span class="label" lang="${uiLang}" dir="${textDirection(uiLang)}">${label("after")}:</span> ${escapeHtml(revision.after)}</p>
        <p class="diff" ${targetAttrs}>${diffHtml(revision.before, revision.after, targetLang)}</p>
      </li>`;
  })
  .join("\n")}
    </ol>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLang)}" dir="${textDirection(uiLang)}">
<head>
  <meta charset="utf-8">
  <meta name="generator" content="tadqiq">
  <title>${label("heading")}: ${escapeHtml(article.title)}</title>
  <style>
    body { font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; margin: 2rem; color: #111; }
    [dir="rtl"] { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", serif; }
    table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
    caption { text-align: start; color: #555; padding-block-end: 0.25rem; }
    th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: start; }
    .score { border: 2px solid #999; padding: 0.5rem 1rem; display: inline-block; }
    .score.pass { border-color: #1a7f37; } .score.fail { border-color: #cf222e; }
    .verdict { margin-inline-start: 1rem; }
    ins { background: #dafbe1; text-decoration: none; } del { background: #ffebe9; }
    .meta, .excluded { color: #555; font-size: 0.9em; }
    @media print { body { margin: 0; } a { color: inherit; } }
  </style>
</head>
<body>
  <header>
    <h1>${label("heading")}</h1>
    <p class="title" ${targetAttrs}>${escapeHtml(article.title)}</p>
    <p>${label("languages")}: ${escapeHtml(sourceLang)} → ${escapeHtml(targetLang)} · ${label("status")}: ${escapeHtml(text.articleStatus(article.status))} · ${label("generated")}: ${escapeHtml(text.date(generatedAt))}</p>
  </header>
  ${scoreBlock}
  <section>
    <h2>${label("issuesByCategory")}</h2>
    ${matrix}
    ${issueTable(openIssues, "openIssues")}
    ${issueTable(closedIssues, "closedIssues")}
  </section>
  <section>
    <h2>${label("findings")}</h2>
    ${findingList}
  </section>
  <section>
    <h2>${label("corrections")}</h2>
    ${correctionList}
  </section>
</body>
</html>
`;
}
