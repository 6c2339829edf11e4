import type { CliCommand } from "./command";
import { alignCommand } from "./commands/align";
import { checkCommand } from "./commands/check";

/** Every subcommand of `tadqiq`, in the order `tadqiq --help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, alignCommand];
