import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createInstance, type TFunction } from "i18next";
import { i18nOptions } from "@/lib/i18n/settings";
import { formatNumber } from "@/lib/i18n/format";
import { foundText, ListPager } from "@/app/_components/list-pager";

function translator(lng: "en" | "ar"): TFunction {
  const instance = createInstance();
  instance.init({ ...i18nOptions(lng), initAsync: false });
  return instance.getFixedT(lng, "articles");
}

/** The pager as text with its links' targets, the way a reader and a crawler see it. */
function pager(props: { page: number; pageSize: number; total: number; capped?: boolean; shown?: number }, lng: "en" | "ar" = "en"): string {
  const html = renderToStaticMarkup(createElement(ListPager, { ...props, href: (n: number) => `/?page=${n}`, t: translator(lng) }));
  return html.replace(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g, "[$2 → $1]").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

describe("the list's found line and pager for a search's total", () => {
  it("says the total, or more than the cap, with Arabic plural forms", () => {
    const en = translator("en");
    const ar = translator("ar");
    expect(foundText(en, 1, false, formatNumber(1, "en"))).toBe("1 article found");
    expect(foundText(en, 12, false, formatNumber(12, "en"))).toBe("12 articles found");
    expect(foundText(en, 1000, true, formatNumber(1000, "en"))).toBe("More than 1,000 articles found");
    expect(foundText(ar, 1, false, "1")).toBe("عُثر على مقال واحد");
    expect(foundText(ar, 2, false, "2")).toBe("عُثر على مقالين");
    expect(foundText(ar, 5, false, "5")).toBe("عُثر على 5 مقالات");
    expect(foundText(ar, 12, false, "12")).toBe("عُثر على 12 مقالا");
    expect(foundText(ar, 1000, true, "1000")).toBe("أكثر من 1000 مقال");
    expect(foundText(ar, 2, true, "2")).toBe("أكثر من مقالين");
  });

  it("an exact total: page n of m, next until the last page", () => {
    expect(pager({ page: 1, pageSize: 50, total: 120 })).toBe("Page 1 of 3 [Next → /?page=2]");
    expect(pager({ page: 3, pageSize: 50, total: 120 })).toBe("[Previous → /?page=2] Page 3 of 3");
    expect(pager({ page: 1, pageSize: 50, total: 50 })).toBe("");
  });

  it("a capped total: 'of more than' and next while the page is full, past the cap's pages too", () => {
    expect(pager({ page: 1, pageSize: 50, total: 1000, capped: true, shown: 50 })).toBe("Page 1 of more than 20 [Next → /?page=2]");
    expect(pager({ page: 20, pageSize: 50, total: 1000, capped: true, shown: 50 })).toBe("[Previous → /?page=19] Page 20 of more than 20 [Next → /?page=21]");
    expect(pager({ page: 22, pageSize: 50, total: 1000, capped: true, shown: 7 })).toBe("[Previous → /?page=21] Page 22 of 22");
    expect(pager({ page: 1, pageSize: 50, total: 1000, capped: true, shown: 50 }, "ar")).toBe("الصفحة 1 من أكثر من 20 [التالي → /?page=2]");
  });
});
