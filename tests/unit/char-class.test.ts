import { describe, expect, it } from "vitest";
import { fingerprintOf, wordEndAt } from "../../lib/align/anchors";
import { termKeyText, termTokens } from "../../lib/qa/util";
import { latinWordEndAt, latinWords } from "../../lib/text/names";
import { isPageChrome } from "../../lib/qa/chrome";
import { beyondLatin1, classLengthAt, LETTER, MARK, NUMBER, PUNCTUATION, runEnd, SPACE, SYMBOL } from "../../lib/text/char-class";
import { seededRandom as prng } from "../../lib/seed/random";

/** Runs found by the table scanner, as [start, end] pairs. */
function scannedRuns(text: string, mask: number, extra1 = -1, extra2 = -1): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const end = runEnd(text, start, mask, extra1, extra2);
    if (end === start) {
      start++;
      continue;
    }
    runs.push([start, end]);
    start = end;
  }
  return runs;
}

function regexRuns(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

// Letters, marks, digits of several scripts, astral letters and digits, emoji, lone surrogates, spaces, punctuation.
const POOL = [
  "a", "Z", "é", "ß", "İ", "ب", "ة", "ـ", "\u064b", "\u0670", "\u0301", "٣", "۵", "7", "½", "Ⅻ", " ", "\u00a0", "\u202f",
  "\u2009", "\n", "\t", "\u200b", "\u200c", "\ufeff", "'", "’", "-", ".", ",", "،", "؟", "«", "»", "\"", "_", "@", "#",
  "$", "€", "+", "=", "^", "`", "𝐀", "𝟘", "😀", "\ud83d", "\ude00", "中", "ア", "\u0300", "\u093f",
];


describe("char-class", () => {
  it("classifies code points as the regular expressions do, astral pairs as one code point", () => {
    expect(classLengthAt("a", 0, LETTER)).toBe(1);
    expect(classLengthAt("\u064b", 0, LETTER)).toBe(0);
    expect(classLengthAt("\u064b", 0, MARK)).toBe(1);
    expect(classLengthAt("𝐀", 0, LETTER)).toBe(2);
    expect(classLengthAt("𝐀", 1, LETTER)).toBe(0);
    expect(classLengthAt("\ud835", 0, LETTER)).toBe(0);
    expect(classLengthAt("٣", 0, NUMBER)).toBe(1);
    expect(classLengthAt("\u00a0", 0, SPACE)).toBe(1);
    expect(classLengthAt("\u200b", 0, SPACE)).toBe(0);
    expect(classLengthAt("،", 0, PUNCTUATION)).toBe(1);
    expect(classLengthAt("€", 0, SYMBOL)).toBe(1);
    expect(classLengthAt("😀", 0, SYMBOL)).toBe(2);
  });

  it("finds literal runs", () => {
    expect(scannedRuns("Naim's 2 كتب، 𝐀b", LETTER | MARK)).toEqual([[0, 4], [5, 6], [9, 12], [14, 17]]);
    expect(scannedRuns("Naim's 2", LETTER | MARK, 0x27, 0x2019)).toEqual([[0, 6]]);
    expect(scannedRuns("a1 ٣b", LETTER | MARK | NUMBER)).toEqual([[0, 2], [3, 5]]);
  });

  it("finds the same runs as the regular expressions it replaces, on random text", () => {
    const random = prng(7);
    const cases: Array<[number, RegExp, number, number]> = [
      [LETTER | MARK, /[\p{L}\p{M}]+/gu, -1, -1],
      [LETTER | MARK, /[\p{L}\p{M}'’]+/gu, 0x27, 0x2019],
      [LETTER | MARK | NUMBER, /[\p{L}\p{M}\p{N}]+/gu, -1, -1],
      [SPACE | PUNCTUATION | SYMBOL, /[\s\p{P}\p{S}]+/gu, -1, -1],
    ];
    for (let round = 0; round < 400; round++) {
      let text = "";
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += POOL[Math.floor(random() * POOL.length)]!;
      for (const [mask, pattern, extra1, extra2] of cases) {
        expect(scannedRuns(text, mask, extra1, extra2), JSON.stringify(text)).toEqual(regexRuns(text, pattern));
      }
    }
  });

  it("aligner words and fingerprints equal the regular expressions they replace", () => {
    const random = prng(11);
    const pool = [...POOL, "http", "https", "://", "s://", "h", "@", "#", "-", "'", "’", "x"];
    const words = (text: string): string[] => {
      const out: string[] = [];
      for (let from = 0; from < text.length; ) {
        const end = wordEndAt(text, from);
        if (end === from) from++;
        else {
          out.push(text.slice(from, end));
          from = end;
        }
      }
      return out;
    };
    const pattern = /https?:\/\/\S+|[@#][\p{L}\p{N}_]+|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
    expect(words("see https://x.org/a b, @ab_1 #x re-elected Naim’s -a- http:// ")).toEqual([
      "see", "https://x.org/a", "b", "@ab_1", "#x", "re-elected", "Naim’s", "a", "http",
    ]);
    expect(fingerprintOf("  The «Same», TEXT!! ")).toBe("the same text");
    for (let round = 0; round < 600; round++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pool[Math.floor(random() * pool.length)]!;
      expect(words(text), JSON.stringify(text)).toEqual([...text.matchAll(pattern)].map((match) => match[0]));
      expect(fingerprintOf(text), JSON.stringify(text)).toBe(text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, " ").trim());
    }
  });

  it("Latin words of the name helpers equal the regular expression they replace", () => {
    const random = prng(13);
    const pool = [...POOL, "‐", "-", "'", "’", "Na", "im", "al"];
    const pattern = /\p{L}[\p{L}\p{M}]*(?:['’‐-]\p{L}[\p{L}\p{M}]*)*/gu;
    const words = (text: string): string[] => {
      const out: string[] = [];
      for (let from = 0; from < text.length; ) {
        const end = latinWordEndAt(text, from);
        if (end === from) from++;
        else {
          out.push(text.slice(from, end));
          from = end;
        }
      }
      return out;
    };
    expect(words("al-Burhan's \u0301é Na‐im -x")).toEqual(["al-Burhan's", "é", "Na‐im", "x"]);
    for (let round = 0; round < 600; round++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pool[Math.floor(random() * pool.length)]!;
      expect(words(text), JSON.stringify(text)).toEqual([...text.matchAll(pattern)].map((match) => match[0]));
    }
  });

  it("page chrome: at most 25 words, counted across any whitespace", () => {
    const words = (count: number) => Array.from({ length: count }, () => "word").join("\u00a0\u2003 ");
    expect(isPageChrome(`Read also: ${words(23)}`)).toBe(true);
    expect(isPageChrome(`Read also: ${words(24)}`)).toBe(false);
    expect(isPageChrome(`  \n Share \t `)).toBe(true);
  });

  it("tokenizers give the same tokens on Latin-1 text (regular expression) and beyond it (table scan)", () => {
    const random = prng(17);
    const pool = ["a", "Z", "é", "ß", "5", " ", "'", "-", ".", ",", "Na", "im", "al-", "Bur", "han", "s", "\u00a0", "_", "#"];
    expect(beyondLatin1("Naïm")).toBe(false);
    expect(beyondLatin1("Naim’s")).toBe(true);
    for (let round = 0; round < 300; round++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pool[Math.floor(random() * pool.length)]!;
      // An em space (U+2003) makes the text two-byte without adding or joining a token.
      const wide = `${text} \u2003`;
      expect(latinWords(wide), JSON.stringify(text)).toEqual(latinWords(text));
      expect(termTokens(wide), JSON.stringify(text)).toEqual(termTokens(text));
    }
  });

  it("term key text: plain characters only (tested by one expression over code units)", () => {
    expect(termKeyText("Naim said: “5 – 6”")).toBe("naim said: “5 – 6”");
    expect(termKeyText("قال نعيم، ٥")).toBe("قال نعيم، ٥");
    expect(termKeyText("Naïm")).toBeNull();
    expect(termKeyText("a\u0301")).toBeNull();
    expect(termKeyText("a\ud83d\ude00")).toBeNull();
    expect(termKeyText("a\tb")).toBeNull();
  });
});
