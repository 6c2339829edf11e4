import { expect, test } from "@playwright/test";
import { tadqiq } from "./support";

const person = { email: "layla.settings@newsroom.example", password: "first-password-1", next: "second-password-2", name: "Layla Settings" };

test("a user changes their password and manages API tokens", async ({ browser }) => {
  tadqiq("user", "create", "--email", person.email, "--password", person.password, "--role", "reviewer", "--name", person.name);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(`${person.name} · Reviewer`);

  // A second browser signed in as the same person: changing the password signs it out.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(person.email);
  await otherPage.getByLabel("Password").fill(person.password);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByTestId("current-user")).toContainText(person.name);

  await page.getByRole("link", { name: "Settings" }).click();
  const passwordForm = page.getByRole("form", { name: "Change password" });
  await passwordForm.getByLabel("Current password").fill("wrong-current");
  await passwordForm.getByLabel("New password (12 characters or more)").fill(person.next);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("alert")).toHaveText("The current password is wrong.");
  await passwordForm.getByLabel("Current password").fill(person.password);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toContainText("Password changed.");
  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  // A token is shown once, works, and stops working when revoked.
  await page.getByLabel("Name", { exact: true }).fill("Dashboard");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^tdq_/);
  const ok = await page.request.get("/api/v1/articles", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  await page.getByRole("button", { name: "Revoke the token \u2068Dashboard\u2069" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Token revoked: it no longer works." })).toBeVisible();
  const revoked = await page.request.get("/api/v1/articles", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);

  // Sign out, then only the new password works.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password").fill(person.next);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(person.name);
  await context.close();
});
