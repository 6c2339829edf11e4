import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { Actor } from "../../lib/server/actor";
import { createUser } from "../../lib/server/user/create-user";
import { createArticle } from "../../lib/server/article/create-article";
import { updateArticleStatus } from "../../lib/server/article/update-article-status";
import { settleArticleQa } from "../../lib/server/qa/article-qa";
import { updateNameEntry } from "../../lib/server/names/update-name-entry";
import { namesCommand } from "../../lib/cli/commands/names";
import { CliError } from "../../lib/cli/errors";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-names-"));
let editor: Actor;

/** Runs `tadqiq names …` in this process against the test database. */
async function tadqiqNames(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  try {
    const code = await namesCommand.run(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
    return { code, stdout, stderr };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout, stderr: `${stderr}${error.message}\n` };
    throw error;
  }
}

/** The register as [arabic, house, [spelling, count, distinct]…] rows, by key. */
async function register(targetLang = "en") {
  const entries = await db.nameEntry.findMany({ where: { targetLang }, orderBy: { key: "asc" }, include: { spellings: { orderBy: { spelling: "asc" } } } });
  return entries.map((e) => [e.arabic, e.house, e.spellings.map((s) => [s.spelling, s.count, s.distinct])]);
}

async function approved(title: string, source: string[], target: string[]) {
  const { id } = await createArticle({ actor: editor, title, sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target });
  await updateArticleStatus({ actor: editor, articleId: id, status: "in_review" });
  await updateArticleStatus({ actor: editor, articleId: id, status: "approved", acknowledgeWarnings: true });
  await settleArticleQa(id);
  return id;
}

const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

const EXPECTED = [
  ["قاسم", null, [["Qassem", 2, false]]],
  ["نعيم", "Naim", [["Naeem", 1, true], ["Naim", 1, false]]],
];

beforeAll(async () => {
  const admin = await createUser({ actor: null, user: { email: "admin@example.org", password: "admin-password-long", name: "Admin", role: "admin" } });
  const user = await createUser({ actor: { userId: admin.id, name: admin.name, role: "admin" }, user: { email: "editor@example.org", password: "long-password-here", name: "Emad", role: "editor" } });
  editor = { userId: user.id, name: user.name, role: "editor" };
  await approved("Talks resume", ["وقال نعيم قاسم إن الحزب مستعد للحوار."], ["Naim Qassem said the party was ready for dialogue."]);
  await approved("Another Naeem", ["وقال نعيم قاسم إن الحزب مستعد للحوار."], ["Naeem Qassem said the party was ready for dialogue."]);
  const naim = await db.nameEntry.findUniqueOrThrow({ where: { targetLang_key: { targetLang: "en", key: "نعيم" } }, include: { spellings: true } });
  await updateNameEntry({ actor: editor, id: naim.id, change: { house: "Naim" } });
  await updateNameEntry({ actor: editor, id: naim.id, change: { distinct: { spellingId: naim.spellings.find((s) => s.spelling === "Naeem")!.id, distinct: true } } });
  await db.glossaryEntry.create({ data: { sourceLang: "ar", targetLang: "en", source: "حسن نصر الله", target: "Hassan Nasrallah", type: "person", forbidden: [], createdBy: "test" } });
});

afterAll(async () => {
  for (const article of await db.article.findMany({ select: { id: true } })) await settleArticleQa(article.id);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("tadqiq names export | import", () => {
  it("exports the register with house spellings, counts, examples, and the glossary's names", async () => {
    expect(await register()).toEqual(EXPECTED);
    const file = path.join(tmp, "names.json");
    const run = await tadqiqNames("export", file, "--target-lang", "en");
    expect(run).toMatchObject({ code: 0, stderr: "tadqiq names: exported 3 names (en)\n" });
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { format: string; version: number; names: Array<Record<string, unknown>> };
    expect([data.format, data.version]).toEqual(["tadqiq-names", 1]);
    expect(data.names.map((n) => [n.arabic, n.house ?? null, n.source, (n.spellings as Array<{ spelling: string; count: number; examples: Array<{ title: string }>; distinct?: boolean }>).map((s) => [s.spelling, s.count, s.examples.map((e) => e.title), s.distinct ?? false])])).toEqual([
      ["قاسم", null, "register", [["Qassem", 2, ["Talks resume", "Another Naeem"], false]]],
      ["نعيم", "Naim", "register", [["Naeem", 1, ["Another Naeem"], true], ["Naim", 1, ["Talks resume"], false]]],
      ["حسن نصر الله", "Hassan Nasrallah", "glossary", [["Hassan Nasrallah", 0, [], false]]],
    ]);
  });

  it("imports it back into an empty register, and importing it again changes nothing", async () => {
    const file = path.join(tmp, "names.json");
    await db.nameEntry.deleteMany({});
    expect(await register()).toEqual([]);
    const run = await tadqiqNames("import", file);
    expect(run).toMatchObject({ code: 0, stderr: "tadqiq names: imported 2 names (2 new, 3 spellings), 1 skipped (glossary names or other languages)\n" });
    expect(await register()).toEqual(EXPECTED);
    expect(await db.nameEntry.findFirstOrThrow({ where: { key: "نعيم" } })).toMatchObject({ confirmedBy: "tadqiq" });
    const again = await tadqiqNames("import", file);
    expect(again.code).toBe(0);
    expect(await register()).toEqual(EXPECTED);
    expect(await db.auditEntry.count({ where: { action: "names.import" } })).toBe(2);
  });

  it("a file that cannot be read whole writes nothing", async () => {
    const good = { arabic: "السيسي", targetLang: "en", spellings: [{ spelling: "el-Sisi", count: 4, examples: [] }] };
    const cases: Array<[string, string, RegExp]> = [
      ["not-json.json", "{ names: ", /not JSON/],
      ["wrong-format.json", JSON.stringify({ format: "something", version: 1, names: [] }), /not a tadqiq name register/],
      ["bad-entry.json", JSON.stringify({ format: "tadqiq-names", version: 1, names: [good, { arabic: "نعيم", targetLang: "en", spellings: [{ spelling: "Naim", count: -1, examples: [] }] }] }), /name 2 is invalid at "spellings\.0\.count"/],
      ["duplicate.json", JSON.stringify({ format: "tadqiq-names", version: 1, names: [good, { ...good, arabic: "سيسي" }] }), /name 2 .* repeats name 1/],
      ["unknown-language.json", JSON.stringify({ format: "tadqiq-names", version: 1, names: [good, { ...good, arabic: "شكري", targetLang: "xx" }] }), /Unknown language pair/],
    ];
    const before = await register();
    const audits = await db.auditEntry.count();
    for (const [name, content, message] of cases) {
      const run = await tadqiqNames("import", write(name, content));
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(message);
      expect(run.stderr, name).toMatch(/nothing was written/);
    }
    expect(await register()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it("says how to use it", async () => {
    expect((await tadqiqNames()).stderr).toMatch(/missing subcommand/);
    expect((await tadqiqNames("export")).stderr).toMatch(/missing <file\.json>/);
    expect((await tadqiqNames("export", "x.json", "--target-lang", "ar")).stderr).toMatch(/unsupported language for --target-lang/);
    expect((await tadqiqNames("import", path.join(tmp, "missing.json"))).stderr).toMatch(/cannot read .*missing\.json: no such file/);
  });
});
