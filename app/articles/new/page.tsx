import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { assertCan } from "@/lib/server/authz";
import { NewArticleForm } from "./_components/new-article-form";

export default async function NewArticlePage() {
  const actor = await requireActor("/articles/new");
  assertCan(actor, "article.create");
  const { t } = await getT("articles");
  return (
    <section>
      <h1>{t("new.title")}</h1>
      <p className="hint">{t("new.intro")}</p>
      <p><Link href="/articles/import">{t("import:page.link")}</Link></p>
      <NewArticleForm />
    </section>
  );
}
