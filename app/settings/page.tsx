import { getT } from "@/lib/i18n/server";
import { translateIsolated } from "@/app/_components/translated";
import { requireActor } from "@/lib/server/session";
import { listApiTokens } from "@/lib/server/token/api-tokens";
import { ChangePasswordForm, TokenManager } from "./_components/settings-forms";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  const { t } = await getT("auth");
  const tokens = await listApiTokens({ actor });
  return (
    <section className="narrow-wide">
      <h1>{t("settings.title")}</h1>
      <p>{translateIsolated(t, "settings.signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}</p>
      <ChangePasswordForm />
      <TokenManager tokens={tokens} />
    </section>
  );
}
