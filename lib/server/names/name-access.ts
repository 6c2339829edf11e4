import "server-only";
import type { Actor } from "../actor";
import type { Permission } from "../authz";
import { AppError } from "../errors";
import { assertCanOnPair, canOnArticle } from "../access/article-access";
import { isLanguageCode } from "../../languages";

/**
 * The register files Arabic names: its language pair is Arabic → the entry's target language, and desk roles for
 * that pair apply (an editor of ar→en edits the English register, not the French one).
 */
export const NAMES_SOURCE_LANG = "ar";

/** 422 for a target language the register cannot have (unknown, or Arabic itself). */
export function checkNamesTargetLang(targetLang: string): void {
  if (!isLanguageCode(targetLang) || targetLang === NAMES_SOURCE_LANG) {
    throw new AppError("language.unknown", "Unknown language pair.", { status: 422 });
  }
}

/** 401/403 unless the actor's role for Arabic → targetLang grants the permission. */
export function assertCanOnNames(actor: Actor | null | undefined, permission: Extract<Permission, "names.read" | "names.edit">, targetLang: string): asserts actor is Actor {
  checkNamesTargetLang(targetLang);
  assertCanOnPair(actor, permission, { sourceLang: NAMES_SOURCE_LANG, targetLang });
}

/** True when the actor may edit the register of this target language (UI flags). */
export function canEditNames(actor: Actor | null | undefined, targetLang: string): boolean {
  return canOnArticle(actor, "names.edit", { sourceLang: NAMES_SOURCE_LANG, targetLang });
}

/** 404 for an entry that does not exist or that the actor may not see (the two are not told apart). */
export function nameNotFound(): AppError {
  return new AppError("names.not-found", "This name is not in the register.", { status: 404 });
}
