import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { AXE_TAGS, expectNoAxeViolations, SAMPLE_TITLE, storageStateOf, type TestRole } from "./support";

// Every page, in both interface languages, must pass axe (support.ts AXE_TAGS: WCAG 2.1 A/AA, 2.2 AA, best practices).
const LANGUAGES = ["en", "ar"] as const;
type TLanguage = (typeof LANGUAGES)[number];

/** A browser context signed in as `role` (or signed out) whose interface language cookie is set. */
async function contextFor(browser: Browser, lng: TLanguage, role: TestRole | null): Promise<BrowserContext> {
  const context = await browser.newContext(role ? { storageState: storageStateOf(role) } : { storageState: { cookies: [], origins: [] } });
  const base = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100");
  // The same cookie the language switcher sets (app/actions/preferences.ts).
  await context.addCookies([{ name: "tadqiq_lng", value: lng, domain: base.hostname, path: "/", sameSite: "Lax", httpOnly: true }]);
  return context;
}

let sampleId = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const context = await contextFor(browser, "en", "admin");
  const page = await context.newPage();
  await page.goto("/");
  const href = await page.getByRole("link", { name: SAMPLE_TITLE }).getAttribute("href");
  sampleId = href?.split("/").at(-1) ?? "";
  expect(sampleId).not.toBe("");
  await context.close();
});

for (const lng of LANGUAGES) {
  test.describe(`interface in ${lng}`, () => {
    test(`sign-in page (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, null);
      const page = await context.newPage();
      await page.goto("/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `/sign-in (${lng})`);
      await context.close();
    });

    const pages: { name: string; path: () => string; role: TestRole }[] = [
      { name: "article list", path: () => "/", role: "admin" },
      { name: "my queue", path: () => "/queue", role: "editor" },
      { name: "new article", path: () => "/articles/new", role: "editor" },
      { name: "import files", path: () => "/articles/import", role: "editor" },
      { name: "glossary", path: () => "/glossary", role: "editor" },
      { name: "settings", path: () => "/settings", role: "editor" },
      { name: "users", path: () => "/admin/users", role: "admin" },
      { name: "site settings", path: () => "/admin/settings", role: "admin" },
      { name: "audit log", path: () => "/admin/audit", role: "admin" },
      { name: "article audit log", path: () => `/articles/${sampleId}/audit`, role: "admin" },
      { name: "review page", path: () => `/articles/${sampleId}`, role: "editor" },
      { name: "page not found", path: () => "/no-such-page", role: "editor" },
      { name: "access denied", path: () => "/admin/audit", role: "viewer" },
    ];
    for (const entry of pages) {
      test(`${entry.name} (${lng})`, async ({ browser }) => {
        const context = await contextFor(browser, lng, entry.role);
        const page = await context.newPage();
        await page.goto(entry.path());
        await expect(page.locator("html")).toHaveAttribute("lang", lng);
        await expect(page.locator("html")).toHaveAttribute("dir", lng === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, `${entry.path()} (${lng})`);
        await context.close();
      });
    }

    test(`one account (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, "admin");
      const page = await context.newPage();
      await page.goto("/admin/users");
      const manage = page.locator('a[href^="/admin/users/"]').first();
      await page.goto((await manage.getAttribute("href")) ?? "/admin/users/missing");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${new URL(page.url()).pathname} (${lng})`);
      await context.close();
    });

    test(`review page with a row selected and its tools shown (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, "editor");
      const page = await context.newPage();
      await page.goto(`/articles/${sampleId}`);
      await page.locator('[data-side="target"]').first().click();
      await page.locator('[data-side="target"]').first().hover();
      await expectNoAxeViolations(page, `/articles/${sampleId} with a row selected (${lng})`);
      await context.close();
    });

    test(`article list with an Arabic search and a sort (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, "admin");
      const page = await context.newPage();
      // القاهره (ha for ta marbuta) still finds the sample, whose Arabic text says القاهرة.
      await page.goto(`/?q=${encodeURIComponent("القاهره")}&sort=title&dir=desc`);
      await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toBeVisible();
      await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");
      await expectNoAxeViolations(page, `/ with a search and a sort (${lng})`);
      await context.close();
    });

    test(`names register (${lng})`, async ({ browser }) => {
      // The entry page with its tools is checked in names.spec.ts, once the register has a name.
      const context = await contextFor(browser, lng, "editor");
      const page = await context.newPage();
      await page.goto(`/names?q=${encodeURIComponent("وليد")}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("search")).toBeVisible();
      await expectNoAxeViolations(page, `/names (${lng})`);
      await context.close();
    });

    test(`review page with the delete dialog open (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, "admin");
      const page = await context.newPage();
      await page.goto(`/articles/${sampleId}`);
      await page.locator("details.more-menu > summary").click();
      const open = page.locator("details.more-menu button.secondary.danger");
      await open.click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      // The dialog opens on Cancel: a stray Enter deletes nothing.
      await expect(dialog.locator("button.secondary")).toBeFocused();
      await expectNoAxeViolations(page, `/articles/${sampleId} with the delete dialog (${lng})`);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
      await context.close();
    });

    test(`swapped texts warning on the new-article page (${lng})`, async ({ browser }) => {
      const context = await contextFor(browser, lng, "editor");
      const page = await context.newPage();
      await page.goto("/articles/new");
      const textareas = page.locator("textarea");
      await textareas.nth(0).fill("The weather office warned of floods in 21 provinces on Thursday.");
      await textareas.nth(1).fill("حذرت الأرصاد من سيول في 12 محافظة يوم الخميس.");
      await page.locator('main form button[type="submit"]').click();
      const warning = page.locator(".script-warning");
      await expect(warning).toBeVisible();
      await expect(warning).toHaveAttribute("role", "alert");
      await expectNoAxeViolations(page, `/articles/new with the swap warning (${lng})`);
      // One click swaps the two texts and creates the article the right way round.
      await warning.getByRole("button").first().click();
      await expect(page).toHaveURL(/\/articles\/(?!new$)[^/]+$/);
      await expect(page.locator('[data-side="source"]').first()).toContainText("حذرت الأرصاد");
      await context.close();
    });
  });
}

test("swapped files warning on the import page: the files swap in one click", async ({ browser }) => {
  const context = await contextFor(browser, "en", "editor");
  const page = await context.newPage();
  await page.goto("/articles/import");
  await page.getByLabel("Source file").setInputFiles({ name: "floods-en.txt", mimeType: "text/plain", buffer: Buffer.from("The weather office warned of floods in 21 provinces.\n\nIt urged residents to stay away from valleys.") });
  await page.getByLabel("Translation file").setInputFiles({ name: "floods-ar.txt", mimeType: "text/plain", buffer: Buffer.from("حذرت الأرصاد من سيول في 12 محافظة.\n\nودعت السكان إلى الابتعاد عن الأودية.") });
  await page.locator('main form button[type="submit"]').click();
  const warning = page.locator(".script-warning");
  await expect(warning).toContainText("The files look swapped");
  await expectNoAxeViolations(page, "/articles/import with the swap warning (en)");
  await warning.getByRole("button", { name: "Swap the two files" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!import$)[^/]+$/);
  await expect(page.locator('[data-side="source"]').first()).toContainText("حذرت الأرصاد");
  await context.close();
});

test("the check finds violations when there are some", async ({ page }) => {
  // Guards the guard: a page without a title, with an unlabelled field, an image without text and low contrast fails.
  await page.setContent(
    '<html lang="en"><body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"><p style="color:#bbb;background:#fff">faint</p></main></body></html>',
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id).sort()).toEqual(["color-contrast", "document-title", "image-alt", "label"]);
});

test("the language switcher sets the interface language", async ({ browser }) => {
  const context = await contextFor(browser, "en", "editor");
  const page = await context.newPage();
  await page.goto("/queue");
  await page.getByLabel("Interface language").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});
