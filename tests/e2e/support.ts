import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const SAMPLE_TITLE = "Talks in Cairo for a ceasefire in Gaza end without a breakthrough";
const E2E_NAME = process.env.E2E_NAME || "e2e";
export const E2E_DATABASE_URL = `file:./data/${E2E_NAME}.db`;

export const USERS = {
  admin: { email: "admin@newsroom.example", password: "admin-pass-123", name: "Amal Admin" },
  editor: { email: "editor@newsroom.example", password: "editor-pass-123", name: "Elias Editor" },
  reviewer: { email: "reviewer@newsroom.example", password: "reviewer-pass-123", name: "Rania Reviewer" },
  viewer: { email: "viewer@newsroom.example", password: "viewer-pass-123", name: "Victor Viewer" },
} as const;
export type TestRole = keyof typeof USERS;

/** Where each role's signed-in browser state is kept between projects. */
export function storageStateOf(role: TestRole): string {
  return path.resolve("playwright/.auth", E2E_NAME, `${role}.json`);
}

/** Runs the real CLI against the e2e database. */
export function tadqiq(...args: string[]): string {
  return execFileSync(path.resolve("bin/tadqiq"), args, { env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL }, encoding: "utf8" });
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, role: TestRole) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(USERS[role].email);
  await page.getByLabel("Password").fill(USERS[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(USERS[role].name);
}

/** Saves a screenshot for the README. */
export async function screenshot(page: Page, name: string) {
  const dir = path.resolve("docs/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name), fullPage: false });
}

/** Opens the review page's export menu (a <details>) when it is closed. */
export async function openExportMenu(page: Page) {
  const summary = page.locator(".export-menu > summary");
  if (!(await page.locator(".export-menu").evaluate((menu) => (menu as HTMLDetailsElement).open))) await summary.click();
  await expect(page.getByRole("navigation", { name: "Export" })).toBeVisible();
}
