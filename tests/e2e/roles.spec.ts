import { expect, test, type Locator, type Page } from "@playwright/test";
import { openExportMenu, SAMPLE_TITLE, storageStateOf, tadqiq, USERS } from "./support";

async function openSample(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

function paragraph(page: Page, text: string): Locator {
  return page.locator('[data-side="target"]').filter({ hasText: text });
}

async function select(locator: Locator, quote: string) {
  await locator.getByTestId("paragraph-text").evaluate((element, wanted) => {
    const node = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(wanted)) as Text | undefined;
    if (!node) throw new Error(`"${wanted}" not in a single text node`);
    const start = node.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, quote);
}

test.describe.configure({ mode: "serial" });

let forgedAction: { id: string; body: string } | null = null;

test("a reviewer flags an issue but cannot edit the translation", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("reviewer") })).newPage();
  await openSample(page);
  await expect(page.getByTestId("current-user")).toContainText("Reviewer");
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const target = paragraph(page, "Israel refrains from commenting publicly");
  await select(target, "refrains from commenting publicly");
  const form = page.getByRole("form", { name: "Flag an issue" });
  await form.getByLabel("Category").selectOption("style");
  await form.getByLabel("Severity").selectOption("minor");
  await form.getByLabel("Comment").fill("Say: declines to comment publicly.");
  await form.getByRole("button", { name: "Flag issue" }).click();
  const issue = page.getByRole("listitem", { name: "Issue on “refrains from commenting publicly”" });
  await expect(issue).toContainText(USERS.reviewer.name);
  // Reviewers discuss but do not resolve.
  await expect(issue.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  await issue.getByRole("textbox", { name: "Reply" }).fill("Style guide 4.2.");
  await issue.getByRole("button", { name: "Reply" }).click();
  await expect(issue).toContainText("Style guide 4.2.");
});

test("an editor fixes the flagged paragraph, resolves the issue and approves the article", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("editor") })).newPage();
  await openSample(page);
  const target = paragraph(page, "Israel refrains from commenting publicly");
  const id = await target.getAttribute("data-paragraph-id");
  const pinned = page.locator(`[data-paragraph-id="${id}"]`);
  await pinned.click();
  await page.locator(".row.current").getByRole("button", { name: "Edit", exact: true }).click();
  const editor = pinned.getByRole("textbox", { name: /^Corrected translation/ });
  await editor.fill((await editor.inputValue()).replace("refrains from commenting publicly", "declines to comment publicly"));
  // Keep the server-action request the browser sends, to replay it as a viewer below.
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await editor.press("Enter");
  const sent = await request;
  forgedAction = { id: sent.headers()["next-action"], body: sent.postData() ?? "" };
  await expect(pinned.locator(".paragraph-body")).toContainText("declines to comment publicly");
  const issue = page.getByRole("listitem", { name: "Issue on “refrains from commenting publicly”" });
  await expect(issue).toContainText("outdated");
  await issue.getByRole("button", { name: "Resolve" }).click();
  await expect(issue).toHaveCount(0);

  if (await page.getByRole("button", { name: "Start review" }).isVisible()) {
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByTestId("article-status")).toHaveText("In review");
  }
  // Approval shows its checklist first: rows not reviewed are a warning the editor confirms.
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  const approval = page.getByRole("dialog", { name: "Approve this article?" });
  await expect(approval).toContainText("reviewed");
  await approval.getByRole("button", { name: "Approve anyway" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Approved");
  // Approved articles are read-only until reopened.
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await page.locator(".more-menu > summary").click();
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("cell", { name: "changed the status" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: USERS.editor.name }).first()).toBeVisible();
});

test("a viewer sees no edit controls, and forced requests are refused", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateOf("viewer") });
  const page = await context.newPage();
  await openSample(page);
  await expect(page.getByTestId("current-user")).toContainText("Viewer");
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Merge|Split|Resolve|Apply|Accept as issue/ })).toHaveCount(0);
  // A viewer's rows have no review tick to press.
  await page.getByRole("listitem", { name: "Row 1", exact: true }).click();
  await expect(page.locator(".row.current")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reviewed" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);
  // Exports stay available.
  await openExportMenu(page);
  await expect(page.getByRole("link", { name: "Word (.docx)" })).toBeVisible();

  // The editor's save action, replayed with the viewer's session cookie.
  expect(forgedAction).not.toBeNull();
  const replay = await page.request.post(page.url(), {
    headers: { "next-action": forgedAction!.id, "content-type": "text/plain;charset=UTF-8", origin: baseURL!, accept: "text/x-component" },
    data: forgedAction!.body,
  });
  expect(await replay.text()).toContain("auth.forbidden");

  // The same through the REST API with a viewer token.
  const token = tadqiq("token", "create", "--email", USERS.viewer.email, "--name", "e2e").trim().split("\n").at(-1)!;
  const articles = await (await page.request.get("/api/v1/articles?q=Cairo", { headers: { authorization: `Bearer ${token}` } })).json();
  const sample = articles.items.find((a: { title: string }) => a.title === SAMPLE_TITLE);
  const detail = await (await page.request.get(`/api/v1/articles/${sample.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
  const pair = detail.pairs.find((p: { target: string }) => p.target.includes("declines to comment"));
  const patch = await page.request.patch(`/api/v1/segments/${pair.segmentId}`, { headers: { authorization: `Bearer ${token}` }, data: { target: "Viewer was here", version: pair.version } });
  expect(patch.status()).toBe(403);
  const after = await (await page.request.get(`/api/v1/articles/${sample.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
  expect(after.pairs.find((p: { id: string }) => p.id === pair.id).target).toContain("declines to comment");
});
