import { describe, expect, it } from "vitest";
import { createInstance } from "i18next";
import { i18nOptions } from "../../lib/i18n/settings";

/** Every (item, state) the approval checklist produces, with the params it sends (lib/server/article/get-approval-checklist.ts). */
const LINES: Array<[code: string, state: string, params: Record<string, string | number>]> = [
  ["score", "ok", { quality: 99.6, threshold: 99 }],
  ["score", "block", { quality: 98, threshold: 99 }],
  ["critical-issues", "ok", { count: 0 }],
  ["critical-issues", "block", { count: 2 }],
  ["major-issues", "ok", { count: 0 }],
  ["major-issues", "block", { count: 1 }],
  ["minor-issues", "ok", { count: 0 }],
  ["minor-issues", "warn", { count: 3 }],
  ["undecided-findings", "ok", { count: 0 }],
  ["undecided-findings", "warn", { count: 11 }],
  ["rows-reviewed", "ok", { reviewed: 19, total: 19, missing: 0 }],
  ["rows-reviewed", "warn", { reviewed: 5, total: 19, missing: 14 }],
  ["dismissed-by-others", "ok", { count: 0 }],
  ["dismissed-by-others", "warn", { count: 1 }],
  ["four-eyes", "ok", { name: "Olfa" }],
  ["four-eyes", "block", { name: "Olfa" }],
];

function translator(lng: "en" | "ar") {
  const instance = createInstance();
  void instance.init({ ...i18nOptions(lng), initAsync: false });
  return instance.getFixedT(lng, "review");
}

describe("approval checklist messages", () => {
  it("reads the English lines with their numbers", () => {
    const t = translator("en");
    const text = (code: string, state: string, params: Record<string, string | number>) => t(`approval.items.${code}.${state}`, params);
    expect(text("score", "block", { quality: 98, threshold: 99 })).toBe("Quality 98 / 100 is below the pass threshold 99.");
    expect(text("critical-issues", "block", { count: 1 })).toBe("1 critical issue is still open.");
    expect(text("critical-issues", "block", { count: 2 })).toBe("2 critical issues are still open.");
    expect(text("critical-issues", "ok", { count: 0 })).toBe("No critical issue is open.");
    expect(text("rows-reviewed", "warn", { reviewed: 5, total: 19, missing: 14 })).toBe("5 of 19 rows are reviewed. Approving marks the other 14 as reviewed by you.");
    expect(text("four-eyes", "block", { name: "Olfa" })).toBe("Four-eyes rule: you (Olfa) edited the text last; another editor must approve it.");
  });

  it("uses the Arabic plural forms", () => {
    const t = translator("ar");
    expect(t("approval.items.major-issues.block", { count: 1 })).toBe("ما زالت ملاحظة جسيمة واحدة مفتوحة.");
    expect(t("approval.items.major-issues.block", { count: 2 })).toBe("ما زالت ملاحظتان جسيمتان مفتوحتين.");
    expect(t("approval.items.major-issues.block", { count: 5 })).toBe("ما زالت 5 ملاحظات جسيمة مفتوحة.");
    expect(t("approval.items.major-issues.ok", { count: 0 })).toBe("لا ملاحظة جسيمة مفتوحة.");
  });

  for (const lng of ["en", "ar"] as const) {
    it(`has a ${lng} line for every item and state, with every number filled in`, () => {
      const t = translator(lng);
      for (const [code, state, params] of LINES) {
        const line = t(`approval.items.${code}.${state}`, params);
        expect(line, `${code}.${state}`).not.toContain("approval.items");
        expect(line, `${code}.${state}`).not.toContain("{{");
        for (const key of ["quality", "threshold", "reviewed", "total", "name"] as const) {
          if (params[key] !== undefined) expect(line, `${code}.${state} shows ${key}`).toContain(String(params[key]));
        }
      }
    });
  }
});
