import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT("common");
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <p><Link href="/">{t("notFound.back")}</Link></p>
    </section>
  );
}
