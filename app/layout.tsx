import type { ReactNode } from "react";
import Link from "next/link";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/session";
import { setActorNameAction } from "@/app/actions/preferences";
import { I18nProvider } from "./_components/i18n-provider";
import { LanguageSwitcher } from "./_components/language-switcher";
import { directionOf } from "@/lib/languages";

export async function generateMetadata() {
  const { t } = await getT("common");
  return { title: t("appName"), description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, lng } = await getT("common");
  const actor = await getActor();
  return (
    <html lang={lng} dir={directionOf(lng)}>
      <body>
        <I18nProvider lng={lng}>
          <header className="site-header">
            <Link href="/" className="brand">
              <span lang="ar" dir="rtl" className="brand-ar">تدقيق</span> {t("appName")}
            </Link>
            <nav aria-label={t("nav.label")}>
              <Link href="/">{t("nav.articles")}</Link>
              <Link href="/articles/new">{t("nav.newArticle")}</Link>
              <Link href="/glossary">{t("nav.glossary")}</Link>
            </nav>
            <div className="header-tools">
              <form action={setActorNameAction} className="inline-field">
                <label htmlFor="actor-name">{t("header.yourName")}</label>
                <input id="actor-name" name="name" defaultValue={actor.name} maxLength={60} size={12} />
                <button type="submit" className="secondary">{t("header.saveName")}</button>
              </form>
              <LanguageSwitcher current={lng} />
            </div>
          </header>
          <main>{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
