import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tadqiq, USERS } from "./support";

// The name register end to end: an approved article teaches a spelling, an editor makes it the house spelling on
// the names page, a new article with a variant gets a name-authority finding carrying the register's evidence, Apply
// fixes one place, and "fix in all open articles" the rest. Each interface language works on its own name.

const CASES = {
  en: {
    arabic: "وليد",
    house: "Walid",
    variant: "Waleed",
    useAsHouse: "Use as house spelling",
    saved: "Saved.",
    houseLine: `Walid, chosen by ${USERS.editor.name}.`,
    message: '"Waleed": the house spelling of وليد is "Walid".',
    evidence: "Spelled Walid in 1 approved article",
    inRegister: "See this name in the register",
    apply: "Apply",
    fixOtherLabel: "Spelling to replace with the house spelling in all open articles",
    count: "Count",
    confirm: "Replace Waleed with Walid in 3 paragraphs of 2 open articles?",
    fixDo: "Fix 3 paragraphs",
    fixed: "Fixed 3 paragraphs in 2 open articles.",
  },
  ar: {
    arabic: "سامح",
    house: "Sameh",
    variant: "Sameeh",
    useAsHouse: "اعتمادها",
    saved: "حُفظ.",
    houseLine: `Sameh، اختارها ${USERS.editor.name}.`,
    message: "«Sameeh»: الرسم المعتمد لاسم سامح هو «Sameh».",
    evidence: "كُتب Sameh في مقالة معتمدة واحدة",
    inRegister: "عرض هذا الاسم في السجل",
    apply: "طبّق",
    fixOtherLabel: "الكتابة التي تحلّ محلها الكتابة المعتمدة في كل المقالات المفتوحة",
    count: "عدّ المواضع",
    confirm: "استبدال Sameeh بـSameh في 3 فقرات من مقالتين مفتوحتين؟",
    fixDo: "تصحيح 3 فقرات",
    fixed: "صُحّحت 3 فقرات في مقالتين مفتوحتين.",
  },
} as const;

/** Imports an Arabic → English article through the CLI and returns its id. */
function importArticle(title: string, source: string[], target: string[]): string {
  const dir = path.resolve(test.info().outputDir);
  fs.mkdirSync(dir, { recursive: true });
  const sourceFile = path.join(dir, `${title}.ar.txt`);
  const targetFile = path.join(dir, `${title}.en.txt`);
  fs.writeFileSync(sourceFile, source.join("\n\n"));
  fs.writeFileSync(targetFile, target.join("\n\n"));
  return tadqiq("import", sourceFile, targetFile, "--source-lang", "ar", "--target-lang", "en", "--title", title).trim().split("\n").at(-1)!;
}

async function useLanguage(page: Page, lng: "en" | "ar") {
  const url = new URL(test.info().project.use.baseURL!);
  await page.context().addCookies([{ name: "tadqiq_lng", value: lng, url: url.origin }]);
}

/** Approves an article through the review page (English interface). */
async function approve(page: Page, id: string) {
  await page.goto(`/articles/${id}`);
  if (await page.getByRole("button", { name: "Start review" }).isVisible()) {
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByTestId("article-status")).toHaveText("In review");
  }
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.getByRole("dialog", { name: "Approve this article?" }).getByRole("button", { name: "Approve anyway" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Approved");
}

for (const lng of ["en", "ar"] as const) {
  test(`the name register learns, decides and fixes a spelling (${lng})`, async ({ page }) => {
    const C = CASES[lng];
    const source = [`وقال ${C.arabic} قاسم إن الحزب مستعد للحوار.`, `وأضاف ${C.arabic} أن المحادثات ستستمر.`];
    const learnedTitle = `Names ${lng} approved`;
    const approvedId = importArticle(learnedTitle, source, [`${C.house} Qassem said the party was ready for dialogue.`, "He added that the talks would go on."]);
    await approve(page, approvedId);

    // The names page finds the learned name by its Arabic; the editor makes the learned spelling the house spelling.
    await useLanguage(page, lng);
    await page.goto(`/names?lang=en&q=${encodeURIComponent(C.arabic)}`);
    await expect(page.locator("html")).toHaveAttribute("dir", lng === "ar" ? "rtl" : "ltr");
    await expectNoAxeViolations(page, `/names (${lng})`);
    await page.getByRole("link", { name: C.arabic, exact: true }).click();
    const spelling = page.locator(`li[data-spelling="${C.house}"]`);
    await spelling.getByRole("button", { name: C.useAsHouse }).click();
    await expect(page.getByRole("status").filter({ hasText: C.saved })).toBeVisible();
    await expect(page.locator("section[aria-labelledby='name-house']")).toContainText(C.houseLine);
    await expectNoAxeViolations(page, `/names/[id] (${lng})`);
    const entryUrl = page.url();

    // A new article with the variant: the finding names the house spelling and shows the register's evidence.
    const variantTarget = [`${C.variant} Qassem said the party was ready for dialogue.`, `${C.variant} added that the talks would go on.`];
    const openId = importArticle(`Names ${lng} open`, source, variantTarget);
    const otherId = importArticle(`Names ${lng} other`, source, variantTarget);
    await page.goto(`/articles/${openId}`);
    const cards = page.locator("li.finding").filter({ hasText: C.message });
    await expect(cards).toHaveCount(2);
    const card = cards.first();
    await expect(card).toContainText(C.evidence);
    await expect(card).toContainText(learnedTitle);
    await expect(card.getByRole("link", { name: C.inRegister })).toBeVisible();
    await card.getByRole("button", { name: C.apply, exact: true }).click();
    await expect(page.locator('[data-side="target"]').filter({ hasText: `${C.house} Qassem said` })).toHaveCount(1);
    await expect(page.locator("li.finding").filter({ hasText: C.message })).toHaveCount(1);

    // From the names page: the variant in every open article, counted first, then fixed.
    await page.goto(entryUrl);
    await page.getByLabel(C.fixOtherLabel).fill(C.variant);
    await page.getByRole("button", { name: C.count, exact: true }).click();
    await expect(page.locator(".confirm-all")).toContainText(C.confirm);
    await page.getByRole("button", { name: C.fixDo }).click();
    await expect(page.getByRole("status").filter({ hasText: C.fixed })).toBeVisible();

    await page.goto(`/articles/${otherId}`);
    await expect(page.locator('[data-side="target"]').filter({ hasText: `${C.house} added that the talks` })).toHaveCount(1);
    await expect(page.locator('[data-side="target"]').filter({ hasText: C.variant })).toHaveCount(0);
    await page.goto(`/articles/${approvedId}`);
    await expect(page.locator('[data-side="target"]').filter({ hasText: `${C.house} Qassem said` })).toHaveCount(1);
  });
}
