export { isRtlLanguage, textDirection } from "../text/scripts";

/** A safe value for lang attributes: a BCP 47-looking tag, or "und". */
export function safeLangTag(lang: string | undefined | null): string {
  const trimmed = (lang ?? "").trim().replace(/_/g, "-");
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(trimmed) ? trimmed : "und";
}
