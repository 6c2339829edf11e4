import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openExportMenu, tadqiq } from "./support";

// Each test works on its own copy of the sample article, imported through the CLI, so that it can exclude, save
// and approve without disturbing the other tests.
function importSample(title: string): string {
  return tadqiq("import", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--title", title).trim().split("\n").at(-1)!;
}

const LABELS = {
  en: {
    exclude: "Exclude this paragraph",
    excludedBadge: "Excluded from the corrected article",
    restore: /^Restore/,
    row: (n: number) => `Row ${n}`,
    txt: "Plain text (.txt)",
    saved: (n: number) => `Row ${n} saved.`,
    live: { excluded: (n: number) => `Row ${n}: the translation is excluded from the corrected article.`, restored: (n: number) => `Row ${n}: the translation is back in the corrected article.` },
  },
  ar: {
    exclude: "استبعد هذه الفقرة",
    excludedBadge: "مستبعدة من المقال المصحَّح",
    restore: /^استعادة/,
    row: (n: number) => `الصف ${n}`,
    txt: null,
    saved: (n: number) => `حُفظ الصف ${n}.`,
    live: { excluded: (n: number) => `الصف ${n}: استُبعدت الترجمة من المقال المصحَّح.`, restored: (n: number) => `الصف ${n}: عادت الترجمة إلى المقال المصحَّح.` },
  },
} as const;

async function useLanguage(page: Page, lng: "en" | "ar") {
  const url = new URL(test.info().project.use.baseURL!);
  await page.context().addCookies([{ name: "tadqiq_lng", value: lng, url: url.origin }]);
}

async function exportText(page: Page, articleId: string): Promise<string> {
  // The download link of the export menu, fetched with the page's session.
  const response = await page.request.get(`/articles/${articleId}/export?format=txt`);
  expect(response.status()).toBe(200);
  return response.text();
}

for (const lng of ["en", "ar"] as const) {
  test(`page chrome is removed with the finding's Apply, left out of the export, and restored (${lng})`, async ({ page }) => {
    const L = LABELS[lng];
    const id = importSample(`Chrome removal ${lng}`);
    await useLanguage(page, lng);
    await page.goto(`/articles/${id}`);
    await expect(page.locator("html")).toHaveAttribute("dir", lng === "ar" ? "rtl" : "ltr");

    const found = page.locator('[data-side="target"]').filter({ hasText: /^Share your opinion$/ });
    await expect(found).toHaveCount(1);
    const chrome = page.locator(`[data-paragraph-id="${await found.getAttribute("data-paragraph-id")}"]`);
    const rowOfChrome = chrome.locator("xpath=ancestor::*[@data-row-index][1]");
    const n = Number(await rowOfChrome.getAttribute("data-row-index")) + 1;

    // The addition finding on it says what Apply will do, and does exactly that.
    const card = page.locator("li.finding").filter({ has: page.getByRole("button", { name: L.row(n), exact: true }) }).filter({ has: page.getByRole("button", { name: L.exclude }) });
    await expect(card).toHaveCount(1);
    await card.getByRole("button", { name: L.exclude }).click();
    await expect(page.getByTestId("live-region")).toHaveText(L.live.excluded(n));
    await expect(chrome.locator(".badge.excluded")).toHaveText(L.excludedBadge);
    // The finding is gone and the row keeps the focus.
    await expect(card).toHaveCount(0);
    await expect(rowOfChrome).toBeFocused();

    if (L.txt) {
      await openExportMenu(page);
      const downloadPromise = page.waitForEvent("download");
      await page.getByRole("link", { name: L.txt }).click();
      const exported = fs.readFileSync((await (await downloadPromise).path())!, "utf8");
      expect(exported).not.toContain("Share your opinion");
      expect(exported).toContain("Naim added that Israeli Prime Minister");
    } else {
      const exported = await exportText(page, id);
      expect(exported).not.toContain("Share your opinion");
    }

    // Undo: restore from the row's toolbar (X is the same toggle from the keyboard).
    await rowOfChrome.click();
    await rowOfChrome.getByRole("button", { name: L.restore }).click();
    await expect(page.getByTestId("live-region")).toHaveText(L.live.restored(n));
    await expect(chrome.locator(".badge.excluded")).toHaveCount(0);
    expect(await exportText(page, id)).toContain("Share your opinion");

    // The history says what happened, in words.
    await page.keyboard.press("h");
    await expect(rowOfChrome.locator(".history")).toContainText(lng === "en" ? "Excluded from the corrected article by \u2068Elias Editor\u2069" : "استبعدها \u2068Elias Editor\u2069 من المقال المصحح");
  });

  test(`unsaved text survives another editor, a reload and Esc (${lng})`, async ({ page }) => {
    const id = importSample(`Drafts ${lng}`);
    await useLanguage(page, lng);
    await page.goto(`/articles/${id}`);
    const first = page.locator('[data-side="target"]').filter({ hasText: "There were hopes that the Cairo talks" });
    const second = page.locator('[data-side="target"]').filter({ hasText: "In the first phase of the ceasefire agreement" });
    const firstId = await first.getAttribute("data-paragraph-id");
    const secondId = await second.getAttribute("data-paragraph-id");

    // Type in one editor…
    await first.click();
    await page.keyboard.press("e");
    const firstEditor = page.locator(`#editor-${firstId}`);
    await expect(firstEditor).toBeFocused();
    await firstEditor.press("End");
    await firstEditor.pressSequentially(" (draft one)");
    // …Esc closes it and keeps the draft.
    await firstEditor.press("Escape");
    await expect(firstEditor).toHaveCount(0);
    await expect(first.locator(".badge.draft")).toBeVisible();

    // …open another one and type there too.
    await second.click();
    await page.keyboard.press("e");
    const secondEditor = page.locator(`#editor-${secondId}`);
    await secondEditor.press("End");
    await secondEditor.pressSequentially(" (draft two)");

    // Reloading asks first; accepting it keeps both drafts, reopened in their editors.
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toContain("beforeunload");
    await expect(page.locator(`#editor-${firstId}`)).toHaveValue(/\(draft one\)$/);
    await expect(page.locator(`#editor-${secondId}`)).toHaveValue(/\(draft two\)$/);

    // Saving one clears its draft; the other stays a draft.
    await page.locator(`#editor-${secondId}`).press("Enter");
    await expect(page.locator(`[data-paragraph-id="${secondId}"] .paragraph-body`)).toContainText("(draft two)");
    await page.reload();
    await expect(page.locator(`#editor-${secondId}`)).toHaveCount(0);
    await expect(page.locator(`#editor-${firstId}`)).toHaveValue(/\(draft one\)$/);
  });
}

test("a keyboard-only pass: navigate, fix Naeem, save and next, mark reviewed, flag a word, approve", async ({ page }) => {
  const id = importSample("Keyboard pass");
  await page.goto(`/articles/${id}`);
  const live = page.getByTestId("live-region");

  // The skip link takes the keyboard to the rows: one Tab stop for all of them.
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.textContent === "Skip to the rows")); i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the rows" })).toBeFocused();
  await page.keyboard.press("Enter");
  const row1 = page.getByRole("listitem", { name: "Row 1", exact: true });
  await expect(row1).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listitem", { name: "Row 2", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(row1).toBeFocused();

  // N walks the findings until the name spelled two ways; A applies its suggestion.
  let found = false;
  for (let i = 0; i < 25 && !found; i++) {
    await page.keyboard.press("n");
    found = ((await live.textContent()) ?? "").includes("Naeem");
  }
  expect(found).toBe(true);
  const naeemIndex = await page.locator(".row.current").getAttribute("data-row-index");
  const naeemRow = page.locator(`[data-row-index="${naeemIndex}"]`);
  await expect(naeemRow).toBeFocused();
  await page.keyboard.press("a");
  await expect(naeemRow.locator('[data-side="target"] .paragraph-body')).toContainText("Naim explained that this is impossible");
  await expect(naeemRow).toBeFocused();

  // R marks the row reviewed.
  const progress = page.getByTestId("progress");
  await expect(progress).toContainText("0/");
  await page.keyboard.press("r");
  await expect(progress).toContainText("1/");
  await expect(live).toContainText("marked reviewed");

  // E edits, Ctrl+Enter saves and opens the next row's editor.
  await page.keyboard.press("e");
  const editor = naeemRow.getByRole("textbox");
  await expect(editor).toBeFocused();
  await editor.press("End");
  await editor.pressSequentially(" Really.");
  await editor.press("Control+Enter");
  await expect(naeemRow.locator('[data-side="target"] .paragraph-body')).toContainText("held by different factions. Really.");
  const nextEditor = page.locator(".row.current").getByRole("textbox");
  await expect(nextEditor).toBeFocused();
  await nextEditor.press("Escape");
  await expect(page.locator(".row.current")).toBeFocused();

  // F flags the whole paragraph (nothing selected); the form takes the focus.
  await page.keyboard.press("f");
  const form = page.getByRole("form", { name: /Flag an issue/ });
  await expect(form.getByLabel("Category")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Severity")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Check this sentence against the source.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(form).toHaveCount(0);
  await expect(live).toContainText("Issue flagged in row");
  await expect(page.getByRole("listitem", { name: /^Issue on/ })).toHaveCount(1);

  // ? opens the shortcut sheet; Esc closes it.
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("Next finding");
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  // Approve from the keyboard: Shift+Tab back to the header (Start review, then Approve); the checklist says what is left.
  const focusHeaderButton = async (name: string) => {
    await page.locator(".row.current").focus();
    for (let i = 0; i < 40 && !(await page.evaluate((wanted) => document.activeElement?.textContent === wanted, name)); i++) await page.keyboard.press("Shift+Tab");
  };
  await focusHeaderButton("Start review");
  await expect(page.getByRole("button", { name: "Start review" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("article-status")).toHaveText("In review");
  await focusHeaderButton("Approve");
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  const approval = page.getByRole("dialog");
  await expect(approval).toBeVisible();
  await expect(approval).toContainText(/reviewed/i);
  const confirm = approval.getByRole("button", { name: /Approve anyway/ });
  await confirm.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("article-status")).toHaveText("Approved");
});

test("swapped files are caught before import, with a one-click swap", async ({ page }) => {
  await page.goto("/articles/import");
  await page.getByLabel("Source file").setInputFiles("fixtures/cairo-talks/en.txt");
  await page.getByLabel("Translation file").setInputFiles("fixtures/cairo-talks/ar.txt");
  await page.getByLabel("Title (optional)").fill("Swapped files");
  await page.getByRole("button", { name: "Import and review" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "The files look swapped" });
  await expect(warning).toBeVisible();
  await warning.getByRole("button", { name: "Swap the two files" }).click();
  // Imported without warnings: straight to the review page.
  await expect(page.getByRole("heading", { level: 1, name: "Swapped files" })).toBeVisible();
  const firstSource = page.locator('[data-side="source"] .paragraph-body').first();
  await expect(firstSource).toHaveAttribute("dir", "rtl");
  await expect(firstSource).toContainText("فلسطين");
  await expect(page.locator('[data-side="target"] .paragraph-body').first()).toHaveText("PALESTINE");
});
