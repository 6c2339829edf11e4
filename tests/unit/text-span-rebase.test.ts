import { describe, expect, it } from "vitest";
import { rebaseSpan } from "../../lib/text/span-rebase";

function span(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return [start, start + quote.length];
}

describe("rebaseSpan", () => {
  const cases: { name: string; before: string; after: string; quote: string; expected: string | null }[] = [
    { name: "edit after the span", before: "Naim said the talks failed.", after: "Naim said the talks collapsed.", quote: "Naim", expected: "Naim" },
    { name: "insertion before the span", before: "He said Naeem was wrong.", after: "Yesterday he said Naeem was wrong.", quote: "Naeem", expected: "Naeem" },
    { name: "deletion before the span", before: "The source - who asked - said Naeem left.", after: "The source said Naeem left.", quote: "Naeem", expected: "Naeem" },
    { name: "edit inside the span", before: "Benjamin, \"Netanyahu does not want", after: "Benjamin Netanyahu \"does not want", quote: ", \"Netanyahu", expected: null },
    { name: "the span itself replaced", before: "Naeem explained this.", after: "Naim explained this.", quote: "Naeem", expected: null },
    { name: "insertion right after the span", before: "talks ended", after: "talks have ended", quote: "talks", expected: "talks" },
    { name: "insertion right before the span", before: "ended talks", after: "ended the talks", quote: "talks", expected: "talks" },
    { name: "Arabic text with edit before", before: "قال نعيم إن الحركة", after: "وقال باسم نعيم إن الحركة", quote: "نعيم", expected: "نعيم" },
    { name: "whole text replaced", before: "abc", after: "xyz", quote: "b", expected: null },
    { name: "unchanged text", before: "same text", after: "same text", quote: "text", expected: "text" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [start, end] = span(c.before, c.quote);
      const moved = rebaseSpan(c.before, c.after, start, end);
      if (c.expected === null) {
        expect(moved).toBeNull();
      } else {
        expect(moved).not.toBeNull();
        expect(c.after.slice(moved!.start, moved!.end)).toBe(c.expected);
      }
    });
  }

  it("follows the same word when it occurs twice and the first is edited", () => {
    const before = "Naim met Naim.";
    const after = "Bassem Naim met Naim.";
    const moved = rebaseSpan(before, after, 9, 13);
    expect(moved).toEqual({ start: 16, end: 20 });
  });
});
