import { expect, type Page } from "@playwright/test";

/** Helpers for driving the review page, shared by the end-to-end specs. */
export const row = (page: Page, n: number) => page.locator(`[data-row-index="${n - 1}"]`);
export const targetText = (page: Page, n: number) => row(page, n).locator('[data-side="target"] .paragraph-body').first();

/** Makes row n current (clicking again until the page has hydrated and takes the click). */
export async function goToRow(page: Page, n: number) {
  await expect(async () => {
    await row(page, n).locator(".row-number").click();
    await expect(row(page, n)).toHaveAttribute("aria-current", "true", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

/** Makes row n current and opens its translation editor (E), returning the editor's text box. */
export async function editRow(page: Page, n: number) {
  await goToRow(page, n);
  await page.keyboard.press("e");
  const box = row(page, n).getByTestId("paragraph-editor").locator("textarea");
  await expect(box).toBeFocused();
  return box;
}
