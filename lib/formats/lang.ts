const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku-arab", "ps", "sd", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"]);

/** True when a BCP 47 tag is written right to left (by script subtag, else by language). */
export function isRtlLanguage(lang: string | undefined | null): boolean {
  if (!lang) return false;
  const parts = lang.toLowerCase().replace(/_/g, "-").split("-");
  const script = parts.find((part, index) => index > 0 && part.length === 4);
  if (script) return RTL_SCRIPTS.has(script);
  return RTL_LANGUAGES.has(parts[0]);
}

/** "rtl" or "ltr" for a BCP 47 tag. */
export function textDirection(lang: string | undefined | null): "rtl" | "ltr" {
  return isRtlLanguage(lang) ? "rtl" : "ltr";
}

/** A safe value for lang attributes: a BCP 47-looking tag, or "und". */
export function safeLangTag(lang: string | undefined | null): string {
  const trimmed = (lang ?? "").trim().replace(/_/g, "-");
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(trimmed) ? trimmed : "und";
}
