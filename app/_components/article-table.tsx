import Link from "next/link";
import type { TFunction } from "i18next";
import type { TArticleListItemDto, TArticleSort, TSortDirection } from "@/lib/server/article/list-articles";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { translateIsolated } from "./translated";
import { ScoreBadge } from "@/app/articles/[id]/_components/score-badge";

/**
 * The article list table (server component); names and titles are isolated so they never reorder the cell. With
 * `sort`, the sorted column's header says so to screen readers (aria-sort).
 */
export function ArticleTable({ items, t, lng, sort }: { items: TArticleListItemDto[]; t: TFunction; lng: string; sort?: { sort: TArticleSort; dir: TSortDirection } }) {
  const sortedBy = (column: TArticleSort) => (sort?.sort === column ? (sort.dir === "asc" ? "ascending" : "descending") : undefined);
  return (
    <table className="article-table">
      <thead>
        <tr>
          <th scope="col" aria-sort={sortedBy("title")}>{t("articles:list.columns.title")}</th>
          <th scope="col">{t("articles:list.columns.languages")}</th>
          <th scope="col">{t("articles:list.columns.status")}</th>
          <th scope="col">{t("articles:list.columns.assigned")}</th>
          <th scope="col">{t("articles:list.columns.paragraphs")}</th>
          <th scope="col">{t("articles:list.columns.reviewed")}</th>
          <th scope="col" aria-sort={sortedBy("issues")}>{t("articles:list.columns.openIssues")}</th>
          <th scope="col">{t("articles:list.columns.findings")}</th>
          <th scope="col" aria-sort={sortedBy("score")}>{t("articles:list.columns.score")}</th>
          <th scope="col" aria-sort={sortedBy("updated")}>{t("articles:list.columns.updated")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/articles/${a.id}`} dir="auto">{a.title}</Link>
            </td>
            <td>{t("common:languagePair", { source: t(`common:languages.${a.sourceLang}`), target: t(`common:languages.${a.targetLang}`) })}</td>
            <td><span className={`badge status-${a.status}`}>{t(`common:status.${a.status}`)}</span></td>
            <td className="hint">
              {a.reviewer ? translateIsolated(t, "articles:list.reviewerIs", { name: a.reviewer.name }) : null}
              {a.reviewer && a.editor ? <br /> : null}
              {a.editor ? translateIsolated(t, "articles:list.editorIs", { name: a.editor.name }) : null}
            </td>
            <td>{formatNumber(a.rowCount, lng)}</td>
            <td>{t("articles:list.reviewedOf", { reviewed: formatNumber(a.reviewedCount, lng), total: formatNumber(a.rowCount, lng) })}</td>
            <td>{formatNumber(a.openIssues, lng)}</td>
            <td>{formatNumber(a.openFindings, lng)}</td>
            <td>
              <ScoreBadge score={a.score} t={t} showHint={false} />
            </td>
            <td>
              <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt, lng)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
