import type { CliCommand } from "../command";
import { loadDataLayer } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseCommandArgs } from "../options";

const USAGE = `Usage: tadqiq token create --email <email> --name <name>

Creates a REST API token for an existing account and prints it alone on the last line. The token acts with that
account's role; only its hash is stored, so it cannot be shown again (revoke it on the Settings page).

Options:
  --email <email>   the account the token acts as
  --name <name>     a label for the token (e.g. "CMS sync")
  -h, --help        show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout).
Exit status: 0 created, 2 bad usage or unknown account.
`;

/** `tadqiq token create`: makes an API token for a user. */
export const tokenCommand: CliCommand = {
  name: "token",
  summary: "create a REST API token: token create --email E --name N",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "create") throw new UsageError(sub ? `unknown token subcommand ${JSON.stringify(sub)} (expected create)` : "missing subcommand (tadqiq token create …)");
    const { values, positionals } = parseCommandArgs(rest, { email: { type: "string" }, name: { type: "string" } });
    noExtraArguments(positionals);
    if (!values.email) throw new UsageError("missing --email");
    if (!values.name) throw new UsageError("missing --name");
    const { db, AppError, actor } = await loadDataLayer();
    try {
      const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() } });
      if (!user) throw new CliError(`no account with email ${JSON.stringify(values.email)}`);
      const { createApiToken } = await import("../../server/token/api-tokens");
      const { token } = await createApiToken({ actor, name: values.name, userId: user.id });
      io.stderr(`tadqiq token: created "${values.name}" for ${user.email} (${user.role}); it is shown only once\n`);
      io.stdout(`${token}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await db.$disconnect();
    }
  },
};
