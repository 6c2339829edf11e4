/** MQM-style error typology used by issues and QA findings. */
export const MQM_CATEGORIES = {
  accuracy: ["mistranslation", "omission", "addition", "untranslated"],
  terminology: ["inconsistent", "wrong-term"],
  linguistic: ["grammar", "spelling", "punctuation"],
  style: [],
  "locale-convention": [],
} as const satisfies Record<string, readonly string[]>;

export type MqmCategory = keyof typeof MQM_CATEGORIES;
export type MqmSubcategory = (typeof MQM_CATEGORIES)[MqmCategory][number];

export const SEVERITIES = ["neutral", "minor", "major", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Penalty points per severity (MQM convention). */
export const SEVERITY_PENALTY: Record<Severity, number> = {
  neutral: 0,
  minor: 1,
  major: 5,
  critical: 25,
};

/** True when `sub` is a valid subcategory of `category`. */
export function isValidSubcategory(category: MqmCategory, sub: string | null | undefined): boolean {
  if (sub == null || sub === "") return true;
  return (MQM_CATEGORIES[category] as readonly string[]).includes(sub);
}
