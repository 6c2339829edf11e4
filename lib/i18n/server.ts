import "server-only";
import { cookies } from "next/headers";
import { createInstance, type TFunction } from "i18next";
import { UI_LANGUAGE_COOKIE, type UiLanguage } from "../languages";
import { i18nOptions, resolveUiLanguage, type Namespace } from "./settings";

/** The UI language chosen by the user (cookie), or the default. */
export async function getUiLanguage(): Promise<UiLanguage> {
  const store = await cookies();
  return resolveUiLanguage(store.get(UI_LANGUAGE_COOKIE)?.value);
}

/** A translation function for server components. */
export async function getT(ns: Namespace | Namespace[] = "common"): Promise<{ t: TFunction; lng: UiLanguage }> {
  const lng = await getUiLanguage();
  const instance = createInstance();
  await instance.init({ ...i18nOptions(lng), initAsync: false });
  const t = instance.getFixedT(lng, ns);
  return { t, lng };
}
