import { writeFileSync } from "node:fs";
import type { CliCommand } from "../command";
import { loadDataLayer, outdatedDatabaseError } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseChoice, parseCommandArgs } from "../options";

const FORMATS = ["txt", "md", "html", "docx", "xliff", "xliff12", "tmx", "json", "report-csv", "report-html"] as const;

const USAGE = `Usage: tadqiq export --article <id> --format <format> [--track-changes] [-o <file>]

Writes an article of the database: the corrected translation, a bilingual file, all its data, or its review report.

Options:
  --article <id>        the article's id (as printed by \`tadqiq import\`)
  --format <format>     ${FORMATS.join(", ")}
                        (xliff is XLIFF 2.1; tmx holds the reviewed rows only)
  --track-changes       docx only: corrections as tracked changes against the imported translation
  -o, --output <file>   where to write (default: stdout)
  -h, --help            show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Acts as the system user.
Exit status: 0 written, 2 bad usage or unknown article.
`;

/** `tadqiq export`: an article of the database → a file. */
export const exportCommand: CliCommand = {
  name: "export",
  summary: "write an article (corrected text, Word, XLIFF, TMX, JSON) or its review report to a file",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
          article: { type: "string" },
          format: { type: "string" },
          "track-changes": { type: "boolean" },
          output: { type: "string", short: "o" },
        });
    noExtraArguments(positionals);
    const articleId = values.article?.trim();
    if (!articleId) throw new UsageError("missing --article <id>");
    if (values.format === undefined) throw new UsageError(`missing --format (${FORMATS.join(", ")})`);
    const format = parseChoice(values.format, "--format", FORMATS, "txt");
    if (values["track-changes"] && format !== "docx") throw new UsageError("--track-changes only applies to --format docx");

    const { db, AppError, actor } = await loadDataLayer();
    let body: string | Uint8Array;
    try {
      if (format === "report-csv" || format === "report-html") {
        const { getReviewReport } = await import("../../server/article/get-review-report");
        body = (await getReviewReport({ actor, articleId, format })).body;
      } else {
        const [{ getExportArticle }, { exportArticle }] = await Promise.all([import("../../server/article/get-export-article"), import("../../formats")]);
        const article = await getExportArticle({ actor, articleId });
        const trackChanges = Boolean(values["track-changes"]);
        body = (await exportArticle(article, format, trackChanges ? { trackChanges, author: actor.name } : {})).body;
      }
    } catch (error) {
      if (error instanceof AppError) {
        throw new CliError(error.code === "article.not-found" ? `no article with id ${JSON.stringify(articleId)}` : error.message);
      }
      throw outdatedDatabaseError(error) ?? error;
    } finally {
      await db.$disconnect();
    }

    const output = values.output;
    if (output === undefined || output === "-") {
      if (typeof body === "string") io.stdout(body);
      else process.stdout.write(body);
      return 0;
    }
    try {
      writeFileSync(output, body);
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${(error as Error).message}`);
    }
    io.stderr(`tadqiq export: wrote ${output} (${typeof body === "string" ? Buffer.byteLength(body) : body.byteLength} bytes)\n`);
    return 0;
  },
};
