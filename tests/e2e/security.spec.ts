import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support";

const MARKUP = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

test("markup in article text, titles and comments is shown as text, in the page and in exports", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/articles/new");
  await page.getByLabel("Title (optional)").fill(`Headline ${MARKUP}`);
  await page.getByLabel("Source text").fill(`قال المتحدث ${MARKUP} إن الاجتماع انتهى.`);
  await page.getByLabel("Translation text").fill(`The spokesman ${MARKUP} said the meeting ended.`);
  await page.getByRole("button", { name: "Create and review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=2</script>");
  await expect(page.locator('[data-side="target"] .paragraph-body').first()).toContainText('<img src=x onerror="window.__xss=1">');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("main img")).toHaveCount(0);

  const id = page.url().split("/").pop();
  const html = await (await page.request.get(`/articles/${id}/export?format=html`)).text();
  expect(html).not.toContain("<script>window.__xss");
  expect(html).toContain("&lt;script&gt;window.__xss=2&lt;/script&gt;");
  expect(html).not.toMatch(/<img[^>]*onerror/);
  expect(errors).toEqual([]);
});

test("session cookies are HttpOnly and SameSite", async ({ page, context }) => {
  await page.goto("/");
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});

test("cross-origin posts are refused: server actions, sign-in and the API", async ({ page, baseURL, browser }) => {
  // A forged cross-site sign-in (login CSRF).
  const signIn = await page.request.post("/api/auth/sign-in/email", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { email: "editor@newsroom.example", password: "editor-pass-123" },
  });
  expect(signIn.status()).toBe(403);

  // A cross-site form post to a server action, carrying the editor's cookies.
  await page.goto("/");
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByLabel("Interface language").selectOption("ar");
  const action = await request;
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const forged = await page.request.post(baseURL!, {
    headers: { "next-action": action.headers()["next-action"], origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(["en"]),
  });
  expect(forged.ok()).toBe(false);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // The REST API ignores session cookies entirely: a cross-site post with cookies is unauthenticated.
  const viewerContext = await browser.newContext({ storageState: storageStateOf("viewer") });
  const api = await viewerContext.request.post("/api/v1/articles", {
    headers: { origin: "https://evil.example" },
    data: { sourceLang: "ar", targetLang: "en", sourceText: "نص", targetText: "text" },
  });
  expect(api.status()).toBe(401);
  await viewerContext.close();
});

test("security headers on pages and API responses; scripts run under the nonce-based CSP", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // The page is interactive (hydrated): the language switcher works, so Next's scripts carry the nonce.
  await page.getByLabel("Interface language").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(errors).toEqual([]);

  const api = await page.request.get("/api/v1/articles");
  expect(api.status()).toBe(401);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a viewer gets the 403 page on the admin pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("viewer") });
  const page = await context.newPage();
  const response = await page.goto("/admin/users");
  expect(response!.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  await context.close();
});

test("after signing in, ?next= only leads to a page of this site", async ({ browser, baseURL }) => {
  // Signed out (the project's default state is the editor's session).
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/%5Cevil.example/phish");
  await page.getByLabel("Email").fill("viewer@newsroom.example");
  await page.getByLabel("Password").fill("viewer-pass-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  expect(new URL(page.url()).pathname).toBe("/");
  await context.close();
});
