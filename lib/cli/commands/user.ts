import type { CliCommand } from "../command";
import { loadDataLayer } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseChoice, parseCommandArgs } from "../options";

const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;

const USAGE = `Usage: tadqiq user create --email <email> --password <password> --role admin|editor|reviewer|viewer [--name <name>]

Creates an account in the database (for headless servers and scripts). The first account created this way, like the
first one made in the browser, takes over the sample article.

Options:
  --email <email>        sign-in email (unique)
  --password <password>  8 to 128 characters (hashed by the auth library; never stored in clear)
  --role <role>          admin, editor, reviewer or viewer
  --name <name>          display name (default: the part of the email before @)
  -h, --help             show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout).
Exit status: 0 created (the new user's id on the last line), 2 bad usage or refused (e.g. the email exists).
`;

/** `tadqiq user create`: adds an account. */
export const userCommand: CliCommand = {
  name: "user",
  summary: "create an account: user create --email E --password P --role R",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "create") throw new UsageError(sub ? `unknown user subcommand ${JSON.stringify(sub)} (expected create)` : "missing subcommand (tadqiq user create …)");
    const { values, positionals } = parseCommandArgs(rest, { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } });
    noExtraArguments(positionals);
    if (!values.email) throw new UsageError("missing --email");
    if (!values.password) throw new UsageError("missing --password");
    if (!values.role) throw new UsageError(`missing --role (${ROLES.join(", ")})`);
    const role = parseChoice(values.role, "--role", ROLES, "viewer");
    const { db, AppError, actor } = await loadDataLayer();
    try {
      const { createUser } = await import("../../server/user/create-user");
      const firstRun = (await db.user.count()) === 0;
      const user = await createUser({
        actor: firstRun && role === "admin" ? null : actor,
        user: { email: values.email, password: values.password, role, name: values.name ?? values.email.split("@")[0] ?? values.email },
      });
      io.stderr(`tadqiq user: created ${user.email} (${user.role})\n`);
      io.stdout(`${user.id}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await db.$disconnect();
    }
  },
};
