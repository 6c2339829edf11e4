import { textDirection } from "./text/scripts";

/** Languages an article can be written in. Names come from the "common" locale namespace (languages.<code>). */
export const LANGUAGES = ["ar", "en", "fr", "es", "he", "fa", "de", "it", "tr", "ur"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];


/** True for a supported article language code. */
export function isLanguageCode(code: string): code is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Writing direction of a language. */
export const directionOf: (lang: string) => "rtl" | "ltr" = textDirection;

/** UI languages (i18next). */
export const UI_LANGUAGES = ["en", "ar"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = "en";
export const UI_LANGUAGE_COOKIE = "tadqiq_lng";
