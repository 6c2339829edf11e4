import type { CliCommand } from "../command";
import { loadDataLayer } from "../database";
import { CliError, UsageError } from "../errors";
import { noExtraArguments, parseCommandArgs } from "../options";

const USAGE = `Usage:
  tadqiq token create --email <email> --name <name>
  tadqiq token list --email <email>
  tadqiq token revoke <token-id>

create  makes a REST API token for an existing, active account and prints it alone on the last line. The token
        acts with that account's role; only its hash is stored, so it cannot be shown again.
list    prints the account's tokens, one a line: id, prefix, state (active or revoked), created, last used, name.
revoke  revokes a token by id (from list); it stops working at once.

Options:
  --email <email>   the account the token acts as
  --name <name>     a label for the token (e.g. "CMS sync")
  -h, --help        show this help

Database: DATABASE_URL (default file:data/tadqiq.db in the tadqiq checkout). Changes are audited with origin "cli".
Exit status: 0 done, 2 bad usage, unknown account or token, or a deactivated account.
`;

const SUBCOMMANDS = ["create", "list", "revoke"] as const;

/** `tadqiq token create|list|revoke`: API tokens of a user. */
export const tokenCommand: CliCommand = {
  name: "token",
  summary: "REST API tokens: token create --email E --name N | token list --email E | token revoke ID",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) throw new UsageError(`missing subcommand (tadqiq token ${SUBCOMMANDS.join("|")} …)`);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`unknown token subcommand ${JSON.stringify(sub)} (expected ${SUBCOMMANDS.join(", ")})`);
    const { values, positionals } = parseCommandArgs(rest, sub === "revoke" ? {} : sub === "list" ? { email: { type: "string" } } : { email: { type: "string" }, name: { type: "string" } });
    const opts = values as { email?: string; name?: string };
    if (sub === "revoke") {
      if (!positionals[0]) throw new UsageError("missing <token-id> (tadqiq token revoke <token-id>)");
      noExtraArguments(positionals.slice(1));
    } else {
      noExtraArguments(positionals);
      if (!opts.email) throw new UsageError("missing --email");
      if (sub === "create" && !opts.name) throw new UsageError("missing --name");
    }
    const { db, AppError, actor } = await loadDataLayer();
    try {
      const api = await import("../../server/token/api-tokens");
      if (sub === "revoke") {
        await api.revokeApiToken({ actor, tokenId: positionals[0]! });
        io.stderr(`tadqiq token: revoked ${positionals[0]}\n`);
        return 0;
      }
      const user = await db.user.findUnique({ where: { email: opts.email!.trim().toLowerCase() } });
      if (!user) throw new CliError(`no account with email ${JSON.stringify(opts.email)}`);
      if (sub === "list") {
        for (const token of await api.listApiTokens({ actor, userId: user.id })) {
          io.stdout(`${token.id}\t${token.prefix}\t${token.revokedAt ? "revoked" : "active"}\t${token.createdAt}\t${token.lastUsedAt ?? "-"}\t${token.name}\n`);
        }
        return 0;
      }
      const { token } = await api.createApiToken({ actor, name: opts.name!, userId: user.id });
      io.stderr(`tadqiq token: created "${opts.name}" for ${user.email} (${user.role}); it is shown only once\n`);
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
