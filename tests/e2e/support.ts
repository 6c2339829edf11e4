import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
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

/** axe rule sets every page must pass: WCAG 2.1 A/AA, 2.2 AA (target size) and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs axe on the page as it is and fails with one readable line per violation and element. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // The document title comes with the page's streamed metadata and is set again after a server action refreshes the
  // page: the page must have one, and axe looks once it is there.
  await expect(page, `document title on ${label}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const lines = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")} — ${node.failureSummary?.replace(/\s+/g, " ") ?? violation.help}`),
  );
  expect(lines, `axe violations on ${label}`).toEqual([]);
}
