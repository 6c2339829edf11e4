import { describe, expect, it } from "vitest";
import { NameRegisterError, readNameRegister, writeNameRegister } from "../../lib/names/register-file";
import type { NameRecord } from "../../lib/names/types";

const RECORDS: NameRecord[] = [
  {
    key: "سيسي",
    arabic: "السيسي",
    targetLang: "en",
    kind: "person",
    source: "register",
    spellings: [
      { spelling: "al-Sisi", count: 4, examples: [{ articleId: "a1", title: "Cairo talks" }, { articleId: "a2", title: "Gaza truce" }] },
      { spelling: "Sisi", count: 1, examples: [{ articleId: "a3", title: "Sinai" }] },
    ],
  },
  {
    key: "عبد فتاح",
    arabic: "عبد الفتاح",
    targetLang: "fr",
    house: "Abdel Fattah",
    source: "glossary",
    spellings: [{ spelling: "Abdelfattah", count: 2, examples: [], distinct: true }],
  },
];

/** The error a bad file gives: code and params. */
function failure(input: string | Uint8Array, fileName = "register.json"): { code: string; params: Record<string, string | number>; message: string } {
  try {
    readNameRegister(input, fileName);
  } catch (error) {
    if (error instanceof NameRegisterError) return { code: error.code, params: error.params, message: error.message };
    throw error;
  }
  throw new Error("the file was accepted");
}

const file = (names: unknown[]) => JSON.stringify({ format: "tadqiq-names", version: 1, names });
const good = { arabic: "نعيم", targetLang: "en", spellings: [{ spelling: "Naim", count: 2, examples: [] }] };

describe("name register file", () => {
  it("writes one name per line and reads back the same records", () => {
    const text = writeNameRegister(RECORDS);
    expect(text.split("\n")).toHaveLength(5);
    expect(text.startsWith('{"format":"tadqiq-names","version":1,"names":[\n{"key":"سيسي","arabic":"السيسي","targetLang":"en","kind":"person","source":"register","spellings":')).toBe(true);
    expect(readNameRegister(text)).toEqual(RECORDS);
    expect(readNameRegister(new TextEncoder().encode(`\uFEFF${text}`))).toEqual(RECORDS);
  });

  it("can leave out the examples and keys to stay small, and reads such a file back", () => {
    const text = writeNameRegister(RECORDS.slice(0, 1), { examples: false, keys: false });
    expect(text).toBe('{"format":"tadqiq-names","version":1,"names":[\n{"arabic":"السيسي","targetLang":"en","kind":"person","source":"register","spellings":[{"spelling":"al-Sisi","count":4},{"spelling":"Sisi","count":1}]}\n]}\n');
    expect(readNameRegister(text)[0]!.spellings).toEqual([{ spelling: "al-Sisi", count: 4, examples: [] }, { spelling: "Sisi", count: 1, examples: [] }]);
  });

  it("writes and reads an empty register", () => {
    expect(writeNameRegister([])).toBe('{"format":"tadqiq-names","version":1,"names":[]}\n');
    expect(readNameRegister(writeNameRegister([]))).toEqual([]);
  });

  it("recomputes keys from the Arabic name and fills the defaults (source register, no examples)", () => {
    const text = file([{ key: "stale", arabic: "والسيسي", targetLang: "en", spellings: [{ spelling: "al-Sisi", count: 3 }] }]);
    expect(readNameRegister(text)).toEqual([{ key: "سيسي", arabic: "والسيسي", targetLang: "en", source: "register", spellings: [{ spelling: "al-Sisi", count: 3, examples: [] }] }]);
  });

  it.each([
    ["not JSON", "{names:", "names.not-json", { fileName: "register.json" }],
    ["a JSON array", "[]", "names.wrong-format", { fileName: "register.json", format: "missing" }],
    ["another format", JSON.stringify({ format: "tbx", version: 1, names: [] }), "names.wrong-format", { fileName: "register.json", format: '"tbx"' }],
    ["another version", JSON.stringify({ format: "tadqiq-names", version: 2, names: [] }), "names.unsupported-version", { fileName: "register.json", version: "2" }],
    ["names not a list", JSON.stringify({ format: "tadqiq-names", version: 1, names: {} }), "names.invalid-entry", { fileName: "register.json", index: 0, field: "names" }],
    ["no Arabic letters", file([{ ...good, arabic: "Naim" }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "arabic", detail: "has no Arabic letters" }],
    ["a bad count in the second name", file([good, { ...good, arabic: "السيسي", spellings: [{ spelling: "Sisi", count: -1 }] }]), "names.invalid-entry", { fileName: "register.json", index: 2, field: "spellings.0.count" }],
    ["an empty spelling", file([{ ...good, spellings: [{ spelling: " ", count: 1 }] }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "spellings.0.spelling", detail: "must not be empty" }],
    ["too many examples", file([{ ...good, spellings: [{ spelling: "Naim", count: 4, examples: [1, 2, 3, 4].map((k) => ({ articleId: `a${k}`, title: "t" })) }] }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "spellings.0.examples" }],
    ["an unknown kind", file([{ ...good, kind: "animal" }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "kind" }],
    ["a bad language", file([{ ...good, targetLang: "english" }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "targetLang", detail: "expected a language code such as en or fr" }],
    ["an unknown field", file([{ ...good, colour: "red" }]), "names.invalid-entry", { fileName: "register.json", index: 1, field: "(name)" }],
    ["one name twice for a language", file([good, { ...good, arabic: "نَعِيم" }]), "names.duplicate-entry", { fileName: "register.json", index: 2, arabic: "نَعِيم", targetLang: "en", first: 1 }],
  ])("refuses %s with a coded error", (_label, text, code, params) => {
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject(params);
  });

  it("says the first bad name and field in its message", () => {
    expect(failure(file([good, { ...good, arabic: "السيسي", spellings: [{ spelling: "Sisi", count: 1.5 }] }])).message).toBe(
      'register.json: name 2 is invalid at "spellings.0.count": Invalid input: expected int, received number',
    );
  });

  it("accepts one name in two languages", () => {
    expect(readNameRegister(file([good, { ...good, targetLang: "fr" }])).map((r) => r.targetLang)).toEqual(["en", "fr"]);
  });

  it("refuses a file over 20 MB before parsing it, and bytes that are not UTF-8", () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    expect(failure(big, "big.json")).toEqual({ code: "names.too-large", params: { fileName: "big.json", sizeMb: 20.1, limitMb: 20 }, message: "big.json is 20.1 MB; a name register file may be at most 20 MB." });
    expect(failure(new Uint8Array([0x7b, 0xff, 0x7d])).code).toBe("names.invalid-utf8");
  });
});
