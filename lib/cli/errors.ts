/** An error the CLI reports as one line on stderr, exiting with `exitCode` (2: usage or unreadable input). */
export class CliError extends Error {
  readonly exitCode: number;
  /** Print the command's usage after the message. */
  readonly showUsage: boolean;

  constructor(message: string, options: { exitCode?: number; showUsage?: boolean } = {}) {
    super(message);
    this.name = "CliError";
    this.exitCode = options.exitCode ?? 2;
    this.showUsage = options.showUsage ?? false;
  }
}

/** Bad command line: exit 2 and point at --help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, { exitCode: 2, showUsage: true });
    this.name = "UsageError";
  }
}
