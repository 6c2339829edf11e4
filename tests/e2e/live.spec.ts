import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf, tadqiq, USERS } from "./support";
import { editRow, goToRow, row, targetText } from "./review-page";

// Two people on one article, each in their own browser context: A is the editor, B the admin.
function importSample(title: string): string {
  return tadqiq("import", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--title", title).trim().split("\n").at(-1)!;
}

const A = USERS.editor.name;

const LABELS = {
  en: {
    alsoHere: "Also on this article",
    onRow: (n: number) => `row ${n}`,
    editingRow: (n: number) => `editing row ${n}`,
    rowHere: "is on this row",
    rowEditing: "is editing",
    saved: (n: number) => new RegExp(`${A}.* saved row ${n}\\.`),
    conflict: "Someone saved a newer version of this paragraph while you were editing. Their text:",
    keepMine: "Keep my text (save again to replace theirs)",
  },
  ar: {
    alsoHere: "موجودون أيضا في هذه المقالة",
    onRow: (n: number) => `الصف ${n}`,
    editingRow: (n: number) => `يحرر الصف ${n}`,
    rowHere: "في هذا الصف",
    rowEditing: "يحرر الآن",
    saved: (n: number) => new RegExp(`حفظ .*${A}.* الصف ${n}\\.`),
    conflict: "حفظ شخص آخر نسخة أحدث من هذه الفقرة أثناء تحريرك. نصه:",
    keepMine: "أبقِ نصي (احفظ مجددا ليحل محل نصه)",
  },
} as const;

async function openAs(browser: Browser, role: "editor" | "admin", lng: "en" | "ar", articleId: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const url = new URL(test.info().project.use.baseURL!);
  await context.addCookies([{ name: "tadqiq_lng", value: lng, url: url.origin }]);
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  return page;
}

for (const lng of ["en", "ar"] as const) {
  test(`two people on one article: presence, a colleague's save within 2 s, a draft kept beside their text (${lng})`, async ({ browser }) => {
    const L = LABELS[lng];
    const id = importSample(`Live ${lng}`);
    const a = await openAs(browser, "editor", lng, id);
    const b = await openAs(browser, "admin", lng, id);

    // B sees A on the article, then on the row A moves to, then A editing it (in words, not only a colour).
    await goToRow(a, 3);
    const bar = b.getByTestId("presence-bar");
    await expect(bar).toHaveAccessibleName(L.alsoHere);
    await expect(bar.getByTestId("presence-person")).toHaveCount(1);
    await expect(bar.getByTestId("presence-person")).toContainText(A);
    await expect(bar.getByTestId("presence-person")).toContainText(L.onRow(3));
    await expect(row(b, 3).getByTestId("row-presence")).toContainText(A);
    await expect(row(b, 3).getByTestId("row-presence")).toContainText(L.rowHere);
    const boxA = await editRow(a, 3);
    await expect(row(b, 3).getByTestId("row-presence")).toContainText(L.rowEditing);
    await expect(bar.getByTestId("presence-person")).toContainText(L.editingRow(3));
    // A sees B too (B is on the first row).
    await expect(a.getByTestId("presence-bar").getByTestId("presence-person")).toContainText(USERS.admin.name);

    // A saves row 3; B, who has no editor there, sees the new text within 2 s and hears about it politely.
    const savedByA = `Live edit by A (${lng}): the talks resume on Monday.`;
    await boxA.fill(savedByA);
    let started = Date.now();
    await boxA.press("Enter");
    await expect(targetText(b, 3)).toHaveText(savedByA, { timeout: 2000 });
    console.log(`live (${lng}): A's save seen on B's page after ${Date.now() - started} ms`);
    await expect(b.getByTestId("live-region")).toHaveText(L.saved(3));
    await expect(row(b, 3).getByTestId("row-presence")).toContainText(L.rowHere);

    // B starts a draft on row 4; A saves row 4 meanwhile: B's draft stays in B's editor, A's text shows beside it.
    const boxB = await editRow(b, 4);
    const draftOfB = `B's draft (${lng}), not saved yet`;
    await boxB.fill(draftOfB);
    const boxA4 = await editRow(a, 4);
    await expect(row(a, 4).getByTestId("row-presence")).toContainText(L.rowEditing);
    const theirs = `A's newer text for row 4 (${lng}).`;
    await boxA4.fill(theirs);
    started = Date.now();
    await boxA4.press("Enter");
    const editorB = row(b, 4).getByTestId("paragraph-editor");
    await expect(editorB.getByText(L.conflict)).toBeVisible({ timeout: 2000 });
    console.log(`live (${lng}): A's save shown beside B's draft after ${Date.now() - started} ms`);
    await expect(editorB.locator("blockquote")).toHaveText(theirs);
    await expect(boxB).toHaveValue(draftOfB);
    // Keeping the draft and saving it replaces A's text (knowingly: the save is based on A's version).
    await editorB.getByRole("button", { name: L.keepMine }).click();
    // The choice closes the panel and gives the focus back to the text box.
    await expect(boxB).toBeFocused();
    await boxB.focus();
    await boxB.press("Enter");
    await expect(targetText(b, 4)).toHaveText(draftOfB);
    await expect(targetText(a, 4)).toHaveText(draftOfB, { timeout: 2000 });

    await a.close({ runBeforeUnload: true });
    // A's page is gone: B stops showing A (the page said so when it was closed).
    await expect(bar).toHaveCount(0, { timeout: 5000 });
    await a.context().close();
    await b.context().close();
  });
}
