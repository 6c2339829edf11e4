import Link from "next/link";
import type { TFunction } from "i18next";

/** Previous / "page n of m" / next links of a paged list; `href(n)` keeps the list's other URL parameters. */
export function ListPager({ page, pageSize, total, href, t }: { page: number; pageSize: number; total: number; href: (page: number) => string; t: TFunction }) {
  if (total <= pageSize) return null;
  return (
    <nav className="pager" aria-label={t("articles:list.pages")}>
      {page > 1 ? <Link href={href(page - 1)}>{t("articles:list.previous")}</Link> : null}
      <span>{t("articles:list.pageOf", { page, pages: Math.ceil(total / pageSize) })}</span>
      {page * pageSize < total ? <Link href={href(page + 1)}>{t("articles:list.next")}</Link> : null}
    </nav>
  );
}
