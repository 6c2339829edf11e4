import type { AlignmentGroup } from "../align/types";
import type { NameRecord } from "../names/types";
import { findingFingerprint } from "./fingerprint";
import { CHECKS } from "./registry";
import { runQa, type QaRunError } from "./run";
import { checkScope } from "./scope";
import type { Finding, GlossaryEntry } from "./types";

/** One QA run as sent to a worker thread: plain data only (structured-clone safe). */
export interface QaTask {
  sourceLang: string;
  targetLang: string;
  source: string[];
  target: string[];
  alignment: AlignmentGroup[];
  glossary: GlossaryEntry[];
  /** Name register records relevant to the article (NameIndex.relevantTo its source). */
  names?: NameRecord[];
  /** Alignment groups the row-scoped checks look at (lib/qa/scope.ts); undefined means a full run. */
  rows?: number[];
}

/** A finding with its fingerprint within its paragraph (lib/qa/fingerprint.ts). */
export interface QaTaskFinding extends Finding {
  fingerprint: string;
}

/** What a QA task returns: findings in reading order, engine errors, and which checks were row-scoped. */
export interface QaTaskResult {
  findings: QaTaskFinding[];
  errors: QaRunError[];
  /** Ids of the checks that ran only on `rows` (their findings elsewhere are not in `findings`). */
  rowScopedChecks: string[];
}

/** Runs the QA checks of one task and fingerprints the findings; the same code runs inline and in the worker. */
export function runQaTask(task: QaTask): QaTaskResult {
  const result = runQa({
    sourceLang: task.sourceLang,
    targetLang: task.targetLang,
    source: task.source,
    target: task.target,
    alignment: task.alignment,
    glossary: task.glossary,
    ...(task.names ? { names: task.names } : {}),
    ...(task.rows ? { rows: task.rows } : {}),
  });
  const findings = result.findings.map((finding) => ({
    ...finding,
    fingerprint: findingFingerprint(finding, (finding.side === "source" ? task.source : task.target)[finding.paragraph]!),
  }));
  const rowScopedChecks = task.rows ? CHECKS.filter((check) => checkScope(check) === "row").map((check) => check.id) : [];
  return { findings, errors: result.errors, rowScopedChecks };
}
