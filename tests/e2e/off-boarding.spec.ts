import { expect, test } from "@playwright/test";
import { storageStateOf, tadqiq } from "./support";

const leaver = { email: "omar.leaver@newsroom.example", password: "leaving-the-desk-1", name: "Omar Leaver" };

test("an admin deactivates an account: the person's open session ends and sign-in is refused; reactivation restores it", async ({ browser }) => {
  tadqiq("user", "create", "--email", leaver.email, "--password", leaver.password, "--role", "editor", "--name", leaver.name);
  const own = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const ownPage = await own.newPage();
  await ownPage.goto("/sign-in");
  await ownPage.getByLabel("Email").fill(leaver.email);
  await ownPage.getByLabel("Password").fill(leaver.password);
  await ownPage.getByRole("button", { name: "Sign in" }).click();
  await expect(ownPage.getByTestId("current-user")).toContainText(leaver.name);

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  await admin.getByRole("row").filter({ hasText: leaver.email }).getByRole("link", { name: /Manage the account of/ }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(leaver.name);
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(admin.getByRole("status")).toHaveText("Account deactivated.");
  await expect(admin.getByRole("button", { name: "Reactivate the account" })).toBeVisible();

  // The leaver's next request: signed out.
  await ownPage.goto("/");
  await expect(ownPage).toHaveURL(/\/sign-in/);
  await ownPage.getByLabel("Email").fill(leaver.email);
  await ownPage.getByLabel("Password").fill(leaver.password);
  await ownPage.getByRole("button", { name: "Sign in" }).click();
  await expect(ownPage.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  await admin.getByRole("button", { name: "Reactivate the account" }).click();
  await expect(admin.getByRole("status")).toHaveText("Account reactivated.");
  await ownPage.getByRole("button", { name: "Sign in" }).click();
  await expect(ownPage.getByTestId("current-user")).toContainText(leaver.name);

  await admin.goto("/admin/audit");
  await expect(admin.getByText(`deactivated the account of ${leaver.name}`).first()).toBeVisible();
  await own.close();
  await adminContext.close();
});
