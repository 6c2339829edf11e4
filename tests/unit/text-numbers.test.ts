import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../lib/text/numbers";

type Row = [text: string, lang: string, expected: Array<[text: string, value: number]>];

const values = (text: string, lang: string): Array<[string, number]> =>
  extractNumbers(text, lang)
    .filter((m) => m.weak !== true)
    .map((m) => [m.text, m.value]);

describe("extractNumbers", () => {
  const rows: Row[] = [
    ["Tue 05 Mar 2024 2:17 pm", "en", [["05", 5], ["2024", 2024], ["2", 2], ["17", 17]]],
    ["الثلاثاء 5/3/2024 02:17 م", "ar", [["5", 5], ["3", 3], ["2024", 2024], ["02", 2], ["17", 17]]],
    ["a 40-day truce", "en", [["40", 40]]],
    ["بلغ ٣٫٥ مليار و١٬٢٠٠ و٥٠٠", "ar", [["٣٫٥ مليار", 3.5e9], ["١٬٢٠٠", 1200], ["٥٠٠", 500]]],
    ["It cost $3m and 1.5 billion", "en", [["3m", 3e6], ["1.5 billion", 1.5e9]]],
    ["1,200 people, 10-15 days, the 1st round", "en", [["1,200", 1200], ["10", 10], ["15", 15], ["1st", 1]]],
    ["twenty-five and two hundred and fifty thousand", "en", [["twenty-five", 25], ["two hundred and fifty thousand", 250000]]],
    ["between three and four", "en", [["three", 3], ["four", 4]]],
    ["خمسة وعشرون و ثلاثة آلاف وخمسمئة و مليونين", "ar", [["خمسة وعشرون", 25], ["ثلاثة آلاف وخمسمئة", 3500], ["مليونين", 2e6]]],
    ["3 ملايين و خمسة عشر ألفا", "ar", [["3 ملايين", 3e6], ["خمسة عشر ألفا", 15000]]],
    ["3,5 milliards et 1 200 euros, soixante-dix-sept, quatre-vingt-dix", "fr", [["3,5 milliards", 3.5e9], ["1 200", 1200], ["soixante-dix-sept", 77], ["quatre-vingt-dix", 90]]],
    ["Costó 1.500 euros, treinta y cinco, 3 mil millones", "es", [["1.500", 1500], ["treinta y cinco", 35], ["3 mil millones", 3e9]]],
    ["Inflation was 35.7% and 12 percent", "en", [["35.7%", 35.7], ["12", 12]]],
    ["٦٫٥٪", "ar", [["٦٫٥٪", 6.5]]],
    ["5.3.2024", "de", [["5", 5], ["3", 3], ["2024", 2024]]],
  ];
  it.each(rows)("%s (%s)", (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it("marks percents, clock-time alternatives and ambiguous separators", () => {
    const [percent] = extractNumbers("50 في المئة", "ar");
    expect(percent?.percent).toBe(true);
    const hour = extractNumbers("at 2:17 pm", "en")[0]!;
    expect(hour.value).toBe(2);
    expect(hour.alternatives).toContain(14);
    const ambiguous = extractNumbers("1,200", "en")[0]!;
    expect(ambiguous.alternatives).toContain(1.2);
  });

  it("keeps ambiguous words weak: one, two, Arabic duals, ordinals, Arabic small numbers", () => {
    const weak = (text: string, lang: string): boolean[] => extractNumbers(text, lang).map((m) => m.weak === true);
    expect(weak("one of the two sides", "en")).toEqual([true, true]);
    expect(weak("خلال يومين", "ar")).toEqual([true]);
    expect(weak("the first time", "en")).toEqual([true]);
    expect(weak("خمس سنوات", "ar")).toEqual([true]);
    expect(weak("three years", "en")).toEqual([false]);
  });

  it("does not read weekday names or month ordinals as numbers", () => {
    expect(values("يوم الأحد ويوم الاثنين في تشرين الثاني", "ar")).toEqual([]);
    expect(extractNumbers("تشرين الثاني", "ar")).toEqual([]);
  });

  it("gives exact offsets for arbitrary text", () => {
    const text = "x٣٫٥ مليار، 2:17 pm 1 200 twenty-one 50٪ %";
    for (const lang of ["ar", "en", "fr", "es", "xx"]) {
      for (const m of extractNumbers(text, lang)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("the one-expression pass over texts without digits whose letters are all ASCII", () => {
  // Such a text is searched for number words with one regular expression; with " ب" (an Arabic word) appended it
  // takes the word-by-word way. Both must find the same numbers.
  const words = ["one", "One", "ONE", "two", "twenty", "first", "second", "half", "a", "quarter", "twice", "dozen", "million", "percent", "per", "cent", "point", "points", "none", "someone", "oneself", "the", "talks", "went", "on", "“", "”", "—", ",", ".", "-", "twenty-one", "trois", "deux", "mille", "moitié", "quart", "dos", "tres", "cien", "mil", "medio"];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(" "));
  for (const lang of ["en", "fr", "es"]) {
    it(`finds the same numbers as the word-by-word pass (${lang})`, () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(extractNumbers(value, lang)).toEqual(extractNumbers(`${value} ب`, lang));
        }),
        { numRuns: 1500 },
      );
    });
  }

  it.each([
    ["Nobody came.", "en", []],
    ["Someone said it twice.", "en", [2]],
    ["Talks went on all night.", "en", []],
    ["Deux blessés.", "fr", [2]],
  ])("%j (%s) → %j", (value, lang, values) => {
    expect(extractNumbers(value, lang).map((m) => m.value)).toEqual(values);
  });
});
