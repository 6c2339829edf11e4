import Link from "next/link";
import type { TFunction } from "i18next";
import type { TAuditEntryDto } from "@/lib/server/audit/list-audit";
import { formatDateTime } from "@/lib/i18n/format";
import { AuditSentence } from "./audit-sentence";

/**
 * A read-only audit trail table: each entry as a sentence in the interface language. Names, titles and addresses
 * sit in <bdi>, so a right-to-left override in a user name cannot reverse the rest of the cell.
 */
export function AuditTable({ entries, t, lng, showArticle }: { entries: TAuditEntryDto[]; t: TFunction; lng: string; showArticle: boolean }) {
  return (
    <table className="article-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t("admin:audit.when")}</th>
          <th scope="col">{t("admin:audit.who")}</th>
          <th scope="col">{t("admin:audit.from")}</th>
          <th scope="col">{t("admin:audit.what")}</th>
          {showArticle ? <th scope="col">{t("admin:audit.article")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, lng, "precise")}</time>
            </td>
            <td>
              <bdi>{e.actorName}</bdi>
            </td>
            <td>{e.origin ? <bdi dir="ltr">{e.origin}</bdi> : "—"}</td>
            <td>
              <AuditSentence entry={e} t={t} lng={lng} />
            </td>
            {showArticle ? (
              <td>
                {e.articleId && e.articleTitle !== null ? (
                  <Link href={`/articles/${e.articleId}`}>
                    <bdi>{e.articleTitle}</bdi>
                  </Link>
                ) : (
                  "—"
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
