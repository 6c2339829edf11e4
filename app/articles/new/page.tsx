import { getT } from "@/lib/i18n/server";
import { NewArticleForm } from "./_components/new-article-form";

export default async function NewArticlePage() {
  const { t } = await getT("articles");
  return (
    <section>
      <h1>{t("new.title")}</h1>
      <p className="hint">{t("new.intro")}</p>
      <NewArticleForm />
    </section>
  );
}
