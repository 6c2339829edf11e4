import type { CliCommand } from "../command";
import { readFileBytes } from "../io";
import { loadDataLayer, outdatedDatabaseError } from "../database";
import { CliError, UsageError } from "../errors";
import { parseCommandArgs } from "../options";
import { LANGUAGES, isLanguageCode } from "../../languages";

const USAGE = `Usage: tadqiq import <source-file> <target-file> [--source-lang <code> --target-lang <code>] [--title <title>] [--allow-swapped]
       tadqiq import <file.xlf|file.tmx> [--source-lang <code> --target-lang <code>] [--title <title>] [--allow-swapped]

Creates an article in the database from a source file and its translation (.txt, .md, .html, .docx; the
paragraphs are aligned automatically) or from one bilingual file (XLIFF 1.2/2.0/2.1 or TMX: one row per unit,
with its notes and review state). Prints the new article's id on stdout; warnings go to stderr.

Options:
  --source-lang <code>   language of the source (default: declared by the file)
  --target-lang <code>   language of the translation (default: declared by the file)
  --title <title>        article title (default: the file's title, else the first translated paragraph)
  --allow-swapped        import even when the source looks like the translation and the reverse (Arabic vs Latin script)
  -h, --help             show this help

Languages: ${LANGUAGES.join(", ")}.
Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Acts as the system user.
Exit status: 0 imported, 2 bad usage, unreadable or invalid file (nothing is written).
`;


function languageOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!isLanguageCode(primary)) throw new UsageError(`unsupported language for ${option}: ${JSON.stringify(value)} (one of ${LANGUAGES.join(", ")})`);
  return primary;
}

/** `tadqiq import`: files → a new article in the database. */
export const importCommand: CliCommand = {
  name: "import",
  summary: "create an article from a source/translation pair of files or one XLIFF/TMX file",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { "source-lang": { type: "string" }, "target-lang": { type: "string" }, title: { type: "string" }, "allow-swapped": { type: "boolean" } });
    if (positionals.length !== 1 && positionals.length !== 2) {
      throw new UsageError(`expected <source-file> <target-file> or one bilingual file, got ${positionals.length} file argument(s)`);
    }
    const sourceLang = languageOption(values["source-lang"], "--source-lang");
    const targetLang = languageOption(values["target-lang"], "--target-lang");
    if (sourceLang && sourceLang === targetLang) throw new UsageError("--source-lang and --target-lang must differ");
    const files = positionals.map((path) => ({ name: path, bytes: readFileBytes(path) }));

    const { db, AppError, actor } = await loadDataLayer();
    const { importArticle } = await import("../../server/article/import-article");
    try {
      const result = await importArticle({ actor, files, sourceLang, targetLang, title: values.title, confirmScripts: values["allow-swapped"] === true });
      if (result.warnings.length > 0) {
        // The English wording comes from the locale files through i18next, loaded only when there is something to say.
        const { englishImportWarning } = await import("../import-warnings");
        for (const warning of result.warnings) io.stderr(`tadqiq import: warning: ${englishImportWarning(warning)}\n`);
      }
      io.stderr(`tadqiq import: ${result.rows} row(s), ${result.sourceLang} → ${result.targetLang}\n`);
      io.stdout(`${result.id}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code.startsWith("import.language-missing.")) {
          const side = error.code.endsWith("source") ? "--source-lang" : "--target-lang";
          throw new CliError(`${error.params.fileName} does not declare its ${side === "--source-lang" ? "source" : "target"} language: pass ${side}`);
        }
        if (error.code === "article.scripts-swapped") {
          throw new CliError(
            `the files look swapped: the source is mostly in ${String(error.details?.sourceScript)} script and the translation in ${String(error.details?.targetScript)} script ` +
              `for ${error.params.sourceLang} → ${error.params.targetLang}. Give the source file first, or pass --allow-swapped to import them as given (nothing was written)`,
          );
        }
        throw new CliError(error.message);
      }
      throw outdatedDatabaseError(error) ?? error;
    } finally {
      await db.$disconnect();
    }
  },
};
