import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { NewArticleForm } from "./_components/new-article-form";

export default async function NewArticlePage() {
  // A role without the permission gets the 403 page, not an error page.
  const actor = await requirePermission("article.create", "/articles/new");
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
