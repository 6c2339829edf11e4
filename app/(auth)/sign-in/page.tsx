import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { getOptionalActor } from "@/lib/server/session";
import { db } from "@/lib/server/db";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Only same-site paths are followed after sign-in.
  const target = safeRedirectPath(next);
  if (await getOptionalActor()) redirect(target);
  if ((await db.user.count()) === 0) redirect("/setup");
  const { t } = await getT("auth");
  return (
    <section className="narrow">
      <h1>{t("signIn.title")}</h1>
      <SignInForm next={target} />
    </section>
  );
}
