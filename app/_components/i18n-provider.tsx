"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions } from "@/lib/i18n/settings";
import { formatDate, formatDateTime, formatNumber, type TDateInput, type TDateStyle } from "@/lib/i18n/format";
import type { UiLanguage } from "@/lib/languages";

/** Date and number formatters bound to the interface language and the server's time zone. */
export interface TFormatters {
  lng: UiLanguage;
  timeZone: string;
  dateTime: (value: TDateInput, style?: TDateStyle) => string;
  date: (value: TDateInput) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

function formattersFor(lng: UiLanguage, timeZone: string): TFormatters {
  return {
    lng,
    timeZone,
    dateTime: (value, style) => formatDateTime(value, lng, style, timeZone),
    date: (value) => formatDate(value, lng, timeZone),
    number: (value, options) => formatNumber(value, lng, options),
  };
}

const FormatContext = createContext<TFormatters>(formattersFor("en", "UTC"));

/**
 * Gives client components an i18next instance in the language the server rendered with, and formatters in the
 * server's time zone (so a date renders the same text on the server and after hydration).
 */
export function I18nProvider({ lng, timeZone, children }: { lng: UiLanguage; timeZone: string; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    instance.use(initReactI18next).init({ ...i18nOptions(lng), initAsync: false });
    return instance;
  }, [lng]);
  const formatters = useMemo(() => formattersFor(lng, timeZone), [lng, timeZone]);
  return (
    <I18nextProvider i18n={i18n}>
      <FormatContext.Provider value={formatters}>{children}</FormatContext.Provider>
    </I18nextProvider>
  );
}

/** Dates and numbers in the interface language, for client components: `const format = useFormatters(); format.dateTime(iso)`. */
export function useFormatters(): TFormatters {
  return useContext(FormatContext);
}
