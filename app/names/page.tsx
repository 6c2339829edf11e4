import Link from "next/link";
import { forbidden } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { canOnArticle } from "@/lib/server/access/article-access";
import { listNames, MAX_NAME_QUERY_LENGTH } from "@/lib/server/names/list-names";
import { NAMES_SOURCE_LANG } from "@/lib/server/names/name-access";
import { LANGUAGES, directionOf } from "@/lib/languages";

export const dynamic = "force-dynamic";

type Search = { lang?: string; q?: string; page?: string };

export default async function NamesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("names.read", "/names");
  const { t } = await getT(["names", "common"]);
  const search = await searchParams;
  const languages = LANGUAGES.filter((lang) => lang !== NAMES_SOURCE_LANG && canOnArticle(actor, "names.read", { sourceLang: NAMES_SOURCE_LANG, targetLang: lang }));
  if (languages.length === 0) forbidden();
  const targetLang = languages.find((lang) => lang === search.lang) ?? (languages.includes("en") ? "en" : languages[0]!);
  const query = (search.q ?? "").slice(0, MAX_NAME_QUERY_LENGTH);
  const page = Math.max(1, Number(search.page) || 1);
  const { items, total, pageSize } = await listNames({ actor, targetLang, query, page });
  const pageLink = (n: number) => `/names?${new URLSearchParams({ lang: targetLang, ...(query ? { q: query } : {}), page: String(n) })}`;
  const dir = directionOf(targetLang);
  return (
    <section>
      <h1>{t("names:title")}</h1>
      <p className="hint">{t("names:intro")}</p>
      <form className="filters list-filters" role="search" aria-label={t("names:search.label")}>
        <label>
          <span>{t("names:search.q")}</span>
          <input type="search" name="q" defaultValue={query} dir="auto" maxLength={MAX_NAME_QUERY_LENGTH} />
        </label>
        <label>
          <span>{t("names:search.language")}</span>
          <select name="lang" defaultValue={targetLang}>
            {languages.map((lang) => <option key={lang} value={lang}>{t(`common:languages.${lang}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">{t("names:search.submit")}</button>
      </form>
      <p role="status">{t("names:count", { count: total })}</p>
      {items.length === 0 ? (
        <p>{query ? t("names:noneMatch") : t("names:empty")}</p>
      ) : (
        <table className="names-table">
          <thead>
            <tr>
              <th scope="col">{t("names:columns.arabic")}</th>
              <th scope="col">{t("names:columns.house")}</th>
              <th scope="col">{t("names:columns.spellings")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <Link href={`/names/${entry.id}`} lang="ar" dir="rtl">{entry.arabic}</Link>
                </td>
                <td>
                  {entry.house ? <span lang={targetLang} dir={dir}>{entry.house}</span> : <span className="hint">{t("names:noHouse")}</span>}{" "}
                  {entry.houseSource ? <span className="badge">{t(`names:houseSource.${entry.houseSource}`)}</span> : null}
                </td>
                <td>
                  <ul>
                    {entry.spellings.map((s) => (
                      <li key={s.id}>
                        <span lang={targetLang} dir={dir}>{s.spelling}</span> {t("names:articlesCount", { count: s.count })}
                        {s.distinct ? <> <span className="badge">{t("names:distinct")}</span></> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > pageSize ? (
        <nav className="pager" aria-label={t("names:pages")}>
          {page > 1 ? <Link href={pageLink(page - 1)}>{t("names:previous")}</Link> : null}
          <span>{t("names:pageOf", { page, pages: Math.ceil(total / pageSize) })}</span>
          {page * pageSize < total ? <Link href={pageLink(page + 1)}>{t("names:next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
