import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { RedirectSignal, testSession } from "../support/next-mocks";
import { db } from "../../lib/server/db";
import { createUser } from "../../lib/server/user/create-user";
import { createApiToken } from "../../lib/server/token/api-tokens";
import * as articles from "../../app/api/v1/articles/route";
import { createArticleAction } from "../../app/articles/new/actions";
import { importArticleAction } from "../../app/articles/import/actions";

// The CLI test spawns the real launcher; a busy machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const ARABIC = "حذرت الأرصاد من سيول في 12 محافظة يوم الخميس.\nودعت السكان إلى الابتعاد عن الأودية.";
const ENGLISH = "The weather office warned of floods in 21 provinces on Thursday.\nIt urged residents to stay away from valleys.";
// English pasted as the Arabic source and Arabic as the English translation.
const swapped = { title: "Flood warning", sourceLang: "ar", targetLang: "en", sourceText: ENGLISH, targetText: ARABIC };

let token = "";
beforeAll(async () => {
  const editor = await createUser({ actor: null, user: { email: "swap-admin@example.org", password: "long-password", name: "Swap Admin", role: "admin" } });
  token = (await createApiToken({ actor: { userId: editor.id, name: "Swap Admin", role: "admin" }, name: "swap" })).token;
});

function post(body: unknown): Promise<Response> {
  const request = new Request("http://localhost:3000/api/v1/articles", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return articles.POST(request, { params: Promise.resolve({}) });
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const signal = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(signal).toBeInstanceOf(RedirectSignal);
  return (signal as RedirectSignal).url;
}

describe("texts entered the wrong way round (scripts swapped)", () => {
  it("REST API: 422 article.scripts-swapped and nothing written; confirmScripts: true creates it and the audit says so", async () => {
    const before = await db.article.count();
    const refused = await post(swapped);
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.error.code).toBe("article.scripts-swapped");
    expect(body.error.message).toContain("confirmScripts: true");
    expect(body.error.details).toEqual({ sourceScript: "latin", targetScript: "arabic" });
    expect(await db.article.count()).toBe(before);

    const created = await post({ ...swapped, confirmScripts: true });
    expect(created.status).toBe(201);
    const id = (await created.json()).id as string;
    const audit = await db.auditEntry.findFirstOrThrow({ where: { articleId: id, action: "article.create" } });
    expect((audit.details as { scriptsSwapConfirmed?: boolean }).scriptsSwapConfirmed).toBe(true);
  });

  it("REST API: the right way round needs no confirmation and records none", async () => {
    const created = await post({ ...swapped, sourceText: ARABIC, targetText: ENGLISH });
    expect(created.status).toBe(201);
    const id = (await created.json()).id as string;
    const audit = await db.auditEntry.findFirstOrThrow({ where: { articleId: id, action: "article.create" } });
    expect((audit.details as { scriptsSwapConfirmed?: boolean }).scriptsSwapConfirmed).toBeUndefined();
  });

  it("new-article form: refused with the translatable key, then created with confirmScripts", async () => {
    testSession.actor = { userId: null, name: "Editor", role: "editor", origin: "test" };
    const before = await db.article.count();
    const result = await createArticleAction(null, form(swapped));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.error.code).toBe("article.scripts-swapped");
      expect(result.error.messageKey).toBe("errors:article.scripts-swapped");
    }
    expect(await db.article.count()).toBe(before);
    expect(await redirectOf(createArticleAction(null, form({ ...swapped, confirmScripts: "true" })))).toMatch(/^\/articles\/[0-9a-z-]+$/);
    expect(await db.article.count()).toBe(before + 1);
  });

  it("file import: swapped .txt files are refused, then imported with confirmScripts", async () => {
    testSession.actor = { userId: null, name: "Editor", role: "editor", origin: "test" };
    const files = () => ({
      mode: "pair",
      sourceLang: "ar",
      targetLang: "en",
      title: "",
      sourceFile: new File([ENGLISH], "flood-en.txt"),
      targetFile: new File([ARABIC], "flood-ar.txt"),
    });
    const before = await db.article.count();
    const result = await importArticleAction(null, form(files()));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.code).toBe("article.scripts-swapped");
    expect(await db.article.count()).toBe(before);
    await redirectOf(importArticleAction(null, form({ ...files(), confirmScripts: "true" })));
    expect(await db.article.count()).toBe(before + 1);
  });

  it("CLI: `tadqiq import` exits 2 with a message naming --allow-swapped, and imports with it", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-swap-"));
    fs.writeFileSync(path.join(tmp, "en.txt"), ENGLISH);
    fs.writeFileSync(path.join(tmp, "ar.txt"), ARABIC);
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(path.resolve(__dirname, "../../bin/tadqiq"), args, { cwd: tmp, encoding: "utf8", timeout: 60_000, env: { ...process.env } }, (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
        });
      });
    const before = await db.article.count();
    const refused = await run(["import", "en.txt", "ar.txt", "--source-lang", "ar", "--target-lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the files look swapped: the source is mostly in latin script and the translation in arabic script for ar → en");
    expect(refused.stderr).toContain("--allow-swapped");
    expect(refused.stdout).toBe("");
    expect(await db.article.count()).toBe(before);
    const imported = await run(["import", "en.txt", "ar.txt", "--source-lang", "ar", "--target-lang", "en", "--allow-swapped"]);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toMatch(/^[0-9a-z-]+$/);
    expect(await db.article.count()).toBe(before + 1);
  });
});
