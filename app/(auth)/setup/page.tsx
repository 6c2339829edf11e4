import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await db.user.count()) > 0) redirect("/sign-in");
  const { t } = await getT("auth");
  return (
    <section className="narrow">
      <h1>{t("setup.title")}</h1>
      <p className="hint">{t("setup.intro")}</p>
      <SetupForm />
    </section>
  );
}
