import { describe, expect, it } from "vitest";
import { createInstance } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formatDate, formatDateTime, formatNumber, intlLocale } from "@/lib/i18n/format";
import { isolate } from "@/lib/i18n/bidi";
import { translateIsolated } from "@/app/_components/translated";

const MOMENT = "2026-12-02T14:05:09.000Z";

describe("formatDateTime", () => {
  it.each([
    ["en", "date", "UTC", "2 Dec 2026"],
    ["en", "dateTime", "UTC", "2 Dec 2026, 14:05"],
    ["en", "precise", "UTC", "2 Dec 2026, 14:05:09 UTC"],
    ["en", "dateTime", "Asia/Beirut", "2 Dec 2026, 16:05"],
    ["ar", "date", "UTC", "2 ديسمبر 2026"],
    ["ar", "dateTime", "UTC", "2 ديسمبر 2026، 14:05"],
    ["ar", "precise", "UTC", "2 ديسمبر 2026، 14:05:09 UTC"],
    ["ar", "dateTime", "Africa/Cairo", "2 ديسمبر 2026، 16:05"],
  ] as const)("%s %s in %s", (lng, style, timeZone, expected) => {
    expect(formatDateTime(MOMENT, lng, style, timeZone)).toBe(expected);
  });

  it("never writes an all-digit date that reads differently in the United States and elsewhere", () => {
    expect(formatDateTime("2026-01-12T09:00:00Z", "en", "dateTime", "UTC")).toBe("12 Jan 2026, 09:00");
    expect(formatDateTime("2026-12-01T09:00:00Z", "en", "dateTime", "UTC")).toBe("1 Dec 2026, 09:00");
  });

  it("accepts a Date and epoch milliseconds", () => {
    expect(formatDate(new Date(MOMENT), "en", "UTC")).toBe("2 Dec 2026");
    expect(formatDate(Date.UTC(2026, 0, 31), "ar", "UTC")).toBe("31 يناير 2026");
  });

  it("uses Latin digits in the Arabic interface", () => {
    expect(formatDateTime(MOMENT, "ar", "dateTime", "UTC")).not.toMatch(/[٠-٩]/);
  });

  it("refuses what is not a date instead of printing 'Invalid Date'", () => {
    expect(() => formatDateTime("not a date", "en")).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it.each([
    ["en", 12345.6, {}, "12,345.6"],
    ["ar", 12345.6, {}, "12,345.6"],
    ["en", 98.76, { maximumFractionDigits: 1 }, "98.8"],
    ["ar", 3, {}, "3"],
  ] as const)("%s %s", (lng, value, options, expected) => {
    expect(formatNumber(value, lng, options)).toBe(expected);
  });
});

describe("intlLocale", () => {
  it.each([
    ["en", "en-GB"],
    ["ar", "ar-u-nu-latn"],
    ["ar-EG", "ar-u-nu-latn"],
    ["fr", "fr-FR-u-nu-latn"],
  ])("%s → %s", (lng, expected) => expect(intlLocale(lng)).toBe(expected));
});

describe("bidi isolation", () => {
  it("wraps text in FSI … PDI", () => {
    expect(isolate("Amal Admin")).toBe("\u2068Amal Admin\u2069");
  });

  it("puts every text parameter of a sentence in <bdi>, numbers and elements as they are", async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: "ar",
      resources: { ar: { common: { meta: "{{author}} · {{date}}", count_many: "{{count}} ملفًا من {{name}}", count_other: "{{count}} ملف من {{name}}" } } },
      defaultNS: "common",
      interpolation: { escapeValue: false },
    });
    const t = i18n.getFixedT("ar", "common");
    const html = renderToStaticMarkup(createElement("p", null, translateIsolated(t, "meta", { author: "Amal Admin", date: "2 ديسمبر 2026" })));
    expect(html).toBe("<p><bdi>Amal Admin</bdi> · <bdi>2 ديسمبر 2026</bdi></p>");
    const withElement = renderToStaticMarkup(
      createElement("p", null, translateIsolated(t, "meta", { author: createElement("q", { lang: "en" }, "Gaza"), date: null })),
    );
    expect(withElement).toBe('<p><q lang="en">Gaza</q> · </p>');
    const plural = renderToStaticMarkup(createElement("p", null, translateIsolated(t, "count", { count: 11, name: "<b>x</b>" })));
    expect(plural).toBe("<p>11 ملفًا من <bdi>&lt;b&gt;x&lt;/b&gt;</bdi></p>");
  });
});
