import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { tadqiq } from "./support";

// The round's pages walked by keyboard, in English and Arabic: the skip link, the list's search box (Arabic letter
// variants, Latin case and accents) and sort, and the names page's focus through house spelling and "fix in all
// open articles" (counted first, singular forms).

const TEXT = {
  en: {
    skip: "Skip to the content",
    title: "Hôpital de Zarqa",
    other: "Bus station of Zarqa",
    place: "Zarqa",
    placeAr: "الزرقاء",
    sortedColumn: "Title",
    house: "Maher",
    arabic: "ماهر",
    variant: "Mahir",
    useAsHouse: "Use as house spelling",
    houseHeading: "House spelling",
    fixLabel: "Spelling to replace with the house spelling in all open articles",
    confirm: "Replace Mahir with Maher in 1 paragraph of 1 open article? Each change is a revision you can see in the paragraph's history.",
    fixDo: "Fix 1 paragraph",
    cancel: "Cancel",
    fixed: "Fixed 1 paragraph in 1 open article.",
  },
  ar: {
    skip: "انتقل إلى المحتوى",
    title: "Hôpital de Ramtha",
    other: "Bus station of Ramtha",
    place: "Ramtha",
    placeAr: "الرمثا",
    sortedColumn: "العنوان",
    house: "Nader",
    arabic: "نادر",
    variant: "Nadir",
    useAsHouse: "اعتمادها",
    houseHeading: "الكتابة المعتمدة",
    fixLabel: "الكتابة التي تحلّ محلها الكتابة المعتمدة في كل المقالات المفتوحة",
    confirm: "استبدال Nadir بـNader في فقرة واحدة من مقالة مفتوحة واحدة؟ كل تغيير مراجعة تظهر في سجل الفقرة.",
    fixDo: "تصحيح فقرة واحدة",
    cancel: "إلغاء",
    fixed: "صُحّحت فقرة واحدة في مقالة مفتوحة واحدة.",
  },
} as const;

/** Imports an Arabic → English article through the CLI and returns its id. */
function importArticle(title: string, source: string[], target: string[]): string {
  const dir = path.resolve(test.info().outputDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, title.replace(/[^\p{L}\p{N}]+/gu, "-"));
  fs.writeFileSync(`${base}.ar.txt`, source.join("\n\n"));
  fs.writeFileSync(`${base}.en.txt`, target.join("\n\n"));
  return tadqiq("import", `${base}.ar.txt`, `${base}.en.txt`, "--source-lang", "ar", "--target-lang", "en", "--title", title).trim().split("\n").at(-1)!;
}

async function useLanguage(page: Page, lng: "en" | "ar") {
  await page.context().addCookies([{ name: "tadqiq_lng", value: lng, url: new URL(test.info().project.use.baseURL!).origin }]);
}

for (const lng of ["en", "ar"] as const) {
  const T = TEXT[lng];

  test(`article list by keyboard: skip link, search in both scripts, sort by title (${lng})`, async ({ page }) => {
    importArticle(T.title, [`أعلنت مدرسةُ ${T.placeAr} إغلاق المقهى يوم الأحد.`], [`The ${T.place} school announced on Sunday that the café would close.`]);
    importArticle(T.other, [`افتتحت محطة الحافلات في ${T.placeAr}.`], [`The bus station of ${T.place} opened.`]);
    await useLanguage(page, lng);
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: T.skip })).toBeFocused();
    await page.keyboard.press("Enter");
    const search = page.getByRole("searchbox");
    for (let i = 0; i < 5 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(search).toBeFocused();
    // ا for أ, ه for ة, no diacritics: the title's article is found by its Arabic text.
    await page.keyboard.type("اعلنت مدرسه");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByRole("link", { name: T.title })).toBeVisible();
    // Latin case and accents do not matter, in the title and in the translation.
    for (const q of [`HOPITAL ${T.place.toLowerCase()}`, `cafe ${T.place}`]) {
      await page.goto(`/?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("link", { name: T.title })).toBeVisible();
    }
    await page.goto(`/?q=${encodeURIComponent(T.place)}`);
    await page.locator('select[name="sort"]').selectOption("title");
    await page.locator('select[name="dir"]').selectOption("desc");
    await page.locator('select[name="dir"]').press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=title&dir=desc/);
    await expect(page.locator("th[aria-sort]")).toHaveText(T.sortedColumn);
    await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");
    await expect(page.locator("table.article-table tbody tr td:first-child a")).toHaveText([T.title, T.other]);
  });

  test(`names page by keyboard: house spelling, then fix in all open articles counted first (${lng})`, async ({ page }) => {
    const approvedId = importArticle(`Walk names ${lng} approved`, [`وقال ${T.arabic} قاسم إن الحزب مستعد للحوار.`, `وأضاف ${T.arabic} أن المحادثات ستستمر.`], [`${T.house} Qassem said the party was ready for dialogue.`, "He added that the talks would go on."]);
    await page.goto(`/articles/${approvedId}`);
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByTestId("article-status")).toHaveText("In review");
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await page.getByRole("dialog", { name: "Approve this article?" }).getByRole("button", { name: "Approve anyway" }).click();
    await expect(page.getByTestId("article-status")).toHaveText("Approved");
    importArticle(`Walk names ${lng} open`, [`وقال ${T.arabic} قاسم إن الحزب مستعد للحوار.`], [`${T.variant} Qassem said the party was ready for dialogue.`]);

    await useLanguage(page, lng);
    await page.goto(`/names?lang=en&q=${encodeURIComponent(T.arabic)}`);
    await page.getByRole("link", { name: T.arabic, exact: true }).click();
    // The button disappears once its spelling is the house spelling: the focus stays in the section, on its heading.
    const use = page.locator(`li[data-spelling="${T.house}"]`).getByRole("button", { name: T.useAsHouse });
    await use.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: T.houseHeading })).toBeFocused();

    const field = page.getByLabel(T.fixLabel);
    await field.focus();
    await page.keyboard.type(T.variant);
    await page.keyboard.press("Enter");
    const panel = page.locator(".confirm-all");
    await expect(panel.locator("p")).toHaveText(T.confirm);
    await expect(panel.getByRole("button", { name: T.fixDo })).toBeFocused();
    // Cancel gives the focus back to the field the count was asked from; asking again, Enter fixes.
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("button", { name: T.cancel })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel).toHaveCount(0);
    await expect(field).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("button", { name: T.fixDo })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: T.fixed })).toBeVisible();
    await expect(panel).toHaveCount(0);
    await expect(field).toBeFocused();
  });
}
