import type { CliIo } from "./io";

/** One `tadqiq <name>` subcommand; lib/cli/commands.ts lists them. */
export interface CliCommand {
  name: string;
  /** One line for the command list in `tadqiq --help`. */
  summary: string;
  /** Full usage text for `tadqiq <name> --help`. */
  usage: string;
  /** Runs the command and resolves to the process exit code. Throw CliError for usage/input errors. */
  run(args: string[], io: CliIo): Promise<number> | number;
}
