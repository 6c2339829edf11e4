"use client";

import { useMemo, type ReactNode } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions } from "@/lib/i18n/settings";
import type { UiLanguage } from "@/lib/languages";

/** Gives client components an i18next instance in the language the server rendered with. */
export function I18nProvider({ lng, children }: { lng: UiLanguage; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    instance.use(initReactI18next).init({ ...i18nOptions(lng), initAsync: false });
    return instance;
  }, [lng]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
