import enCommon from "../../locales/en/common.json";
import enArticles from "../../locales/en/articles.json";
import enReview from "../../locales/en/review.json";
import enQa from "../../locales/en/qa.json";
import enErrors from "../../locales/en/errors.json";
import enGlossary from "../../locales/en/glossary.json";
import enAdmin from "../../locales/en/admin.json";
import enAuth from "../../locales/en/auth.json";
import enImport from "../../locales/en/import.json";
import enWorkbench from "../../locales/en/workbench.json";
import enNames from "../../locales/en/names.json";
import arCommon from "../../locales/ar/common.json";
import arArticles from "../../locales/ar/articles.json";
import arReview from "../../locales/ar/review.json";
import arQa from "../../locales/ar/qa.json";
import arErrors from "../../locales/ar/errors.json";
import arGlossary from "../../locales/ar/glossary.json";
import arAdmin from "../../locales/ar/admin.json";
import arAuth from "../../locales/ar/auth.json";
import arImport from "../../locales/ar/import.json";
import arWorkbench from "../../locales/ar/workbench.json";
import arNames from "../../locales/ar/names.json";
import enLive from "../../locales/en/live.json";
import arLive from "../../locales/ar/live.json";
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, type UiLanguage } from "../languages";

/** One namespace per feature: locales/<lng>/<ns>.json. */
export const NAMESPACES = ["common", "articles", "review", "qa", "errors", "glossary", "import", "auth", "admin", "workbench", "names", "live"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES = {
  en: { common: enCommon, articles: enArticles, review: enReview, qa: enQa, errors: enErrors, glossary: enGlossary, import: enImport, auth: enAuth, admin: enAdmin, workbench: enWorkbench, names: enNames, live: enLive },
  ar: { common: arCommon, articles: arArticles, review: arReview, qa: arQa, errors: arErrors, glossary: arGlossary, import: arImport, auth: arAuth, admin: arAdmin, workbench: arWorkbench, names: arNames, live: arLive },
} as const;

/** A supported UI language, or the default. */
export function resolveUiLanguage(value: string | undefined | null): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? "") ? (value as UiLanguage) : DEFAULT_UI_LANGUAGE;
}

/** i18next options shared by the server and the browser. */
export function i18nOptions(lng: UiLanguage) {
  return {
    lng,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: RESOURCES as unknown as Record<string, Record<string, Record<string, unknown>>>,
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
