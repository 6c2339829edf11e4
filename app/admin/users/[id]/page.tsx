import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { getUser } from "@/lib/server/user/users";
import { listApiTokens } from "@/lib/server/token/api-tokens";
import { AppError } from "@/lib/server/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { AccountStatusButton, ResetPasswordForm, UserScopesSection, UserTokenTable } from "../_components/user-admin-forms";
import { listUserScopes } from "@/lib/server/user/user-scopes";

export const dynamic = "force-dynamic";

/** One account for an administrator: status (deactivate / reactivate), desk roles, password reset, API tokens. */
export default async function UserAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("user.manage", `/admin/users/${id}`);
  const { t, lng } = await getT(["admin", "auth"]);
  const user = await getUser({ actor, userId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "user.not-found") notFound();
    throw error;
  });
  const [tokens, scopes] = await Promise.all([listApiTokens({ actor, userId: user.id }), listUserScopes({ actor, userId: user.id })]);
  return (
    <section className="narrow-wide">
      <p><Link href="/admin/users">{t("admin:users.back")}</Link></p>
      <h1><bdi>{user.name}</bdi></h1>
      <dl>
        <dt>{t("auth:fields.email")}</dt>
        <dd dir="ltr"><bdi>{user.email}</bdi></dd>
        <dt>{t("auth:fields.role")}</dt>
        <dd>{t(`auth:roles.${user.role}`)}</dd>
        <dt>{t("admin:users.status")}</dt>
        <dd>{user.deactivatedAt ? t("admin:users.deactivatedAt", { date: formatDateTime(user.deactivatedAt, lng) }) : t("admin:users.active")}</dd>
        <dt>{t("admin:users.createdAt")}</dt>
        <dd>{formatDateTime(user.createdAt, lng)}</dd>
      </dl>
      <section className="panel" aria-labelledby="account-status-heading">
        <h2 id="account-status-heading">{t("admin:users.statusTitle")}</h2>
        <p className="hint">{user.deactivatedAt ? t("admin:users.reactivateHint") : t("admin:users.deactivateHint")}</p>
        <AccountStatusButton userId={user.id} deactivated={Boolean(user.deactivatedAt)} self={user.id === actor.userId} />
      </section>
      <UserScopesSection userId={user.id} scopes={scopes} />
      <ResetPasswordForm userId={user.id} />
      <UserTokenTable userId={user.id} tokens={tokens} />
    </section>
  );
}
