import Link from "next/link";
import type { TFunction } from "i18next";
import type { TArticleListItemDto } from "@/lib/server/article/list-articles";

/** The article list table (server component). */
export function ArticleTable({ items, t }: { items: TArticleListItemDto[]; t: TFunction }) {
  return (
    <table className="article-table">
      <thead>
        <tr>
          <th scope="col">{t("articles:list.columns.title")}</th>
          <th scope="col">{t("articles:list.columns.languages")}</th>
          <th scope="col">{t("articles:list.columns.status")}</th>
          <th scope="col">{t("articles:list.columns.assigned")}</th>
          <th scope="col">{t("articles:list.columns.paragraphs")}</th>
          <th scope="col">{t("articles:list.columns.reviewed")}</th>
          <th scope="col">{t("articles:list.columns.openIssues")}</th>
          <th scope="col">{t("articles:list.columns.findings")}</th>
          <th scope="col">{t("articles:list.columns.score")}</th>
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
              {a.reviewer ? t("articles:list.reviewerIs", { name: a.reviewer.name }) : null}
              {a.reviewer && a.editor ? <br /> : null}
              {a.editor ? t("articles:list.editorIs", { name: a.editor.name }) : null}
            </td>
            <td>{a.rowCount}</td>
            <td>{t("articles:list.reviewedOf", { reviewed: a.reviewedCount, total: a.rowCount })}</td>
            <td>{a.openIssues}</td>
            <td>{a.openFindings}</td>
            <td>
              <span className={a.score.pass ? "score pass" : "score fail"}>
                {t("common:score.value", { value: a.score.penaltyPer1000Words.toFixed(1) })} · {a.score.pass ? t("common:score.pass") : t("common:score.fail")}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
