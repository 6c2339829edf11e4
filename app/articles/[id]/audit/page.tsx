import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { listAudit } from "@/lib/server/audit/list-audit";
import { AuditTable } from "@/app/_components/audit-table";

export const dynamic = "force-dynamic";

export default async function ArticleAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${id}/audit`);
  const { t, lng } = await getT(["admin", "common", "auth", "qa"]);
  const entries = await listAudit({ actor, articleId: id, take: 1000 });
  return (
    <section>
      <p><Link href={`/articles/${id}`}>{t("admin:audit.back")}</Link></p>
      <h1>{t("admin:audit.articleTitle")}</h1>
      <AuditTable entries={entries} t={t} lng={lng} showArticle={false} />
    </section>
  );
}
