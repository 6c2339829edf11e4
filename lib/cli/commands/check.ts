import { readFileSync, statSync } from "node:fs";
import { NameIndex } from "../../names/index";
import { assertNameRegisterSize, NameRegisterError, readNameRegister } from "../../names/register-file";
import type { NameRecord } from "../../names/types";
import { GlossaryFormatError, parseGlossaryCsv } from "../../qa/glossary";
import { SEVERITIES, type Severity } from "../../qa/mqm";
import { CHECKS } from "../../qa/registry";
import { runQa } from "../../qa/run";
import { countWords, DEFAULT_PASS_THRESHOLD, scoreFindings, WORD_BASE } from "../../qa/score";
import type { Finding, GlossaryEntry } from "../../qa/types";
import type { CliCommand } from "../command";
import { CliError, UsageError } from "../errors";
import { readParagraphs, readUtf8File } from "../io";
import { parseChoice, parseCommandArgs, parseLanguage } from "../options";
import { formatTextReport } from "../text-report";

const FAIL_LEVELS = ["minor", "major", "critical"] as const;
const FORMATS = ["text", "json"] as const;

const USAGE = `Usage: tadqiq check <source.txt> <target.txt> --source-lang <code> --target-lang <code> [options]

Runs the QA checks on a source text and its translation (UTF-8, one paragraph per non-empty line).

Options:
  --source-lang <code>      language of the source (e.g. ar)
  --target-lang <code>      language of the translation (e.g. en)
  --glossary <terms.csv>    glossary CSV: source,target,forbidden,type,note
  --names <register.json>   name register (format "tadqiq-names", as \`tadqiq names export\` writes it): names
                            spelled otherwise than their house spelling are reported (check name-authority)
  --format text|json        output format (default text)
  --fail-on minor|major|critical
                            exit 1 when a finding reaches this severity (default major)
  --checks <id,id,...>      run only these checks (default all: ${CHECKS.map((check) => check.id).join(", ")})
  --threshold <n>           pass threshold on the quality score, 0-100, higher is better (default ${DEFAULT_PASS_THRESHOLD});
                            quality = 100 - penalty points x 100 / max(source words, ${WORD_BASE})
  -h, --help                show this help

Exit status: 0 no finding at or above --fail-on, 1 some, 2 bad usage or unreadable input.
`;

/** Finding as printed in the JSON output (messageKey and params kept as extra fields). */
function jsonFinding(finding: Finding): Record<string, unknown> {
  const { check, category, subcategory, severity, side, paragraph, start, end, text, suggestion, message, messageKey, params } = finding;
  return { check, category, ...(subcategory ? { subcategory } : {}), severity, side, paragraph, start, end, text, ...(suggestion !== undefined ? { suggestion } : {}), message, messageKey, ...(params ? { params } : {}) };
}

function readGlossary(path: string): GlossaryEntry[] {
  try {
    return parseGlossaryCsv(readUtf8File(path));
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Reads a name register file; a bad file is a one-line error (exit 2) naming the file, the name and the field. */
function readRegister(path: string): NameRecord[] {
  let bytes: Buffer;
  try {
    // Refused before reading: a huge file is not loaded to be told it is too large.
    assertNameRegisterSize(statSync(path).size, path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof NameRegisterError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : String((error as Error).message);
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
  try {
    return readNameRegister(bytes, path);
  } catch (error) {
    if (error instanceof NameRegisterError) throw new CliError(error.message);
    throw error;
  }
}

/** `tadqiq check`: QA findings, alignment and score for a source/translation pair. */
export const checkCommand: CliCommand = {
  name: "check",
  summary: "run the QA checks on a source text and its translation",
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
          "source-lang": { type: "string" },
          "target-lang": { type: "string" },
          glossary: { type: "string" },
          names: { type: "string" },
          format: { type: "string" },
          "fail-on": { type: "string" },
          checks: { type: "string" },
          threshold: { type: "string" },
        });
    if (positionals.length !== 2) throw new UsageError(`expected <source.txt> <target.txt>, got ${positionals.length} file argument(s)`);
    const sourceLang = parseLanguage(values["source-lang"], "--source-lang");
    const targetLang = parseLanguage(values["target-lang"], "--target-lang");
    const format = parseChoice(values.format, "--format", FORMATS, "text");
    const failOn = parseChoice(values["fail-on"], "--fail-on", FAIL_LEVELS, "major");
    let threshold = DEFAULT_PASS_THRESHOLD;
    if (values.threshold !== undefined) {
      threshold = Number(values.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) throw new UsageError(`invalid --threshold: ${JSON.stringify(values.threshold)} (expected a number from 0 to 100)`);
    }
    let checks: string[] | undefined;
    if (values.checks !== undefined) {
      checks = values.checks.split(",").map((id) => id.trim()).filter((id) => id !== "");
      const unknown = checks.filter((id) => !CHECKS.some((check) => check.id === id));
      if (unknown.length > 0 || checks.length === 0) throw new UsageError(`unknown check in --checks: ${unknown.join(", ") || "(none given)"}`);
    }

    const source = readParagraphs(positionals[0]!);
    const target = readParagraphs(positionals[1]!);
    const glossary = values.glossary !== undefined ? readGlossary(values.glossary) : [];
    // Only the register names this article's source writes go to the check (a map look-up per source word).
    const names = values.names !== undefined ? new NameIndex(readRegister(values.names)).relevantTo(source) : undefined;

    const result = runQa({ sourceLang, targetLang, source, target, glossary, ...(names ? { names } : {}), ...(checks ? { checks } : {}) });
    const score = scoreFindings(result.findings, countWords(source, sourceLang), threshold);
    const failRank = SEVERITIES.indexOf(failOn);
    const failing = result.findings.filter((finding) => SEVERITIES.indexOf(finding.severity as Severity) >= failRank).length;

    if (format === "json") {
      const output: Record<string, unknown> = { version: 1, alignment: result.alignment, findings: result.findings.map(jsonFinding), score };
      if (result.errors.length > 0) output.errors = result.errors;
      io.stdout(`${JSON.stringify(output)}\n`);
    } else {
      io.stdout(formatTextReport({ sourceLang, targetLang, source, target, alignment: result.alignment, findings: result.findings, score, failOn, failing }));
    }
    for (const error of result.errors) io.stderr(`tadqiq check: warning: check ${error.check}: ${error.message}\n`);
    return failing > 0 ? 1 : 0;
  },
};
