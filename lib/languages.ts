/** Languages an article can be written in. Names come from the "common" locale namespace (languages.<code>). */
export const LANGUAGES = ["ar", "en", "fr", "es", "he", "fa", "de", "it", "tr", "ur"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"]);

/** True for a supported article language code. */
export function isLanguageCode(code: string): code is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Writing direction of a language. */
export function directionOf(lang: string): "rtl" | "ltr" {
  return RTL.has(lang.split("-")[0].toLowerCase()) ? "rtl" : "ltr";
}

/** UI languages (i18next). */
export const UI_LANGUAGES = ["en", "ar"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = "en";
export const UI_LANGUAGE_COOKIE = "tadqiq_lng";
