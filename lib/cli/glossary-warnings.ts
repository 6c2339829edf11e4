import i18next from "i18next";
import englishGlossary from "../../locales/en/glossary.json";

// The CLI speaks English: TBX reading warnings are worded from the same locale file the glossary page uses.
const english = i18next.createInstance();
void english.init({
  lng: "en",
  fallbackLng: false,
  ns: ["glossary"],
  defaultNS: "glossary",
  resources: { en: { glossary: englishGlossary } },
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** The English sentence of a TBX reading warning ({code, params} from lib/formats/tbx). */
export function englishGlossaryWarning(warning: { code: string; params: Record<string, string | number> }): string {
  return english.t(`tbxWarnings.${warning.code}`, warning.params);
}
