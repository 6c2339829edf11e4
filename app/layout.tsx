import type { ReactNode } from "react";
import Link from "next/link";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";
import "./i18n.css";
import { getT } from "@/lib/i18n/server";
import { getOptionalActor } from "@/lib/server/session";
import { can } from "@/lib/server/authz";
import { canAnywhere } from "@/lib/server/access/article-access";
import { signOutAction } from "@/app/actions/auth";
import { I18nProvider } from "./_components/i18n-provider";
import { LanguageSwitcher } from "./_components/language-switcher";
import { directionOf } from "@/lib/languages";
import { runtimeTimeZone } from "@/lib/i18n/format";

export async function generateMetadata() {
  const { t } = await getT("common");
  return { title: t("appName"), description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, lng } = await getT(["common", "auth"]);
  const actor = await getOptionalActor();
  return (
    <html lang={lng} dir={directionOf(lng)}>
      <body>
        <I18nProvider lng={lng} timeZone={runtimeTimeZone()}>
          {/* The first Tab stop of every page jumps over the header's links to the page's content. */}
          <a href="#main" className="skip-link skip-main">{t("nav.skipToMain")}</a>
          <header className="site-header">
            <Link href="/" className="brand">
              {/* The product's name in both scripts is its logo, the same in every interface language. */}
              <span lang="ar" dir="rtl" className="brand-ar">تدقيق</span> <span lang="en">tadqiq</span>
            </Link>
            {actor ? (
              <nav aria-label={t("nav.label")}>
                <Link href="/">{t("nav.articles")}</Link>
                <Link href="/queue">{t("nav.queue")}</Link>
                {canAnywhere(actor, "article.create") ? <Link href="/articles/new">{t("nav.newArticle")}</Link> : null}
                {canAnywhere(actor, "article.create") ? <Link href="/articles/import">{t("nav.import")}</Link> : null}
                <Link href="/glossary">{t("nav.glossary")}</Link>
                {canAnywhere(actor, "names.read") ? <Link href="/names">{t("nav.names")}</Link> : null}
                {can(actor, "user.manage") ? <Link href="/admin/users">{t("nav.users")}</Link> : null}
                {can(actor, "audit.read-all") ? <Link href="/admin/audit">{t("nav.audit")}</Link> : null}
                {can(actor, "site.settings") ? <Link href="/admin/settings">{t("nav.siteSettings")}</Link> : null}
              </nav>
            ) : null}
            <div className="header-tools">
              {actor ? (
                <>
                  <span data-testid="current-user">
                    <bdi>{actor.name}</bdi> · {t(`auth:roles.${actor.role}`)}
                  </span>
                  <Link href="/settings">{t("nav.settings")}</Link>
                  <form action={signOutAction}>
                    <button type="submit" className="secondary">{t("auth:signOut")}</button>
                  </form>
                </>
              ) : null}
              <LanguageSwitcher current={lng} />
            </div>
          </header>
          <main id="main" tabIndex={-1}>{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
