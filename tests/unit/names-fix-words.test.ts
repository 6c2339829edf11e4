import { describe, expect, it } from "vitest";
import { spellingsDifferInWords } from "../../lib/names/spelling-words";

// Which pairs "fix in all open articles" refuses: one spelling is the other plus words that are not name particles.
describe("spellings that differ in words", () => {
  it.each([
    ["Walid Qassem", "Walid", true],
    ["Walid", "Walid Qassem", true],
    ["Naeem Qassem", "Naim", false],
    ["al-Sisi", "Sisi", false],
    ["El Sisi", "Sisi", false],
    ["Abdel Rahman", "Abdelrahman", false],
    ["Abou Mazen", "Mazen", false],
    ["Mohamed Salah", "Mohammed Salah", false],
    ["Salah Mohamed", "Salah", true],
    ["Mahmoud Abbas", "Abbas", true],
    ["Naeem", "Naim", false],
  ] as const)("%s → %s: %s", (from, to, refused) => {
    expect(spellingsDifferInWords(from, to)).toBe(refused);
  });
});
