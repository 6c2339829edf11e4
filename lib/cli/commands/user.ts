import type { CliCommand } from "../command";
import type { CliIo } from "../io";
import { loadDataLayer } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseChoice, parseCommandArgs } from "../options";

const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;

const USAGE = `Usage:
  tadqiq user create --email <email> --password <password> --role admin|editor|reviewer|viewer [--name <name>]
  tadqiq user deactivate <email>
  tadqiq user reactivate <email>
  tadqiq user reset <email> [--password <password>]
  tadqiq user scope <email> <source>-<target> admin|editor|reviewer|viewer|none

create      adds an account. The first account created this way, like the first one made in the browser, takes
            over the sample article.
deactivate  off-boards an account: sign-in refused, every session ended and every API token revoked at once. The
            account, its work and its audit entries stay.
reactivate  lets a deactivated account sign in again with its password (revoked tokens stay revoked).
reset       sets a new password and ends the account's sessions. Without --password a random 20-character password
            is generated and printed alone on stdout (safer than a password on the command line, which other
            users of the machine can see in the process list).
scope       gives the account a desk role: its role for the articles of one language pair (e.g. ar-en), in place
            of its global role there; "none" takes the desk role back (the global role applies again). Prints the
            account's desk roles afterwards, one "<source>-<target> <role>" per line on stdout.

Options:
  --email <email>        sign-in email (unique)
  --password <password>  12 to 128 characters, not a common or leaked password (hashed; never stored in clear)
  --role <role>          admin, editor, reviewer or viewer
  --name <name>          display name (default: the part of the email before @)
  -h, --help             show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Changes are audited with origin "cli".
Exit status: 0 done (create: the new user's id on the last line; reset without --password: the new password),
2 bad usage or refused (e.g. the email exists, unknown account, weak password, last active admin).
`;

const SUBCOMMANDS = ["create", "deactivate", "reactivate", "reset", "scope"] as const;

/** `tadqiq user create|deactivate|reactivate|reset`: manages accounts. */
export const userCommand: CliCommand = {
  name: "user",
  summary: "manage accounts: user create --email E --password P --role R | user deactivate|reactivate|reset <email> | user scope <email> <src>-<tgt> <role|none>",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) throw new UsageError(`missing subcommand (tadqiq user ${SUBCOMMANDS.join("|")} …)`);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`unknown user subcommand ${JSON.stringify(sub)} (expected ${SUBCOMMANDS.join(", ")})`);
    if (sub === "create") return createAccount(rest, io);
    if (sub === "scope") return setScope(rest, io);
    const { values, positionals } = parseCommandArgs(rest, sub === "reset" ? { password: { type: "string" } } : {});
    const [email, ...extra] = positionals;
    if (!email) throw new UsageError(`missing <email> (tadqiq user ${sub} <email>)`);
    noExtraArguments(extra);
    const { db, AppError, actor } = await loadDataLayer();
    try {
      const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
      if (!user) throw new CliError(`no account with email ${JSON.stringify(email)}`);
      if (sub === "deactivate") {
        const { deactivateUser } = await import("../../server/user/deactivate-user");
        const before = await db.apiToken.count({ where: { userId: user.id, revokedAt: null } });
        await deactivateUser({ actor, userId: user.id });
        io.stderr(`tadqiq user: deactivated ${user.email}; sessions ended, ${before} API token(s) revoked\n`);
      } else if (sub === "reactivate") {
        const { reactivateUser } = await import("../../server/user/deactivate-user");
        await reactivateUser({ actor, userId: user.id });
        io.stderr(`tadqiq user: reactivated ${user.email}\n`);
      } else {
        const { resetUserPassword, generatePassword } = await import("../../server/user/reset-user-password");
        const password = typeof values.password === "string" ? values.password : generatePassword();
        await resetUserPassword({ actor, userId: user.id, password });
        io.stderr(`tadqiq user: new password set for ${user.email}; their sessions have ended\n`);
        if (typeof values.password !== "string") io.stdout(`${password}\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await db.$disconnect();
    }
  },
};

async function createAccount(rest: string[], io: CliIo): Promise<number> {
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
}

async function setScope(rest: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(rest, {});
  const [email, pair, roleArg, ...extra] = positionals;
  if (!email || !pair || !roleArg) throw new UsageError("usage: tadqiq user scope <email> <source>-<target> <role|none>");
  noExtraArguments(extra);
  const match = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(pair);
  if (!match) throw new UsageError(`the language pair must look like ar-en, got ${JSON.stringify(pair)}`);
  const role = roleArg === "none" ? null : parseChoice(roleArg, "role", ROLES, "viewer");
  const { db, AppError, actor } = await loadDataLayer();
  try {
    const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user) throw new CliError(`no account with email ${JSON.stringify(email)}`);
    const { setUserScope } = await import("../../server/user/user-scopes");
    const { changed, scopes } = await setUserScope({ actor, userId: user.id, sourceLang: match[1]!, targetLang: match[2]!, role });
    const what = role === null ? `desk role for ${pair} removed` : `desk role for ${pair} set to ${role}`;
    io.stderr(`tadqiq user: ${changed ? what : "nothing to change"} (${user.email})\n`);
    for (const scope of scopes) io.stdout(`${scope.sourceLang}-${scope.targetLang} ${scope.role}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}
