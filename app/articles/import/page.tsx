import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { assertCan } from "@/lib/server/authz";
import { ImportForm } from "./_components/import-form";

export const dynamic = "force-dynamic";

/** "Import files": create an article from a source/translation pair of files or one XLIFF/TMX file. */
export default async function ImportArticlePage() {
  const actor = await requireActor("/articles/import");
  assertCan(actor, "article.create");
  const { t } = await getT("import");
  return (
    <section>
      <h1>{t("page.title")}</h1>
      <p className="hint">{t("page.intro")}</p>
      <ImportForm />
    </section>
  );
}
