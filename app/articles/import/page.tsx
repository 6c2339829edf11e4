import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { ImportForm } from "./_components/import-form";

export const dynamic = "force-dynamic";

/** "Import files": create an article from a source/translation pair of files or one XLIFF/TMX file. */
export default async function ImportArticlePage() {
  // A role without the permission gets the 403 page, not an error page.
  const actor = await requirePermission("article.create", "/articles/import");
  const { t } = await getT("import");
  return (
    <section>
      <h1>{t("page.title")}</h1>
      <p className="hint">{t("page.intro")}</p>
      <ImportForm />
    </section>
  );
}
