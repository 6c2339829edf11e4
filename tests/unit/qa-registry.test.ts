import { describe, expect, it } from "vitest";
import { CHECKS, getCheck } from "../../lib/qa/registry";
import { isValidSubcategory, MQM_CATEGORIES, SEVERITIES } from "../../lib/qa/mqm";
import { quotesCheck } from "../../lib/qa/checks/quotes";
import { glossaryCheck } from "../../lib/qa/checks/glossary";

const ORDER = [
  "name-consistency",
  "name-authority",
  "number-mismatch",
  "date-mismatch",
  "quotes",
  "untranslated",
  "omission",
  "addition",
  "repeated-word",
  "whitespace",
  "glossary",
  "length-ratio",
];

describe("QA registry", () => {
  it("lists every check once, in the documented order", () => {
    expect(CHECKS.map((check) => check.id)).toEqual(ORDER);
  });

  it("cannot be modified at run time", () => {
    expect(Object.isFrozen(CHECKS)).toBe(true);
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))("%s declares a valid MQM category, severity and description", (id, check) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(Object.keys(MQM_CATEGORIES)).toContain(check.category);
    expect(isValidSubcategory(check.category, check.subcategory)).toBe(true);
    expect(SEVERITIES).toContain(check.defaultSeverity);
    expect(check.name.length).toBeGreaterThan(2);
    expect(check.description.length).toBeGreaterThan(20);
    expect(typeof check.run).toBe("function");
  });

  it("finds checks by id", () => {
    expect(getCheck("quotes")).toBe(quotesCheck);
    expect(getCheck("glossary")).toBe(glossaryCheck);
    expect(getCheck("no-such-check")).toBeUndefined();
  });
});
