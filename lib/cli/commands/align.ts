import { alignParagraphs } from "../../align/align";
import type { CliCommand } from "../command";
import { UsageError } from "../errors";
import { readParagraphs } from "../io";
import { parseCommandArgs, parseLanguage } from "../options";

const USAGE = `Usage: tadqiq align <source.txt> <target.txt> --source-lang <code> --target-lang <code>

Aligns the paragraphs (one per non-empty line) of a source text and its translation and prints
{"version":1,"alignment":[{"source":[0],"target":[0]},...]} with 0-based paragraph indices.

Options:
  --source-lang <code>   language of the source (e.g. ar)
  --target-lang <code>   language of the translation (e.g. en)
  -h, --help             show this help
`;

/** `tadqiq align`: paragraph alignment as JSON. */
export const alignCommand: CliCommand = {
  name: "align",
  summary: "align source and translation paragraphs and print the groups as JSON",
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { "source-lang": { type: "string" }, "target-lang": { type: "string" } });
    if (positionals.length !== 2) throw new UsageError(`expected <source.txt> <target.txt>, got ${positionals.length} file argument(s)`);
    const sourceLang = parseLanguage(values["source-lang"], "--source-lang");
    const targetLang = parseLanguage(values["target-lang"], "--target-lang");
    const source = readParagraphs(positionals[0]!);
    const target = readParagraphs(positionals[1]!);
    const alignment = alignParagraphs(source, target, { sourceLang, targetLang });
    io.stdout(`${JSON.stringify({ version: 1, alignment })}\n`);
    return 0;
  },
};
