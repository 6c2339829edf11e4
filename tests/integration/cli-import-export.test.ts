import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { importFile, splitUnitParagraphs } from "../../lib/formats";
import { ECONOMY, makeDocx } from "../fixtures/files/documents";

// Every test spawns the real launcher; a busy machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const repo = path.resolve(__dirname, "../..");
const bin = path.join(repo, "bin", "tadqiq");
const fixture = (name: string) => path.join(repo, "tests/fixtures/files", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-cli-db-"));
const dbFile = path.join(tmp, "cli.db");
fs.copyFileSync(process.env.TADQIQ_TEMPLATE_DB!, dbFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs bin/tadqiq from a neutral directory against the temp database. */
function tadqiq(args: string[], env: Record<string, string> = { DATABASE_URL: `file:${dbFile}` }): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: tmp, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr, ms: performance.now() - started });
    });
  });
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const connection = new Database(dbFile, { readonly: true });
  try {
    return connection.prepare(sql).all(...params) as T[];
  } finally {
    connection.close();
  }
}
const counts = () => query<{ articles: number; paragraphs: number }>("SELECT (SELECT count(*) FROM Article) AS articles, (SELECT count(*) FROM Paragraph) AS paragraphs")[0];
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";
// A database from before the current migrations: the Article table lacks most columns.
const oldSchemaDb = path.join(tmp, "old-schema.db");
new Database(oldSchemaDb).exec("CREATE TABLE Article (id TEXT PRIMARY KEY, title TEXT)").close();

describe("tadqiq import / export", () => {
  let docxArticle = "";
  let xliffArticle = "";

  beforeAll(async () => {
    fs.writeFileSync(path.join(tmp, "economy-ar.docx"), await makeDocx(ECONOMY.source, { rtl: true }));
    fs.writeFileSync(path.join(tmp, "economy-en.docx"), await makeDocx(ECONOMY.target));
    await tadqiq(["--help"]); // warm the bundle cache so the timings below measure a normal start
  });

  it("imports a .docx pair and prints the new article id alone on the last line", async () => {
    const run = await tadqiq(["import", "economy-ar.docx", "economy-en.docx", "--source-lang", "ar", "--target-lang", "en", "--title", "أسعار الفائدة"]);
    console.info(`tadqiq import (docx pair): ${run.ms.toFixed(0)} ms`);
    expect(run.stderr).toContain("4 row(s), ar → en");
    expect(run.code).toBe(0);
    docxArticle = lastLine(run.stdout);
    expect(docxArticle).toMatch(/^[a-z0-9]{20,}$/);
    const [article] = query<{ title: string; createdBy: string; sourceLang: string }>("SELECT title, createdBy, sourceLang FROM Article WHERE id = ?", docxArticle);
    expect(article).toEqual({ title: "أسعار الفائدة", createdBy: "tadqiq", sourceLang: "ar" });
    const targets = query<{ text: string }>("SELECT text FROM Paragraph WHERE articleId = ? AND side = 'target' ORDER BY position", docxArticle);
    expect(targets.map((row) => row.text)).toEqual(ECONOMY.target);
  });

  it("imports an XLIFF file with the languages it declares and prints its warnings on stderr", async () => {
    const run = await tadqiq(["import", fixture("courts-1.2.xlf")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/tadqiq import: warning: \S*courts-1\.2\.xlf: 4 inline tags \(<g>, <x>\) were flattened to plain text; they will not be restored on export\.\n/);
    xliffArticle = lastLine(run.stdout);
    const rows = query<{ externalId: string; reviewed: number }>("SELECT externalId, reviewed FROM AlignmentRow WHERE articleId = ? ORDER BY position", xliffArticle);
    expect(rows).toEqual([
      { externalId: "c1", reviewed: 1 },
      { externalId: "c2", reviewed: 0 },
      { externalId: "c3", reviewed: 0 },
      { externalId: "c4", reviewed: 0 },
    ]);
  });

  it("exports the article as .docx (optionally with tracked changes), XLIFF and the reports", async () => {
    const docx = await tadqiq(["export", "--article", docxArticle, "--format", "docx", "-o", "out.docx"]);
    console.info(`tadqiq export (docx): ${docx.ms.toFixed(0)} ms`);
    expect(docx.code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: path.join(tmp, "out.docx") });
    expect(value.split("\n").filter((line) => line.trim())).toEqual(["أسعار الفائدة", ...ECONOMY.target]);

    expect((await tadqiq(["export", "--article", docxArticle, "--format", "docx", "--track-changes", "-o", "tracked.docx"])).code).toBe(0);
    expect(fs.statSync(path.join(tmp, "tracked.docx")).size).toBeGreaterThan(1000);

    expect((await tadqiq(["export", "--article", xliffArticle, "--format", "xliff", "-o", "out.xlf"])).code).toBe(0);
    const back = await importFile(new Uint8Array(fs.readFileSync(path.join(tmp, "out.xlf"))), "out.xlf");
    if (back.kind !== "bilingual") throw new Error("expected XLIFF");
    expect(back.doc.units.map((unit) => unit.id)).toEqual(["c1", "c2", "c3", "c4"]);
    const pairs = query<{ rowPosition: number; side: string; text: string }>(
      "SELECT r.position AS rowPosition, p.side, p.text FROM Paragraph p JOIN AlignmentRow r ON r.id = p.rowId WHERE p.articleId = ? ORDER BY r.position, p.position",
      xliffArticle,
    );
    expect(back.doc.units.map((unit, index) => [splitUnitParagraphs(unit.source), splitUnitParagraphs(unit.target), index])).toEqual(
      [0, 1, 2, 3].map((index) => [
        pairs.filter((p) => p.rowPosition === index && p.side === "source").map((p) => p.text),
        pairs.filter((p) => p.rowPosition === index && p.side === "target").map((p) => p.text),
        index,
      ]),
    );

    const csv = await tadqiq(["export", "--article", xliffArticle, "--format", "report-csv"]);
    expect(csv.code).toBe(0);
    // The CLI has no interface language: the report is in English, with check names rather than ids.
    expect(csv.stdout).toMatch(/^\uFEFFEntry,Id,Row,/);
    expect(csv.stdout).toContain("QA finding,Number mismatch,");
    const html = await tadqiq(["export", "--article", xliffArticle, "--format", "report-html", "-o", "report.html"]);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(path.join(tmp, "report.html"), "utf8")).toContain("Review report");
  });

  const failures: { name: string; args: () => string[]; env?: Record<string, string>; message: RegExp }[] = [
    { name: "no arguments", args: () => ["import"], message: /expected <source-file> <target-file> or one bilingual file/ },
    { name: "an unknown option", args: () => ["export", "--article", "x", "--format", "txt", "--colour"], message: /Unknown option '--colour'/ },
    { name: "an unknown format", args: () => ["export", "--article", docxArticle, "--format", "pdf"], message: /invalid --format: "pdf"/ },
    { name: "--track-changes without docx", args: () => ["export", "--article", docxArticle, "--format", "txt", "--track-changes"], message: /--track-changes only applies/ },
    { name: "an unknown article", args: () => ["export", "--article", "nope", "--format", "txt"], message: /^tadqiq export: no article with id "nope"$/m },
    { name: "a missing file", args: () => ["import", "missing.xlf"], message: /cannot read missing\.xlf: no such file/ },
    { name: "malformed XML", args: () => ["import", fixture("malformed.xlf")], message: /malformed\.xlf: malformed XML at line \d+, column \d+/ },
    { name: "a unit without source", args: () => ["import", fixture("unit-without-source-2.0.xlf")], message: /unit-without-source-2\.0\.xlf: XLIFF 2\.0: <unit id="7"> has no <source>/ },
    { name: "billion laughs", args: () => ["import", fixture("billion-laughs.xlf")], message: /billion-laughs\.xlf: declarations inside a DOCTYPE \(ENTITY, ELEMENT, ATTLIST\) are not allowed\./ },
    { name: "a Latin-1 text", args: () => ["import", "latin1.txt", "economy-en.docx", "--source-lang", "fr", "--target-lang", "en"], message: /latin1\.txt is not UTF-8 text \(invalid byte at offset 4\)/ },
    { name: "a pair without languages", args: () => ["import", "economy-ar.docx", "economy-en.docx"], message: /does not declare its source language: pass --source-lang/ },
    { name: "an unsupported language", args: () => ["import", fixture("sport.tmx"), "--target-lang", "xx"], message: /unsupported language for --target-lang: "xx"/ },
    { name: "a database without the current schema", args: () => ["export", "--article", "x", "--format", "txt"], env: { DATABASE_URL: `file:${oldSchemaDb}` }, message: /old-schema\.db is not up to date with the schema: run `npm run db:migrate`/ },
    { name: "a database that does not exist", args: () => ["import", fixture("sport.tmx")], env: { DATABASE_URL: `file:${path.join(os.tmpdir(), "no-such-tadqiq.db")}` }, message: /database .*no-such-tadqiq\.db does not exist/ },
  ];

  for (const failure of failures) {
    it(`exits 2 with one line for ${failure.name}, writing nothing`, async () => {
      fs.writeFileSync(path.join(tmp, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0x65, 0xe9, 0x0a]));
      const before = counts();
      const run = await tadqiq(failure.args(), failure.env);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(failure.message);
      expect(run.stderr.trim().split("\n")[0]).toMatch(/^tadqiq (import|export): /);
      expect(run.stdout).toBe("");
      expect(counts()).toEqual(before);
    });
  }

  it("keeps the database code out of the startup path of the other commands", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, "node_modules/.cache/tadqiq/cli.manifest.json"), "utf8"));
    // Everything main.js loads before running a command: its static imports, followed through the chunks.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = fs.readFileSync(file, "utf8");
      for (const match of code.matchAll(/^\s*import\s*(?:[^"'()]*?\sfrom\s*)?["']([^"']+)["']/gm)) {
        const specifier = match[1]!;
        if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
        else packages.add(specifier);
      }
    };
    visit(path.join(repo, "node_modules/.cache/tadqiq", manifest.build, "main.js"));
    expect(seen.size).toBeGreaterThan(0);
    expect([...packages].filter((name) => /prisma|better-sqlite3|mammoth|docx|jszip|sanitize-html/.test(name))).toEqual([]);
    const help = await tadqiq(["--help"]);
    console.info(`tadqiq --help: ${help.ms.toFixed(0)} ms`);
    expect(help.stdout).toContain("import");
    expect(help.stdout).toContain("export");
  });
});
