import type { AlignmentGroup } from "../align/types";
import { SEVERITIES } from "../qa/mqm";
import type { QaScore } from "../qa/score";
import type { Finding } from "../qa/types";

/** What the text report needs from a check run. */
export interface TextReportInput {
  sourceLang: string;
  targetLang: string;
  source: readonly string[];
  target: readonly string[];
  alignment: readonly AlignmentGroup[];
  findings: readonly Finding[];
  score: QaScore;
  failOn: string;
  failing: number;
}

const CONTEXT = 30;

/** The flagged text with a little context, on one line: …before [flagged] after… */
function excerpt(paragraph: string, start: number, end: number): string {
  const before = paragraph.slice(Math.max(0, start - CONTEXT), start);
  const after = paragraph.slice(end, end + CONTEXT);
  const flat = (text: string) => text.replace(/[\r\n\t]/gu, " ");
  return `${start > CONTEXT ? "…" : ""}${flat(before)}[${flat(paragraph.slice(start, end)) || "∅"}]${flat(after)}${end + CONTEXT < paragraph.length ? "…" : ""}`;
}

function counterpart(alignment: readonly AlignmentGroup[], side: "source" | "target", paragraph: number): string {
  const group = alignment.find((candidate) => candidate[side].includes(paragraph));
  const other = side === "source" ? "target" : "source";
  if (!group || group[other].length === 0) return `no ${other}`;
  return `${other} ¶${group[other].join("+")}`;
}

/** A terminal report of a check run: findings grouped by paragraph, then a summary and the score. */
export function formatTextReport(input: TextReportInput): string {
  const lines: string[] = [];
  lines.push(`tadqiq check: ${input.sourceLang} → ${input.targetLang}, ${input.source.length} source and ${input.target.length} target paragraphs (¶ numbers are 0-based, empty lines not counted)`);
  lines.push("");
  let current = "";
  for (const finding of input.findings) {
    const key = `${finding.side}:${finding.paragraph}`;
    if (key !== current) {
      current = key;
      lines.push(`${finding.side === "source" ? "Source" : "Target"} ¶${finding.paragraph} (${counterpart(input.alignment, finding.side, finding.paragraph)})`);
    }
    const texts = finding.side === "source" ? input.source : input.target;
    lines.push(`  ${finding.severity.padEnd(8)} ${finding.check} ${finding.start}-${finding.end}: ${finding.message}`);
    lines.push(`           ${excerpt(texts[finding.paragraph] ?? "", finding.start, finding.end)}`);
    if (finding.suggestion !== undefined) {
      lines.push(`           suggestion: ${finding.suggestion === "" ? "(delete)" : JSON.stringify(finding.suggestion)}`);
    }
  }
  if (input.findings.length > 0) lines.push("");
  const counts = [...SEVERITIES].reverse()
    .map((severity) => [severity, input.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  lines.push(`${input.findings.length} finding${input.findings.length === 1 ? "" : "s"}${counts.length ? ` (${counts.join(", ")})` : ""}; ${input.failing} at or above ${input.failOn}.`);
  const { score } = input;
  lines.push(
    `Quality ${score.quality} / 100 (${score.penalty} penalty points over ${score.sourceWords} source words, scored over at least ${score.wordBase}); pass at >= ${score.threshold}: ${score.pass ? "PASS" : "FAIL"}`,
  );
  return `${lines.join("\n")}\n`;
}
