import fs from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { expectNoAxeViolations, SAMPLE_TITLE, signIn, storageStateOf, tadqiq, USERS } from "./support";

setup("the first-run page passes axe in both interface languages", async ({ browser }) => {
  for (const lng of ["en", "ar"]) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "tadqiq_lng", value: lng, url: setup.info().project.use.baseURL ?? "http://127.0.0.1:3100" }]);
    const page = await context.newPage();
    await page.goto("/setup");
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `/setup (${lng})`);
    await context.close();
  }
});

setup("first run: the first account is created in the browser and owns the sample article", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Name").fill(USERS.admin.name);
  await page.getByLabel("Email").fill(USERS.admin.email);
  await page.getByLabel("New password (12 characters or more)").fill(USERS.admin.password);
  await page.getByRole("button", { name: "Create the account" }).click();
  await expect(page.getByTestId("current-user")).toContainText(`${USERS.admin.name} · Admin`);
  await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toBeVisible();
  // The set-up page is gone once an account exists.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);

  // An admin adds the reviewer in the browser…
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill(USERS.reviewer.name);
  await form.getByLabel("Email").fill(USERS.reviewer.email);
  await form.getByLabel("New password (12 characters or more)").fill(USERS.reviewer.password);
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText("Account created.");
  await expect(page.getByRole("cell", { name: USERS.reviewer.email })).toBeVisible();
  fs.mkdirSync(path.dirname(storageStateOf("admin")), { recursive: true });
  await page.context().storageState({ path: storageStateOf("admin") });
});

setup("the CLI creates the other accounts; each role signs in once", async ({ browser }) => {
  for (const role of ["editor", "viewer"] as const) {
    const out = tadqiq("user", "create", "--email", USERS[role].email, "--password", USERS[role].password, "--role", role, "--name", USERS[role].name);
    expect(out.trim().split("\n").at(-1)).toMatch(/^[0-9a-f-]{36}$/);
  }
  for (const role of ["editor", "reviewer", "viewer"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, role);
    await context.storageState({ path: storageStateOf(role) });
    await context.close();
  }
});
