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
