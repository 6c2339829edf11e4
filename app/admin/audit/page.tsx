import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { listAudit } from "@/lib/server/audit/list-audit";
import { AuditTable } from "@/app/_components/audit-table";

export const dynamic = "force-dynamic";

export default async function GlobalAuditPage() {
  const actor = await requirePermission("audit.read-all", "/admin/audit");
  const { t, lng } = await getT(["admin", "common", "auth", "qa"]);
  const entries = await listAudit({ actor, take: 500 });
  return (
    <section>
      <h1>{t("admin:audit.title")}</h1>
      <p className="hint">{t("admin:audit.intro")}</p>
      <AuditTable entries={entries} t={t} lng={lng} showArticle />
    </section>
  );
}
