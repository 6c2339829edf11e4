import i18next from "i18next";
import englishImport from "../../locales/en/import.json";

// The CLI speaks English: importer warnings are worded from the same locale file the web page uses.
const english = i18next.createInstance();
void english.init({
  lng: "en",
  fallbackLng: false,
  ns: ["import"],
  defaultNS: "import",
  resources: { en: { import: englishImport } },
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** The English sentence of an importer warning ({code, params} from lib/formats, fileName among the params). */
export function englishImportWarning(warning: { code: string; params: Record<string, string | number> }): string {
  return english.t(`warnings.${warning.code}`, warning.params);
}
