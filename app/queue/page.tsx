import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { listArticles } from "@/lib/server/article/list-articles";
import { ArticleTable } from "../_components/article-table";
import { ListPager } from "../_components/list-pager";

export const dynamic = "force-dynamic";

/** The articles assigned to the signed-in user that still need work (draft or in review), all of them, paged. */
export default async function QueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor("/queue");
  const { t, lng } = await getT(["articles", "common"]);
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pageSize } = await listArticles({ actor, assignee: "me", open: true, page, pageSize: 50 });
  return (
    <section>
      <h1>{t("articles:queue.title")}</h1>
      <p className="hint">{t("articles:queue.intro")}</p>
      {total === 0 ? (
        <p>{t("articles:queue.empty")}</p>
      ) : (
        <>
          <p>{t("articles:queue.count", { count: total })}</p>
          <ArticleTable items={items} t={t} lng={lng} />
        </>
      )}
      <ListPager page={page} pageSize={pageSize} total={total} href={(n) => `/queue?page=${n}`} t={t} />
    </section>
  );
}
