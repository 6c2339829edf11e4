import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { canAnywhere } from "@/lib/server/access/article-access";
import { ARTICLE_SORTS, listArticles } from "@/lib/server/article/list-articles";
import { ARTICLE_STATUSES } from "@/lib/server/article/update-article-status";
import { LANGUAGES } from "@/lib/languages";
import { ArticleTable } from "./_components/article-table";
import { foundText, ListPager } from "./_components/list-pager";
import { formatNumber } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

type Search = { deleted?: string; status?: string; assignee?: string; pair?: string; score?: string; q?: string; sort?: string; dir?: string; page?: string };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("/");
  const { t, lng } = await getT(["articles", "common"]);
  // After a deletion the review page comes back here with the article's title, to say what was deleted.
  const { deleted, ...search } = await searchParams;
  const page = Math.max(1, Number(search.page) || 1);
  const { items, total, totalCapped, pageSize, sort, dir } = await listArticles({ actor, ...search, page, pageSize: 50 });
  const pairs = LANGUAGES.flatMap((s) => LANGUAGES.filter((x) => x !== s).map((x) => `${s}-${x}`)).filter((p) => p.startsWith("ar-") || p.endsWith("-ar"));
  const pageLink = (n: number) => `/?${new URLSearchParams({ ...Object.fromEntries(Object.entries(search).filter(([, v]) => v)), page: String(n) })}`;
  return (
    <section>
      <div className="page-title">
        <h1>{t("articles:list.title")}</h1>
        {canAnywhere(actor, "article.create") ? <Link href="/articles/new" className="button">{t("articles:list.new")}</Link> : null}
      </div>
      {deleted ? (
        <p className="notice" role="status">
          {t("articles:list.deleted")}: <bdi>{deleted.slice(0, 300)}</bdi>
        </p>
      ) : null}
      <form className="filters list-filters" role="search" aria-label={t("articles:filters.label")}>
        <label>
          <span>{t("articles:filters.q")}</span>
          <input type="search" name="q" defaultValue={search.q ?? ""} dir="auto" />
        </label>
        <label>
          <span>{t("articles:filters.status")}</span>
          <select name="status" defaultValue={search.status ?? ""}>
            <option value="">{t("articles:filters.any")}</option>
            {ARTICLE_STATUSES.map((s) => <option key={s} value={s}>{t(`common:status.${s}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t("articles:filters.assignee")}</span>
          <select name="assignee" defaultValue={search.assignee ?? ""}>
            <option value="">{t("articles:filters.any")}</option>
            <option value="me">{t("articles:filters.me")}</option>
            <option value="none">{t("articles:filters.unassigned")}</option>
          </select>
        </label>
        <label>
          <span>{t("articles:filters.pair")}</span>
          <select name="pair" defaultValue={search.pair ?? ""}>
            <option value="">{t("articles:filters.any")}</option>
            {pairs.map((p) => {
              const [s, x] = p.split("-");
              return <option key={p} value={p}>{t("common:languagePair", { source: t(`common:languages.${s}`), target: t(`common:languages.${x}`) })}</option>;
            })}
          </select>
        </label>
        <label>
          <span>{t("articles:filters.score")}</span>
          <select name="score" defaultValue={search.score ?? ""}>
            <option value="">{t("articles:filters.any")}</option>
            <option value="pass">{t("articles:filters.scores.pass")}</option>
            <option value="fail">{t("articles:filters.scores.fail")}</option>
          </select>
        </label>
        <label>
          <span>{t("articles:filters.sort")}</span>
          <select name="sort" defaultValue={sort}>
            {ARTICLE_SORTS.map((s) => <option key={s} value={s}>{t(`articles:filters.sortBy.${s}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t("articles:filters.dir")}</span>
          <select name="dir" defaultValue={search.dir === "asc" || search.dir === "desc" ? search.dir : ""}>
            <option value="">{t("articles:filters.dirs.default")}</option>
            <option value="asc">{t("articles:filters.dirs.asc")}</option>
            <option value="desc">{t("articles:filters.dirs.desc")}</option>
          </select>
        </label>
        <button type="submit" className="secondary">{t("articles:filters.apply")}</button>
      </form>
      {search.q?.trim() && total > 0 ? (
        <p className="list-found" role="status">{foundText(t, total, totalCapped, formatNumber(total, lng))}</p>
      ) : null}
      {items.length === 0 ? <p>{total === 0 && ![search.status, search.assignee, search.pair, search.score, search.q].some(Boolean) ? t("articles:list.empty") : t("articles:list.noneMatch")}</p> : <ArticleTable items={items} t={t} lng={lng} sort={{ sort, dir }} />}
      <ListPager page={page} pageSize={pageSize} total={total} capped={totalCapped} shown={items.length} href={pageLink} t={t} />
    </section>
  );
}
