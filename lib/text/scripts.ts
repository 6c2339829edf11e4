/** Script detection helpers (Arabic vs Latin vs other) and right-to-left language codes. */

export type Script = "arabic" | "latin" | "hebrew" | "cyrillic" | "digit" | "space" | "punctuation" | "other";

const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"]);

/** True for an Arabic-script letter (not digits, not punctuation, not harakat). */
export function isArabicLetter(ch: string): boolean {
  const code = ch.codePointAt(0);
  if (code === undefined) return false;
  if (code >= 0x0621 && code <= 0x063a) return true;
  if (code >= 0x0641 && code <= 0x064a) return true;
  if (code >= 0x0671 && code <= 0x06d3) return true; // extended letters (Persian, Urdu, alef wasla...)
  if (code === 0x06d5 || (code >= 0x06ee && code <= 0x06ef) || (code >= 0x06fa && code <= 0x06fc) || code === 0x06ff) return true;
  if (code >= 0x0750 && code <= 0x077f) return true;
  if (code >= 0x08a0 && code <= 0x08c9) return true;
  if (code >= 0xfb50 && code <= 0xfdfb) return true; // presentation forms A
  if (code >= 0xfe70 && code <= 0xfefc) return true; // presentation forms B
  return false;
}

/** True when the text contains at least one Arabic-script letter. */
export function hasArabicScript(text: string): boolean {
  for (const ch of text) if (isArabicLetter(ch)) return true;
  return false;
}

/**
 * True when a language (BCP 47 tag) is written right to left: by its script subtag when it has one
 * ("ku-Arab", "az-Arab"), else by its primary language. The one list of the project; every direction decision uses it.
 */
export function isRtlLanguage(lang: string | undefined | null): boolean {
  if (!lang) return false;
  const parts = lang.trim().toLowerCase().replace(/_/g, "-").split("-");
  const script = parts.find((part, index) => index > 0 && part.length === 4);
  if (script) return RTL_SCRIPTS.has(script);
  return RTL_LANGUAGES.has(parts[0] ?? "");
}

/** "rtl" or "ltr" for a BCP 47 tag. */
export function textDirection(lang: string | undefined | null): "rtl" | "ltr" {
  return isRtlLanguage(lang) ? "rtl" : "ltr";
}

/** Coarse script class of one character (first code point of `ch`). */
export function scriptOf(ch: string): Script {
  const code = ch.codePointAt(0);
  if (code === undefined) return "other";
  if (/\s/u.test(ch)) return "space";
  if (/\p{Nd}/u.test(ch)) return "digit";
  if (isArabicLetter(ch) || (code >= 0x0600 && code <= 0x06ff && /\p{M}/u.test(ch))) return "arabic";
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  if (/\p{Script=Hebrew}/u.test(ch)) return "hebrew";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  if (/\p{Script=Arabic}/u.test(ch)) return "arabic";
  if (/[\p{P}\p{S}]/u.test(ch)) return "punctuation";
  return "other";
}
