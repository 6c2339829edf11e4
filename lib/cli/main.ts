import type { CliCommand } from "./command";
import { COMMANDS } from "./commands";
import { CliError } from "./errors";
import { processIo, type CliIo } from "./io";

/** Top-level usage: the command list. */
export function mainUsage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    "Usage: tadqiq <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `tadqiq <command> --help` for the options of a command.",
    "",
  ].join("\n");
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    if (topic) io.stdout(topic.usage);
    else (name === undefined ? io.stderr : io.stdout)(mainUsage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout("tadqiq 0.1.0\n");
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`tadqiq: unknown command ${JSON.stringify(name)} (commands: ${COMMANDS.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`tadqiq ${command.name}: ${error.message}\n`);
      if (error.showUsage) io.stderr(`Run \`tadqiq ${command.name} --help\` for usage.\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`tadqiq ${command.name}: internal error: ${detail.split("\n")[0]}\n`);
    if (process.env.TADQIQ_DEBUG) io.stderr(`${detail}\n`);
    return 3;
  }
}
