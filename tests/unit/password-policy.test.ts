import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../lib/server/auth/password-policy";

describe("passwordProblem (ASVS 2.1: length and common passwords, no composition rules)", () => {
  const cases: [string, string | null][] = [
    ["password", "password.too-short"],
    ["12345678", "password.too-short"],
    ["short pass1", "password.too-short"],
    ["كلمة سر", "password.too-short"],
    ["password1234", "password.common"],
    ["Password123!", "password.common"],
    ["qwertyuiop123", "password.common"],
    ["123456789012", "password.common"],
    ["1qaz2wsx3edc", "password.common"],
    ["iloveyou2024!", "password.common"],
    ["!!dragon123456", "password.common"],
    ["aaaaaaaaaaaaaa", "password.common"],
    ["abababababab", "password.common"],
    ["x".repeat(129), "password.too-long"],
    // Accepted: long enough, not in the list; lowercase-only and spaces are fine (no composition rules).
    ["correct horse battery", null],
    ["tadqiq review desk", null],
    ["admin-pass-123", null],
    ["كلمة سر طويلة جدا", null],
    ["مراجعة الترجمة 2026", null],
    ["a".repeat(11) + "b", "password.common"],
    ["x".repeat(60) + "yz" + "w".repeat(66), null],
  ];
  for (const [password, expected] of cases) {
    it(`${JSON.stringify(password.length > 30 ? `${password.slice(0, 12)}…(${password.length})` : password)} → ${expected}`, () => {
      expect(passwordProblem(password)).toBe(expected);
    });
  }

  it("counts characters as people do: twelve Arabic letters with vowel marks are twelve", () => {
    // 12 letters, each with a fatha (U+064E): 24 code units, 12 characters.
    const voweled = "كَتَبَ رَسَمَ قَرَأَ".replace(/ /g, "");
    expect(voweled.length).toBeGreaterThan(12);
    expect(passwordProblem(voweled.slice(0, 22))).toBe("password.too-short");
  });
});
