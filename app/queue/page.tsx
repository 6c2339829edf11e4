import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { listArticles } from "@/lib/server/article/list-articles";
import { ArticleTable } from "../_components/article-table";

export const dynamic = "force-dynamic";

/** The articles assigned to the signed-in user that still need work. */
export default async function QueuePage() {
  const actor = await requireActor("/queue");
  const { t, lng } = await getT(["articles", "common"]);
  const { items } = await listArticles({ actor, assignee: "me", pageSize: 200 });
  const open = items.filter((a) => a.status === "draft" || a.status === "in_review");
  return (
    <section>
      <h1>{t("articles:queue.title")}</h1>
      <p className="hint">{t("articles:queue.intro")}</p>
      {open.length === 0 ? <p>{t("articles:queue.empty")}</p> : <ArticleTable items={open} t={t} lng={lng} />}
    </section>
  );
}
