import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countQuoteMarks, extractAnchorNumbers, fingerprintHash, fingerprintOf, fingerprintSummary, paragraphFeatures } from "../../lib/align/anchors";

describe("extractAnchorNumbers", () => {
  it.each([
    ["hold 500 prisoners and 40 detainees", ["500", "40"]],
    ["أسر ٥٠٠ أسير و٤٠ محتجزا", ["500", "40"]],
    ["نسبة ۲۵ درصد", ["25"]],
    ["التضخم بلغ ٣٢٫٥٪", ["32.5"]],
    ["١٬٢٠٠ إصابة", ["1200"]],
    ["more than 473,000 cases", ["473000"]],
    ["about 2.5 million doses", ["2.5"]],
    ["environ 2,5 millions de doses", ["2.5"]],
    ["plus de 473\u202f000 cas", ["473000"]],
    ["1,234,567.89 dollars", ["1234567.89"]],
    ["1.234.567,89 euros", ["1234567.89"]],
    ["Tue 05 Mar 2024 2:17 pm", ["5", "2024", "2", "17"]],
    ["الثلاثاء 5/3/2024 02:17 م", ["5", "3", "2024", "2", "17"]],
    ["no digits here", []],
  ])("%s", (text, expected) => expect(extractAnchorNumbers(text)).toEqual(expected));

  it("gives the same values for Arabic-Indic and Western digits", () => {
    expect(extractAnchorNumbers("في ٢٤ نوفمبر أفرج عن ٢٤٠ أسيرا")).toEqual(extractAnchorNumbers("on November 24, 240 prisoners"));
  });
});

describe("countQuoteMarks", () => {
  it.each([
    ['he said "no deal" today', 2],
    ["قال «لا اتفاق» اليوم", 2],
    ["“impossible” condition", 2],
    ["the Americans' court", 0],
    ["", 0],
  ])("%s -> %d", (text, expected) => expect(countQuoteMarks(text)).toBe(expected));
});

describe("paragraphFeatures", () => {
  it("collects Latin anchors in Arabic text and name keys", () => {
    const features = paragraphFeatures("نقلت رويترز عن باسم نعيم أن BBC نشرت 3 تقارير https://example.org/a");
    expect(features.latin.has("bbc")).toBe(true);
    expect(features.latin.has("https://example.org/a")).toBe(true);
    expect(features.numbers).toEqual(["3"]);
    expect(features.nameKeys.has("nm")).toBe(true);
  });

  it("uses capitalized words (not sentence-starting function words) as English names", () => {
    const features = paragraphFeatures("The source told Reuters that Naeem was in Cairo.");
    const keys = features.nameWords.map((keys) => keys[0]);
    expect(keys).toContain("nm");
    expect(keys).toContain("rtrs");
    expect(keys).not.toContain("T");
    expect(features.latin.has("reuters")).toBe(true);
    expect(features.latin.has("source")).toBe(false);
  });

  it("measures length without whitespace", () => {
    expect(paragraphFeatures("ab  cd\tef").length).toBe(6);
  });
});

describe("fingerprintSummary", () => {
  // The aligner builds fingerprints only for paragraphs whose summaries collide: the summary must be the hash of the
  // fingerprint for every text, or repeated paragraphs would be missed.
  const pool = ["a", "B", "z", " ", "  ", "\t", "\n", ".", ",", "!", "«", "»", "“", "-", "—", "$", "€", "+", "©", "İ", "K", "Σ", "σ", "ς", "ß", "É", "é", "5", "٣", "ب", "ة", "\u064b", "\u0640", "\u200c", "\u00a0", "😀", "𝐀", "\u{10400}", "\ud800", "\udc00", "ﬁ", "Ⓐ", "Ⅻ"];
  const text = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((parts) => parts.join(""));

  it("is the hash of fingerprintOf for any text", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(fingerprintSummary(value)).toBe(fingerprintHash(fingerprintOf(value)));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Hello, World!", "hello   world"],
    ["İstanbul — «Ankara»", "i̇stanbul ankara"],
    ["« قال »  نعم", "قال نعم"],
    ["ΟΔΥΣΣΕΥΣ", "οδυσσευς"],
  ])("%j sums up like %j", (value, like) => {
    expect(fingerprintSummary(value)).toBe(fingerprintSummary(like));
  });

  it("tells different texts apart", () => {
    expect(fingerprintSummary("Talks resume in Cairo")).not.toBe(fingerprintSummary("Talks resumed in Cairo"));
    expect(fingerprintSummary("")).toBe(fingerprintHash(""));
  });
});
