import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { getNameEntry } from "@/lib/server/names/get-name-entry";
import { AppError } from "@/lib/server/errors";
import { directionOf } from "@/lib/languages";
import { NameEditor } from "../_components/name-editor";

export const dynamic = "force-dynamic";

export default async function NameEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("names.read", `/names/${id}`);
  const { t } = await getT(["names", "common"]);
  let entry: Awaited<ReturnType<typeof getNameEntry>>;
  try {
    entry = await getNameEntry({ actor, id });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return (
    <section>
      <p>
        <Link href={`/names?lang=${entry.targetLang}`}>{t("names:back")}</Link>
      </p>
      <h1>
        <span lang="ar" dir="rtl">{entry.arabic}</span>
      </h1>
      <p className="hint">{t("names:entryLanguage", { language: t(`common:languages.${entry.targetLang}`) })}</p>
      <NameEditor entry={entry} lang={entry.targetLang} dir={directionOf(entry.targetLang)} />
    </section>
  );
}
