import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** The 403 page: shown (with status 403) when a signed-in user's role does not open a page. */
export default async function Forbidden() {
  const { t } = await getT("common");
  return (
    <section>
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
      <p><Link href="/">{t("forbidden.back")}</Link></p>
    </section>
  );
}
