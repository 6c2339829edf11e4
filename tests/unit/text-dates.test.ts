import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates, monthName, weekdayName } from "../../lib/text/dates";

type Row = [text: string, lang: string, expected: Array<[kind: string, text: string, value: number]>];

describe("extractDates", () => {
  const named = (text: string, lang: string): Array<[string, string, number]> =>
    extractDates(text, lang)
      .filter((m) => m.named && m.calendar === "gregorian")
      .map((m) => [m.kind, m.text, m.value]);
  const rows: Row[] = [
    ["الثلاثاء 5/3/2024", "ar", [["weekday", "الثلاثاء", 2]]],
    ["Tue 05 Mar 2024 2:17 pm", "en", [["weekday", "Tue", 2], ["month", "Mar", 3]]],
    ["في 24 نوفمبر/تشرين الثاني الماضي", "ar", [["month", "نوفمبر", 11], ["month", "تشرين الثاني", 11]]],
    ["في كانون الأول 2023 وفي آب الماضي", "ar", [["month", "كانون الأول", 12], ["month", "آب", 8]]],
    ["on November 24, in May, Theresa May said, May God help", "en", [["month", "November", 11], ["month", "May", 5]]],
    ["ومارس الاحتلال الضغط في شهر مارس", "ar", [["month", "مارس", 3]]],
    ["بين الاثنين. وقال الاثنين إن", "ar", [["weekday", "الاثنين", 1]]],
    ["le mardi 5 mars 2024, la planète Mars", "fr", [["weekday", "mardi", 2], ["month", "mars", 3]]],
    ["el domingo 3 de marzo, Plácido Domingo", "es", [["weekday", "domingo", 0], ["month", "marzo", 3]]],
    ["Sat down, said the Sun", "en", []],
  ];
  it.each(rows)("%s (%s)", (text, lang, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it("marks Hijri months and years", () => {
    const dates = extractDates("قبل شهر رمضان، ٢٠ أيار ١٤٤٥ هـ", "ar");
    expect(dates.find((d) => d.text === "رمضان")?.calendar).toBe("hijri");
    expect(dates.find((d) => d.kind === "year")?.calendar).toBe("hijri");
  });

  it("reads numeric dates both ways", () => {
    const month = extractDates("5/3/2024", "ar").find((d) => d.kind === "month")!;
    expect(month.value).toBe(3);
    expect(month.alternatives).toEqual([5]);
  });

  it("names weekdays and months per language", () => {
    expect(weekdayName(2, "en")).toBe("Tuesday");
    expect(weekdayName(0, "fr")).toBe("dimanche");
    expect(monthName(11, "en", true)).toBe("Nov");
    expect(monthName(3, "ar")).toBe("مارس");
  });
});

describe("the one-expression pass over texts of ASCII letters", () => {
  // A text whose letters are all ASCII is checked for month and weekday names by one regular expression instead of
  // word by word. Appending " ب" (an Arabic letter, its own word) sends the same text down the word-by-word pass and
  // changes no date: both must find the same dates.
  const words = ["May", "may", "MAY", "May's", "May’s", "May'", "o'clock", "Mayday", "Tue", "Tuesday", "tuesday", "Sept", "Sept.", "March", "marches", "Jan", "janvier", "mars", "Mars", "the", "in", "on", "5", "24", "2024", "12/05/2024", "Sunday", "Sun", "sun", "'May", "Dec", "decade", "“May”", "—", ",", ".", "(", ")", "Wed.", "wed", "Fri", "friday"];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(" "));

  for (const lang of ["en", "fr", "es"]) {
    it(`finds the same dates as the word-by-word pass (${lang})`, () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(extractDates(value, lang)).toEqual(extractDates(`${value} ب`, lang));
        }),
        { numRuns: 1500 },
      );
    });
  }

  it.each([
    ["Talks resume on Tuesday.", "en", ["weekday"]],
    ["Talks resume on May 5.", "en", ["month", "day"]],
    ["The may-pole stood.", "en", []],
    ["Rendez-vous le 5 mars.", "fr", ["day", "month"]],
  ])("%j (%s) → %j", (value, lang, kinds) => {
    expect(extractDates(value, lang).map((m) => m.kind)).toEqual(kinds);
  });
});
