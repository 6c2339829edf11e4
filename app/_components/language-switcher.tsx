"use client";

import { useTransition } from "react";
import { useTranslation } from "react-i18next";
import { setUiLanguageAction } from "@/app/actions/preferences";
import { UI_LANGUAGES } from "@/lib/languages";

/** Switches the interface language; the choice is kept in a cookie. */
export function LanguageSwitcher({ current }: { current: string }) {
  const { t } = useTranslation("common");
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-field">
      <span>{t("header.interfaceLanguage")}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => {
          const lng = event.target.value;
          startTransition(() => setUiLanguageAction(lng));
        }}
      >
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`uiLanguages.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
