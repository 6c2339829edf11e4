import { expect, test } from "@playwright/test";
import { storageStateOf, tadqiq } from "./support";

// An administrator deletes an article from its page: the dialog names it, the list then says what was deleted, the
// article is gone, and its audit trail stays (the audit log names the deletion with the title).
const LABELS = {
  en: { open: "Delete article…", confirm: "Delete", deleted: "Deleted the article", logged: "deleted the article" },
  ar: { open: "حذف المقال…", confirm: "احذف", deleted: "حُذف المقال", logged: "حذف المقال" },
} as const;

for (const lng of ["en", "ar"] as const) {
  test(`an administrator deletes an article; the list says so and the audit log keeps it (${lng})`, async ({ browser }) => {
    const L = LABELS[lng];
    const title = `To be deleted (${lng})`;
    const id = tadqiq("import", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--title", title).trim().split("\n").at(-1)!;
    const context = await browser.newContext({ storageState: storageStateOf("admin") });
    const url = new URL(test.info().project.use.baseURL!);
    await context.addCookies([{ name: "tadqiq_lng", value: lng, url: url.origin }]);
    const page = await context.newPage();
    await page.goto(`/articles/${id}`);
    await page.locator("details.more-menu > summary").click();
    await page.getByRole("button", { name: L.open }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(title);
    await dialog.getByRole("button", { name: L.confirm, exact: true }).click();
    await expect(page).toHaveURL(/\/\?deleted=/);
    await expect(page.getByRole("status").filter({ hasText: L.deleted })).toContainText(title);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    const gone = await page.goto(`/articles/${id}`);
    expect(gone?.status()).toBe(404);
    await page.goto("/admin/audit");
    await expect(page.getByText(title).first()).toBeVisible();
    await expect(page.locator("body")).toContainText(L.logged);
    await context.close();
  });
}
