import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/session";
import { listArticles } from "@/lib/server/article/list-articles";

export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const { t } = await getT(["articles", "common"]);
  const articles = await listArticles({ actor: await getActor() });
  return (
    <section>
      <div className="page-title">
        <h1>{t("articles:list.title")}</h1>
        <Link href="/articles/new" className="button">{t("articles:list.new")}</Link>
      </div>
      {articles.length === 0 ? (
        <p>{t("articles:list.empty")}</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t("articles:list.columns.title")}</th>
              <th scope="col">{t("articles:list.columns.languages")}</th>
              <th scope="col">{t("articles:list.columns.status")}</th>
              <th scope="col">{t("articles:list.columns.paragraphs")}</th>
              <th scope="col">{t("articles:list.columns.reviewed")}</th>
              <th scope="col">{t("articles:list.columns.openIssues")}</th>
              <th scope="col">{t("articles:list.columns.findings")}</th>
              <th scope="col">{t("articles:list.columns.score")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`} dir="auto">{a.title}</Link>
                </td>
                <td>{t("common:languagePair", { source: t(`common:languages.${a.sourceLang}`), target: t(`common:languages.${a.targetLang}`) })}</td>
                <td><span className={`badge status-${a.status}`}>{t(`common:status.${a.status}`)}</span></td>
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
      )}
    </section>
  );
}

