import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { importFile, splitUnitParagraphs } from "../../lib/formats";
import { ECONOMY, makeDocx } from "../fixtures/files/documents";
import { openExportMenu } from "./support";

const COURTS_XLIFF = path.resolve("tests/fixtures/files/courts-1.2.xlf");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-e2e-files-"));

/** A target paragraph of the review page, pinned by its id so it survives edits of its text. */
async function targetParagraph(page: Page, text: string): Promise<Locator> {
  const found = page.locator('[data-side="target"]').filter({ hasText: text });
  await expect(found).toHaveCount(1);
  return page.locator(`[data-paragraph-id="${await found.getAttribute("data-paragraph-id")}"]`);
}

/** Clicks an export link of the review page and returns the downloaded file's path. */
async function download(page: Page, name: RegExp): Promise<string> {
  await openExportMenu(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const target = path.join(tmp, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test("imports a Word pair (Arabic and English) and shows the aligned article", async ({ page }) => {
  const sourcePath = path.join(tmp, "economy-ar.docx");
  const targetPath = path.join(tmp, "economy-en.docx");
  fs.writeFileSync(sourcePath, await makeDocx(ECONOMY.source, { rtl: true }));
  fs.writeFileSync(targetPath, await makeDocx(ECONOMY.target));

  await page.goto("/articles/new");
  await page.getByRole("link", { name: "Import files (Word, HTML, XLIFF, TMX)…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import files" })).toBeVisible();
  await page.getByLabel("Source file", { exact: true }).setInputFiles(sourcePath);
  await page.getByLabel("Translation file", { exact: true }).setInputFiles(targetPath);
  await expect(page.getByLabel("Source language")).toHaveValue("ar");
  await expect(page.getByLabel("Translation language")).toHaveValue("en");
  await page.getByRole("button", { name: "Import and review" }).click();

  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: ECONOMY.target[0] })).toBeVisible();
  const rows = page.getByRole("listitem", { name: /^Row \d+$/ });
  await expect(rows).toHaveCount(ECONOMY.source.length);
  for (const [index, source] of ECONOMY.source.entries()) {
    const row = page.getByRole("listitem", { name: `Row ${index + 1}`, exact: true });
    await expect(row.locator('[data-side="source"]')).toContainText(source);
    await expect(row.locator('[data-side="target"]')).toContainText(ECONOMY.target[index]!);
  }
  await expect(page.locator('[data-side="source"] .paragraph-body').first()).toHaveAttribute("dir", "rtl");
});

test("refuses a broken file with a specific message and keeps the form", async ({ page }) => {
  await page.goto("/articles/import");
  await page.getByRole("radio", { name: "One bilingual file (XLIFF, TMX)" }).check();
  await page.getByLabel("Bilingual file", { exact: true }).setInputFiles(path.resolve("tests/fixtures/files/unit-without-source-2.0.xlf"));
  await page.getByRole("button", { name: "Import and review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "unit-without-source" })).toHaveText('unit-without-source-2.0.xlf: XLIFF 2.0: <unit id="7"> has no <source>');
  await expect(page).toHaveURL(/\/articles\/import$/);
  // The chosen file is still there to retry after fixing the languages or the title.
  await expect(page.getByLabel("Bilingual file", { exact: true })).toHaveValue(/unit-without-source-2\.0\.xlf$/);
});

test("imports an XLIFF file, corrects it, and downloads the corrected Word file and the XLIFF", async ({ page }) => {
  await page.goto("/articles/import");
  await page.getByRole("radio", { name: "One bilingual file (XLIFF, TMX)" }).check();
  await page.getByLabel("Bilingual file", { exact: true }).setInputFiles(COURTS_XLIFF);
  // The languages come from the file (ar-EG → en-GB).
  await expect(page.getByLabel("Source language")).toHaveValue("ar");
  await expect(page.getByLabel("Translation language")).toHaveValue("en");
  await expect(page.getByText("Language read from courts-1.2.xlf: ar-EG → en-GB")).toBeVisible();
  await page.getByLabel("Title (optional)").fill("Market ruling");
  await page.getByRole("button", { name: "Import and review" }).click();

  // The importer's warning is shown before moving on.
  await expect(page.getByRole("heading", { name: "Imported with warnings" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /courts-1\.2\.xlf: \d+ inline tags \(.*<g>.*\) were flattened/ })).toBeVisible();
  await page.getByRole("link", { name: "Open the article for review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Market ruling" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: /^Row \d+$/ })).toHaveCount(4);

  const wrong = await targetParagraph(page, "Traders own 430 shops");
  await wrong.click();
  await page.locator(".row.current").getByRole("button", { name: "Edit", exact: true }).click();
  const editor = wrong.getByRole("textbox", { name: /^Corrected translation/ });
  await editor.fill("Traders own 340 shops in the market since 1952.");
  await editor.press("Enter");
  await expect(editor).toBeHidden();
  await expect(wrong).toContainText("Traders own 340 shops in the market since 1952.");

  const docxPath = await download(page, /^Word( \(\.docx\))?$/);
  expect(path.extname(docxPath)).toBe(".docx");
  const { value } = await mammoth.extractRawText({ path: docxPath });
  expect(value.split("\n").map((line) => line.trim()).filter(Boolean)).toEqual([
    "Market ruling",
    "Supreme Administrative Court overturns demolition order for old market",
    "The court ruled that the order was issued without an environmental impact study.",
    "Traders own 340 shops in the market since 1952.",
  ]);

  const xliffPath = await download(page, /^XLIFF( 2\.1 \(\.xlf\))?$/);
  const back = await importFile(new Uint8Array(fs.readFileSync(xliffPath)), path.basename(xliffPath));
  if (back.kind !== "bilingual") throw new Error("expected XLIFF");
  expect(back.doc.sourceLang).toBe("ar");
  expect(back.doc.targetLang).toBe("en");
  expect(back.doc.units.map((unit) => unit.id)).toEqual(["c1", "c2", "c3", "c4"]);
  expect(splitUnitParagraphs(back.doc.units[2]!.target)).toEqual(["Traders own 340 shops in the market since 1952."]);
  expect(back.doc.units[2]!.notes.slice(0, 2)).toEqual(["Number to verify: 340 or 430?", "Ask the correspondent."]);
  expect(back.doc.units[0]!.approved).toBe(true);
  expect(back.doc.units[3]!.target).toBe("");
});
