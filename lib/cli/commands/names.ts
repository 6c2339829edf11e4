import { writeFileSync } from "node:fs";
import type { CliCommand } from "../command";
import { readFileBytes } from "../io";
import type { CliIo } from "../io";
import { loadDataLayer, outdatedDatabaseError } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseCommandArgs } from "../options";
import { LANGUAGES, isLanguageCode } from "../../languages";

const SUBCOMMANDS = ["export", "import"] as const;

const USAGE = `Usage:
  tadqiq names export <file.json> [--target-lang <code>]
  tadqiq names import <file.json> [--target-lang <code>]

export   writes the name register (how each Arabic name is spelled in each language, learned from approved
         articles and chosen by editors) as a tadqiq-names JSON file: every name with its house spelling, its
         spellings with the number of approved articles using each and up to 3 of them; the glossary's names
         (person, place, organization) without a register entry follow as source "glossary". "-" writes to stdout.
import   reads such a file into the register, all of it or nothing: new names and spellings are added, a house
         spelling in the file replaces the register's, counts only go up (importing a file twice changes nothing),
         names marked as a different person stay marked. Names of source "glossary" are left to the glossary. The
         open articles of the languages imported are checked again.

Options:
  --target-lang <code>   only this language's names (export: default all languages; import: others are skipped)
  -h, --help             show this help

Languages: ${LANGUAGES.filter((l) => l !== "ar").join(", ")}.
Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Acts as the system user; imports are audited.
Exit status: 0 done, 2 bad usage, unreadable or refused file (nothing is written).
`;

function targetLangOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!isLanguageCode(primary) || primary === "ar") throw new UsageError(`unsupported language for --target-lang: ${JSON.stringify(value)} (one of ${LANGUAGES.filter((l) => l !== "ar").join(", ")})`);
  return primary;
}


async function exportNames(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "target-lang": { type: "string" } });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <file.json> (tadqiq names export names.json [--target-lang en]; - for stdout)");
  noExtraArguments(extra);
  const targetLang = targetLangOption(values["target-lang"]);
  const { db, AppError, actor } = await loadDataLayer();
  let result: { body: string; count: number; languages: string[]; examples: boolean };
  try {
    const { exportNameRegister } = await import("../../server/names/name-register-file");
    result = await exportNameRegister({ actor, ...(targetLang ? { targetLang } : {}) });
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw outdatedDatabaseError(error) ?? error;
  } finally {
    await db.$disconnect();
  }
  if (file === "-") io.stdout(result.body);
  else {
    try {
      writeFileSync(file, result.body);
    } catch (error) {
      throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
    }
  }
  const note = result.examples ? "" : ", without example articles (with them the file would pass the 20 MB import limit)";
  io.stderr(`tadqiq names: exported ${result.count} name${result.count === 1 ? "" : "s"}${result.languages.length > 0 ? ` (${result.languages.join(", ")})` : ""}${note}\n`);
  return 0;
}

async function importNames(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "target-lang": { type: "string" } });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("missing <file.json> (tadqiq names import names.json [--target-lang en])");
  noExtraArguments(extra);
  const targetLang = targetLangOption(values["target-lang"]);
  const bytes = readFileBytes(file);
  const { db, AppError, actor } = await loadDataLayer();
  try {
    const { importNameRegister } = await import("../../server/names/name-register-file");
    const result = await importNameRegister({ actor, input: bytes, fileName: file, ...(targetLang ? { targetLang } : {}) });
    const skipped = result.skipped > 0 ? `, ${result.skipped} skipped (glossary names or other languages)` : "";
    io.stderr(`tadqiq names: imported ${result.entries} name${result.entries === 1 ? "" : "s"} (${result.created} new, ${result.spellings} spellings)${skipped}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${error.message} (nothing was written)`);
    throw outdatedDatabaseError(error) ?? error;
  } finally {
    await db.$disconnect();
  }
}

/** `tadqiq names export|import`: the name register in and out of the database as a tadqiq-names JSON file. */
export const namesCommand: CliCommand = {
  name: "names",
  summary: "export the name register (learned spellings of Arabic names) as JSON, or import such a file",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) throw new UsageError(`missing subcommand (tadqiq names ${SUBCOMMANDS.join("|")} …)`);
    if (sub === "export") return exportNames(rest, io);
    if (sub === "import") return importNames(rest, io);
    throw new UsageError(`unknown names subcommand ${JSON.stringify(sub)} (expected ${SUBCOMMANDS.join(", ")})`);
  },
};
