import { describe, expect, it } from "vitest";
import { appendTo } from "../../lib/review/append-to";

describe("appendTo", () => {
  it("keeps values per key in the order appended", () => {
    const map = new Map<string, number[]>();
    appendTo(map, "a", 1);
    appendTo(map, "b", 2);
    appendTo(map, "a", 3);
    expect([...map]).toEqual([["a", [1, 3]], ["b", [2]]]);
  });
});
