import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { getSiteSettings } from "@/lib/server/settings/get-site-settings";
import { formatDateTime } from "@/lib/i18n/format";
import { FourEyesForm } from "./_components/four-eyes-form";

export const dynamic = "force-dynamic";

export default async function SiteSettingsPage() {
  const actor = await requirePermission("site.settings", "/admin/settings");
  const { t, lng } = await getT(["admin"]);
  const { settings, updated } = await getSiteSettings({ actor });
  const changed = updated.fourEyesApproval;
  return (
    <section>
      <h1>{t("admin:settings.title")}</h1>
      <p className="hint">{t("admin:settings.intro")}</p>
      <FourEyesForm enabled={settings.fourEyesApproval} />
      {changed ? (
        <p className="hint">{t("admin:settings.lastChanged", { name: changed.by ?? "—", date: formatDateTime(changed.at, lng) })}</p>
      ) : null}
    </section>
  );
}
