import Link from "next/link";
import type { TFunction } from "i18next";

/** "12 articles found" / "More than 1,000 articles found" (a search's total that stopped at the cap). */
export function foundText(t: TFunction, total: number, capped: boolean, n: string): string {
  return t(capped ? "articles:list.foundMore" : "articles:list.found", { count: total, n });
}

/**
 * Previous / "page n of m" / next links of a paged list; `href(n)` keeps the list's other URL parameters. `capped`:
 * the total is a lower bound (a search with more matches than it counts), so there are more pages than it makes and
 * "next" stays while the page is full.
 */
export function ListPager({ page, pageSize, total, capped = false, shown, href, t }: { page: number; pageSize: number; total: number; capped?: boolean; shown?: number; href: (page: number) => string; t: TFunction }) {
  if (total <= pageSize && !capped) return null;
  const pages = Math.ceil(total / pageSize);
  const hasNext = capped ? (shown ?? pageSize) >= pageSize : page * pageSize < total;
  return (
    <nav className="pager" aria-label={t("articles:list.pages")}>
      {page > 1 ? <Link href={href(page - 1)}>{t("articles:list.previous")}</Link> : null}
      <span>{capped && page <= pages ? t("articles:list.pageOfMore", { page, pages }) : t("articles:list.pageOf", { page, pages: Math.max(page, pages) })}</span>
      {hasNext ? <Link href={href(page + 1)}>{t("articles:list.next")}</Link> : null}
    </nav>
  );
}
