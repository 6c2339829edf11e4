import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password rules (ASVS 2.1 level 2): at least 12 characters, at most 128, not a common or breached password
 * (the @zxcvbn-ts/language-common list of about 49,000, also with digits or symbols stuck on either end), and no
 * composition rules (no "one digit, one capital"), so long passphrases in any script are welcome.
 */
export const PASSWORD_RULES = { minLength: 12, maxLength: 128 } as const;

/** Why a password is refused; each is a key under `errors:` in the locales. */
export type TPasswordProblem = "password.too-short" | "password.too-long" | "password.common";

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** Length in characters as a person counts them (an emoji or a combined Arabic letter is one). */
function characterCount(password: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(password)].length;
}

/** The first rule the password breaks, or null when it is acceptable. */
export function passwordProblem(password: string): TPasswordProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_RULES.minLength) return "password.too-short";
  if (password.length > PASSWORD_RULES.maxLength) return "password.too-long";
  const lower = password.normalize("NFKC").toLowerCase();
  const list = commonPasswords();
  const stripped = [lower, lower.replace(/[\d\W_]+$/u, ""), lower.replace(/^[\d\W_]+/u, ""), lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, "")];
  if (stripped.some((candidate) => candidate.length > 0 && list.has(candidate))) return "password.common";
  if (new Set(lower).size <= 2) return "password.common";
  return null;
}

/** English text of each problem, for the CLI and the JSON of the auth endpoints. */
export const PASSWORD_PROBLEM_TEXT: Record<TPasswordProblem, string> = {
  "password.too-short": "The password needs at least 12 characters.",
  "password.too-long": "The password can have at most 128 characters.",
  "password.common": "This password is too common (it appears in lists of leaked passwords); choose another.",
};
