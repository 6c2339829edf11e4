import { writeFileSync } from "node:fs";
import type { CliCommand } from "../command";
import { readFileBytes } from "../io";
import type { CliIo } from "../io";
import { loadDataLayer, outdatedDatabaseError } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseChoice, parseCommandArgs } from "../options";
import { LANGUAGES, isLanguageCode } from "../../languages";

const FORMATS = ["tbx", "csv"] as const;
const SUBCOMMANDS = ["import", "export"] as const;

const USAGE = `Usage:
  tadqiq glossary import <file.tbx|file.csv> --source-lang <code> --target-lang <code>
  tadqiq glossary export --source-lang <code> --target-lang <code> [--format tbx|csv] [-o <file>]

import   adds the entries of a termbase to the glossary of a language pair, replacing entries with the same source
         term: TBX (TBX-Basic 2008 <martif> or TBX v3 <tbx>, e.g. exported by MultiTerm or memoQ; .tbx/.xml or
         detected by content) or CSV with the header source,target,forbidden,type,note. All entries or none are
         written; entries without a term in either language are skipped with a warning on stderr. The articles of
         the pair are checked again.
export   writes the glossary of a language pair: TBX v3 TBX-Basic (default) or CSV.

Options:
  --source-lang <code>   the glossary's source language (a region such as ar-EG counts as ar)
  --target-lang <code>   the glossary's translation language
  --format <format>      export only: tbx (default) or csv
  -o, --output <file>    export only: where to write (default: stdout)
  -h, --help             show this help

Languages: ${LANGUAGES.join(", ")}.
Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Acts as the system user; imports are audited.
Exit status: 0 done, 2 bad usage, unreadable or refused file (nothing is written).
`;

function languageOption(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === "") throw new UsageError(`missing ${option} (e.g. ${option} ${option === "--source-lang" ? "ar" : "en"})`);
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!isLanguageCode(primary)) throw new UsageError(`unsupported language for ${option}: ${JSON.stringify(value)} (one of ${LANGUAGES.join(", ")})`);
  return primary;
}


function pairOptions(values: { "source-lang"?: string; "target-lang"?: string }) {
  const sourceLang = languageOption(values["source-lang"], "--source-lang");
  const targetLang = languageOption(values["target-lang"], "--target-lang");
  if (sourceLang === targetLang) throw new UsageError("--source-lang and --target-lang must differ");
  return { sourceLang, targetLang };
}

async function importGlossary(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "source-lang": { type: "string" }, "target-lang": { type: "string" } });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <file> (tadqiq glossary import <file.tbx|file.csv> --source-lang ar --target-lang en)");
  noExtraArguments(extra);
  const pair = pairOptions(values);
  const bytes = readFileBytes(file);
  const { db, AppError, actor } = await loadDataLayer();
  try {
    const { importGlossaryFile } = await import("../../server/glossary/glossary-entries");
    const result = await importGlossaryFile({ actor, ...pair, fileName: file, bytes });
    if (result.warnings.length > 0) {
      const { englishGlossaryWarning } = await import("../glossary-warnings");
      for (const warning of result.warnings) io.stderr(`tadqiq glossary: warning: ${englishGlossaryWarning(warning)}\n`);
    }
    io.stderr(`tadqiq glossary: imported ${result.count} entr${result.count === 1 ? "y" : "ies"} (${result.format}) into ${pair.sourceLang} → ${pair.targetLang}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${error.message} (nothing was written)`);
    throw outdatedDatabaseError(error) ?? error;
  } finally {
    await db.$disconnect();
  }
}

async function exportGlossaryFile(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "source-lang": { type: "string" }, "target-lang": { type: "string" }, format: { type: "string" }, output: { type: "string", short: "o" } });
  noExtraArguments(positionals);
  const pair = pairOptions(values);
  const format = parseChoice(values.format, "--format", FORMATS, "tbx");
  const { db, AppError, actor } = await loadDataLayer();
  let file: { body: string; count: number };
  try {
    const { exportGlossary } = await import("../../server/glossary/glossary-entries");
    file = await exportGlossary({ actor, ...pair, format });
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw outdatedDatabaseError(error) ?? error;
  } finally {
    await db.$disconnect();
  }
  if (values.output === undefined || values.output === "-") {
    io.stdout(file.body);
  } else {
    try {
      writeFileSync(values.output, file.body);
    } catch (error) {
      throw new CliError(`cannot write ${values.output}: ${(error as Error).message}`);
    }
  }
  io.stderr(`tadqiq glossary: exported ${file.count} entr${file.count === 1 ? "y" : "ies"} of ${pair.sourceLang} → ${pair.targetLang} as ${format}\n`);
  return 0;
}

/** `tadqiq glossary import|export`: termbases (TBX, CSV) in and out of a language pair's glossary. */
export const glossaryCommand: CliCommand = {
  name: "glossary",
  summary: "import a TBX or CSV termbase into a pair's glossary, or export the pair's glossary as TBX or CSV",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) throw new UsageError(`missing subcommand (tadqiq glossary ${SUBCOMMANDS.join("|")} …)`);
    if (sub === "import") return importGlossary(rest, io);
    if (sub === "export") return exportGlossaryFile(rest, io);
    throw new UsageError(`unknown glossary subcommand ${JSON.stringify(sub)} (expected ${SUBCOMMANDS.join(", ")})`);
  },
};
