import type { TFunction } from "i18next";
import type { TAuditEntryDto } from "@/lib/server/audit/list-audit";

/** A read-only audit trail table. */
export function AuditTable({ entries, t, lng, showArticle }: { entries: TAuditEntryDto[]; t: TFunction; lng: string; showArticle: boolean }) {
  const format = new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <table className="article-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t("admin:audit.when")}</th>
          <th scope="col">{t("admin:audit.who")}</th>
          <th scope="col">{t("admin:audit.from")}</th>
          <th scope="col">{t("admin:audit.what")}</th>
          {showArticle ? <th scope="col">{t("admin:audit.article")}</th> : null}
          <th scope="col">{t("admin:audit.details")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{format.format(new Date(e.createdAt))}</td>
            <td dir="auto">{e.actorName}</td>
            <td dir="ltr">{e.origin ?? "—"}</td>
            <td>{t(`admin:actions.${e.action}`, { defaultValue: e.action })}</td>
            {showArticle ? <td dir="auto">{e.articleTitle ?? "—"}</td> : null}
            <td><code className="details" dir="auto">{JSON.stringify(e.details)}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
