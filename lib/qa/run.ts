import { alignParagraphs } from "../align/align";
import type { NameRecord } from "../names/types";
import type { AlignmentGroup } from "../align/types";
import { validateAlignment } from "../align/validate";
import { CHECKS } from "./registry";
import type { Finding, GlossaryEntry, QaCheck, QaContext } from "./types";
import { primaryLanguage } from "./util";
import { checkScope, paragraphsOfRows } from "./scope";

/** Input of one QA run over an article. */
export interface RunQaInput {
  sourceLang: string;
  targetLang: string;
  source: string[];
  target: string[];
  glossary?: GlossaryEntry[];
  /** Name register records for this article (NameIndex.relevantTo its source): the name-authority check reads them. */
  names?: NameRecord[];
  /** Paragraph alignment; computed with alignParagraphs when missing. */
  alignment?: AlignmentGroup[];
  /** Ids of the checks to run (default: every registered check). */
  checks?: string[];
  /**
   * Incremental run (lib/qa/scope.ts): checks of scope "row" look only at these alignment groups (indices) and
   * report findings only on their paragraphs; checks of scope "article" still run on the whole article.
   * Default: every group.
   */
  rows?: readonly number[];
}

/**
 * At most this many findings of one check are listed per run; the rest are summed up in one finding on the first
 * one left out ("N more…"). A megabyte of mismatched digits would otherwise give 200,000 findings to store, send
 * and show, and nobody reviews past the first few hundred of one kind.
 */
export const MAX_FINDINGS_PER_CHECK = 500;
export const MORE_FINDINGS_KEY = "qa:engine.more-findings";

/** The finding that stands for `count` findings of its check left out of the list (it keeps the first one's span). */
function moreFindings(first: Finding, count: number): Finding {
  const finding: Finding = {
    check: first.check,
    category: first.category,
    severity: first.severity,
    side: first.side,
    paragraph: first.paragraph,
    start: first.start,
    end: first.end,
    text: first.text,
    message: `${count} more findings of this check are not listed, from here on; fix the first ones and check again.`,
    messageKey: MORE_FINDINGS_KEY,
    params: { count },
  };
  if (first.subcategory !== undefined) finding.subcategory = first.subcategory;
  return finding;
}

/** A problem inside the QA engine, reported instead of crashing the run. */
export interface QaRunError {
  check: string;
  kind: "exception" | "invalid-finding";
  message: string;
}

/** Result of a QA run: the alignment used, the valid findings in reading order, and engine errors. */
export interface RunQaResult {
  alignment: AlignmentGroup[];
  findings: Finding[];
  errors: QaRunError[];
}

/** True when the check declares no language restriction or lists this language (primary subtag). */
export function appliesTo(check: QaCheck, sourceLang: string, targetLang: string): boolean {
  const matches = (list: readonly string[] | undefined, lang: string) =>
    list === undefined || list.some((code) => primaryLanguage(code) === primaryLanguage(lang));
  return matches(check.languages?.source, sourceLang) && matches(check.languages?.target, targetLang);
}

/** Why a finding cannot be shown, or null when its span is exact and its paragraph exists. */
function invalidReason(finding: Finding, context: QaContext): string | null {
  const paragraphs = finding.side === "source" ? context.source : finding.side === "target" ? context.target : null;
  if (!paragraphs) return `unknown side ${String(finding.side)}`;
  if (!Number.isInteger(finding.paragraph) || finding.paragraph < 0 || finding.paragraph >= paragraphs.length) {
    return `paragraph ${finding.paragraph} out of range`;
  }
  const text = paragraphs[finding.paragraph]!;
  if (!Number.isInteger(finding.start) || !Number.isInteger(finding.end) || finding.start < 0 || finding.end < finding.start || finding.end > text.length) {
    return `span ${finding.start}-${finding.end} outside paragraph ${finding.paragraph} (length ${text.length})`;
  }
  if (text.slice(finding.start, finding.end) !== finding.text) {
    return `text ${JSON.stringify(finding.text)} differs from the paragraph slice ${finding.start}-${finding.end}`;
  }
  return null;
}

const SIDE_ORDER = { source: 0, target: 1 } as const;

/** Reading order: source before target, then paragraph, start, end, and check id for ties. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
    a.paragraph - b.paragraph ||
    a.start - b.start ||
    a.end - b.end ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
  );
}

/**
 * Runs the applicable QA checks over an article. A check that throws contributes no findings and an error
 * entry; findings whose span does not match their text are dropped and reported the same way.
 * `registry` defaults to every registered check (tests pass their own).
 */
export function runQa(input: RunQaInput, registry: readonly QaCheck[] = CHECKS): RunQaResult {
  const alignment = input.alignment
    ? input.alignment.map((group) => ({ source: [...group.source], target: [...group.target] }))
    : alignParagraphs(input.source, input.target, { sourceLang: input.sourceLang, targetLang: input.targetLang });
  // A caller-supplied alignment that does not cover the article is a programming error, not a QA finding.
  validateAlignment(alignment, input.source.length, input.target.length);

  let checks: readonly QaCheck[] = registry;
  if (input.checks) {
    const unknown = input.checks.filter((id) => !registry.some((check) => check.id === id));
    if (unknown.length > 0) throw new RangeError(`unknown QA check: ${unknown.join(", ")}`);
    const wanted = new Set(input.checks);
    checks = registry.filter((check) => wanted.has(check.id));
  }

  const context: QaContext = {
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    source: Object.freeze([...input.source]),
    target: Object.freeze([...input.target]),
    alignment: Object.freeze(alignment.map((group) => Object.freeze({ source: [...group.source], target: [...group.target] }))),
    glossary: Object.freeze([...(input.glossary ?? [])]),
    ...(input.names ? { names: Object.freeze([...input.names]) } : {}),
  };

  // Row-scoped checks of an incremental run see only the chosen groups; the other paragraphs are blank (indices
  // stay valid), except the translation paragraph after each chosen one, which the quotes check reads.
  let rowContext: QaContext | null = null;
  let rowParagraphs: { source: Set<number>; target: Set<number> } | null = null;
  if (input.rows) {
    rowParagraphs = paragraphsOfRows(alignment, input.rows);
    const selected = rowParagraphs;
    rowContext = {
      ...context,
      source: Object.freeze(context.source.map((text, index) => (selected.source.has(index) ? text : ""))),
      target: Object.freeze(context.target.map((text, index) => (selected.target.has(index) || selected.target.has(index - 1) ? text : ""))),
      alignment: Object.freeze(input.rows.map((row) => context.alignment[row]!)),
    };
  }

  const findings: Finding[] = [];
  const errors: QaRunError[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    if (!appliesTo(check, input.sourceLang, input.targetLang)) continue;
    const scoped = rowContext !== null && checkScope(check) === "row";
    if (scoped && input.rows!.length === 0) continue;
    let produced: Finding[];
    try {
      produced = check.run(scoped ? rowContext! : context);
      if (!Array.isArray(produced)) throw new TypeError("run() did not return an array");
    } catch (error) {
      errors.push({ check: check.id, kind: "exception", message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const kept: Finding[] = [];
    for (const finding of produced) {
      if (scoped && finding && typeof finding === "object") {
        const chosen = finding.side === "source" ? rowParagraphs!.source : finding.side === "target" ? rowParagraphs!.target : null;
        if (chosen && !chosen.has(finding.paragraph)) continue;
      }
      const reason = finding && typeof finding === "object" ? invalidReason(finding, context) : "not a finding object";
      if (reason) {
        errors.push({ check: check.id, kind: "invalid-finding", message: reason });
        continue;
      }
      const key = `${finding.check}|${finding.side}|${finding.paragraph}|${finding.start}|${finding.end}|${finding.messageKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(finding);
    }
    if (kept.length > MAX_FINDINGS_PER_CHECK) {
      kept.sort(compareFindings);
      const left = kept.length - MAX_FINDINGS_PER_CHECK;
      kept.splice(MAX_FINDINGS_PER_CHECK, left, moreFindings(kept[MAX_FINDINGS_PER_CHECK]!, left));
    }
    for (const finding of kept) findings.push(finding);
  }
  findings.sort(compareFindings);
  return { alignment, findings, errors };
}
