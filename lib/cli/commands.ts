import type { CliCommand } from "./command";
import { alignCommand } from "./commands/align";
import { checkCommand } from "./commands/check";
import { dbCommand } from "./commands/db";
import { exportCommand } from "./commands/export";
import { glossaryCommand } from "./commands/glossary";
import { importCommand } from "./commands/import";
import { namesCommand } from "./commands/names";
import { tokenCommand } from "./commands/token";
import { userCommand } from "./commands/user";

/** Every subcommand of `tadqiq`, in the order `tadqiq --help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, alignCommand, importCommand, exportCommand, glossaryCommand, namesCommand, userCommand, tokenCommand, dbCommand];
