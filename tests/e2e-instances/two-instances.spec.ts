import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { editRow, goToRow, row, targetText } from "../e2e/review-page";

// Two app instances (two server processes) on one PostgreSQL database, two people each on their own instance:
// sessions, presence, saves and a draft kept beside a colleague's newer text all cross from one process to the other.
// Needs a built app (.next: the main end-to-end run builds it) and E2E_PG_URL, a PostgreSQL server whose role may
// create databases (npm test passes its PostgreSQL test server).

const PG_URL = process.env.E2E_PG_URL ?? "";
const PORTS = [3410, 3411] as const;
const DATABASE = "tadqiq_e2e_instances";
const PEOPLE = {
  editor: { email: "elias@newsroom.example", password: "editor-pass-123", name: "Elias Editor", role: "editor" },
  admin: { email: "amal@newsroom.example", password: "admin-pass-123", name: "Amal Admin", role: "admin" },
} as const;

const root = path.resolve(import.meta.dirname, "../..");
let databaseUrl = "";
const servers: ChildProcess[] = [];
let articleId = "";

function urlOf(database: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

function tadqiq(...args: string[]): string {
  return execFileSync(path.join(root, "bin/tadqiq"), args, { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

async function waitForHealth(port: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`instance on port ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  expect(PG_URL, "E2E_PG_URL must name a PostgreSQL server (npm test passes its test server)").not.toBe("");
  const distDir = process.env.TADQIQ_DIST_DIR || ".next";
  expect(fs.existsSync(path.join(root, distDir, "BUILD_ID")), "build the app first (npm run build, or the main end-to-end run)").toBe(true);
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  databaseUrl = urlOf(DATABASE);
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/prepare-db.ts", "--migrate-only"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  for (const person of Object.values(PEOPLE)) tadqiq("user", "create", "--email", person.email, "--password", person.password, "--role", person.role, "--name", person.name);
  articleId = tadqiq("import", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--title", "Two instances").trim().split("\n").at(-1)!;
  for (const port of PORTS) {
    const server = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), TADQIQ_URL: `http://127.0.0.1:${port}`, TADQIQ_SIGN_IN_IP_MAX: "200", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    });
    servers.push(server);
  }
  await Promise.all(PORTS.map(waitForHealth));
});

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
});

async function signIn(browser: Browser, port: number, person: (typeof PEOPLE)[keyof typeof PEOPLE]): Promise<Page> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(person.name);
  return page;
}

test("two people on two instances: one session, presence, a save within 2 s, a draft kept beside the newer text", async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await signIn(browser, PORTS[0], PEOPLE.editor);
  const b = await signIn(browser, PORTS[1], PEOPLE.admin);

  // A session made on the first instance is good on the second (the session lives in the shared database).
  const other = await a.context().newPage();
  await other.goto(`http://127.0.0.1:${PORTS[1]}/`);
  await expect(other.getByTestId("current-user")).toContainText(PEOPLE.editor.name);
  await other.close();

  await a.goto(`/articles/${articleId}`);
  await b.goto(`/articles/${articleId}`);
  // B, on the other instance, sees A on the article and on A's row, then editing it.
  await goToRow(a, 2);
  const bar = b.getByTestId("presence-bar");
  await expect(bar.getByTestId("presence-person")).toContainText(PEOPLE.editor.name);
  await expect(bar.getByTestId("presence-person")).toContainText("row 2");
  const boxA = await editRow(a, 2);
  await expect(row(b, 2).getByTestId("row-presence")).toContainText("is editing");

  const saved = "Saved on the first instance: the talks resume on Monday.";
  await boxA.fill(saved);
  const started = Date.now();
  await boxA.press("Enter");
  await expect(targetText(b, 2)).toHaveText(saved, { timeout: 2000 });
  console.log(`two instances: A's save seen on B's page after ${Date.now() - started} ms`);

  // B drafts row 3 on the second instance; A saves row 3 on the first: B's draft stays, A's text shows beside it.
  const boxB = await editRow(b, 3);
  await boxB.fill("B's draft, not saved yet");
  const boxA3 = await editRow(a, 3);
  await boxA3.fill("A's newer text for row 3.");
  await boxA3.press("Enter");
  const editorB = row(b, 3).getByTestId("paragraph-editor");
  await expect(editorB.locator("blockquote")).toHaveText("A's newer text for row 3.", { timeout: 2000 });
  await expect(boxB).toHaveValue("B's draft, not saved yet");
  await a.context().close();
  await b.context().close();
});
