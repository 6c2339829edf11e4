import { describe, expect, it } from "vitest";
import { PresenceMap } from "../../lib/server/live/presence-map";
import type { TPresenceEntry } from "../../lib/server/live/live-event";

const sara = (overrides: Partial<TPresenceEntry> = {}): TPresenceEntry => ({ clientId: "tab-sara-1", userId: "u-sara", name: "Sara", rowId: "row-3", editing: false, here: true, ...overrides });
const omar = (overrides: Partial<TPresenceEntry> = {}): TPresenceEntry => ({ clientId: "tab-omar-1", userId: "u-omar", name: "عمر", rowId: null, editing: false, here: true, ...overrides });

describe("presence map", () => {
  it("lists the tabs on an article, by name, and keeps articles apart", () => {
    const map = new PresenceMap(45_000);
    map.apply("a1", omar(), 1000);
    map.apply("a1", sara(), 1000);
    map.apply("a2", sara({ rowId: "row-9" }), 1000);
    expect(map.list("a1", 2000).map((e) => [e.name, e.rowId])).toEqual([
      ["Sara", "row-3"],
      ["عمر", null],
    ]);
    expect(map.list("a2", 2000).map((e) => [e.name, e.rowId])).toEqual([["Sara", "row-9"]]);
  });

  it("expires an entry 45 s after its last update, not before", () => {
    const map = new PresenceMap(45_000);
    map.apply("a1", sara(), 0);
    map.apply("a1", omar(), 20_000);
    expect(map.list("a1", 44_999).map((e) => e.name)).toEqual(["Sara", "عمر"]);
    expect(map.list("a1", 45_000).map((e) => e.name)).toEqual(["عمر"]);
    // A refresh at 40 s keeps Omar until 85 s.
    map.apply("a1", omar(), 40_000);
    expect(map.list("a1", 84_999).map((e) => e.name)).toEqual(["عمر"]);
    expect(map.list("a1", 85_000)).toEqual([]);
    expect(map.articleCount).toBe(0);
  });

  it("says whether what others see changed", () => {
    const map = new PresenceMap(45_000);
    const cases: [TPresenceEntry, boolean][] = [
      [sara(), true],
      [sara(), false],
      [sara({ editing: true }), true],
      [sara({ editing: true, rowId: "row-4" }), true],
      [sara({ here: false }), true],
      [sara({ here: false }), false],
    ];
    cases.forEach(([entry, changed], i) => expect([i, map.apply("a1", entry, 1000 + i)]).toEqual([i, changed]));
  });

  it("keeps one entry per tab: two tabs of one user, and leaving removes only that tab", () => {
    const map = new PresenceMap(45_000);
    map.apply("a1", sara(), 0);
    map.apply("a1", sara({ clientId: "tab-sara-2", rowId: "row-7", editing: true }), 0);
    expect(map.list("a1", 1).map((e) => [e.clientId, e.rowId, e.editing])).toEqual([
      ["tab-sara-1", "row-3", false],
      ["tab-sara-2", "row-7", true],
    ]);
    map.apply("a1", sara({ here: false }), 2);
    expect(map.list("a1", 3).map((e) => e.clientId)).toEqual(["tab-sara-2"]);
  });

  it("cannot be used to remove someone else's tab: entries are keyed by user and tab", () => {
    const map = new PresenceMap(45_000);
    map.apply("a1", sara(), 0);
    expect(map.apply("a1", sara({ userId: "u-omar", here: false }), 1)).toBe(false);
    expect(map.list("a1", 2).map((e) => e.name)).toEqual(["Sara"]);
  });
});

describe("avatar initials", () => {
  it.each([
    ["Sara Haddad", "SH"],
    ["elias", "E"],
    ["  Amal   Admin  Third ", "AA"],
    ["سارة أحمد", "س أ"],
    ["عبد الله", "ع ا"],
    ["الجزيرة نت", "ج ن"],
    ["الحسن", "ح"],
  ])("%s → %s", async (name, initials) => {
    const { initialsOf } = await import("../../app/articles/[id]/_components/presence-bar");
    expect(initialsOf(name)).toBe(initials);
  });
});
