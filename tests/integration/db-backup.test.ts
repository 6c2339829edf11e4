// tadqiq db backup|restore (lib/cli/commands/db.ts) and GET /api/health, on the database of the current pass.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../lib/cli/main";
import { db } from "../../lib/server/db";
import { databaseProvider, sqliteFile } from "../../lib/server/database-url";
import { createArticle } from "../../lib/server/article/create-article";
import { GET as health } from "../../app/api/health/route";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const admin = { userId: null, name: "Admin", role: "admin" as const, origin: "test" };

async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

async function titles(): Promise<string[]> {
  return (await db.article.findMany({ select: { title: true }, orderBy: { title: "asc" } })).map((a) => a.title);
}

describe("GET /api/health", () => {
  it("answers 200 with the database kind and current migrations, without authentication", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, database: databaseProvider(), migrations: "current" });
  });

  it("answers 503 when the database has a migration this version does not know, and 200 again once it is gone", async () => {
    await db.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('health-test', 'x', '29990101000000_from_the_future', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
    );
    try {
      const response = await health();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, database: databaseProvider(), migrations: "unknown" });
    } finally {
      await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE id = 'health-test'`);
    }
    expect((await health()).status).toBe(200);
  });
});

if (databaseProvider() === "sqlite") {
  describe("tadqiq db backup / restore (SQLite)", () => {
    beforeAll(async () => {
      await createArticle({ actor: admin, title: "Kept in the backup", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["قال الوزير."], targetParagraphs: ["The minister said."] });
    });

    it("round trip: a backup made while the app's connection is open restores the data as it was", async () => {
      const file = path.join(tmp, "round-trip.db");
      const made = await cli("db", "backup", file);
      expect(made).toMatchObject({ code: 0 });
      expect(made.stderr).toMatch(/backed up .* to .*round-trip\.db/);

      // After the backup: one article renamed, one added.
      await db.article.updateMany({ where: { title: "Kept in the backup" }, data: { title: "Renamed after the backup" } });
      await createArticle({ actor: admin, title: "Written after the backup", sourceLang: "ar", targetLang: "en", sourceParagraphs: ["قال."], targetParagraphs: ["He said."] });
      expect(await titles()).toEqual(["Renamed after the backup", "Written after the backup"]);

      const restored = await cli("db", "restore", file);
      expect(restored.code).toBe(0);
      expect(restored.stderr).toMatch(/restored .* from .*round-trip\.db; its previous contents are in .*before-restore-/);
      // The app's open connection sees the restored contents, paragraphs included.
      expect(await titles()).toEqual(["Kept in the backup"]);
      const article = await db.article.findFirstOrThrow({ where: { title: "Kept in the backup" }, include: { paragraphs: true } });
      expect(article.paragraphs.map((p) => p.text).sort()).toEqual(["The minister said.", "قال الوزير."]);
      // The previous contents were kept beside the database.
      const saved = restored.stderr.match(/previous contents are in (\S+)/)![1]!;
      const before = new Database(saved, { readonly: true });
      expect(before.prepare(`SELECT title FROM "Article" ORDER BY title`).all()).toEqual([{ title: "Renamed after the backup" }, { title: "Written after the backup" }]);
      before.close();
      fs.rmSync(saved);
      expect((await health()).status).toBe(200);
    });

    it("backup refuses to overwrite an existing file", async () => {
      const file = path.join(tmp, "exists.db");
      fs.writeFileSync(file, "x");
      expect(await cli("db", "backup", file)).toMatchObject({ code: 2, stderr: expect.stringMatching(/already exists/) });
      expect(fs.readFileSync(file, "utf8")).toBe("x");
    });

    it("restore refuses files that are not a current tadqiq backup, and changes nothing", async () => {
      const before = await titles();
      const text = path.join(tmp, "notes.txt");
      fs.writeFileSync(text, "not a database at all, just some text that is long enough to have a header");
      expect(await cli("db", "restore", text)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not a SQLite database/) });

      const other = path.join(tmp, "other.db");
      new Database(other).exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)").close();
      expect(await cli("db", "restore", other)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not a tadqiq database \(no _prisma_migrations table\)/) });

      // a backup from an older version: its last migration is missing
      const older = path.join(tmp, "older.db");
      expect((await cli("db", "backup", older)).code).toBe(0);
      const last = new Database(older);
      const { name } = last.prepare("SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1").get() as { name: string };
      last.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(name);
      last.close();
      expect(await cli("db", "restore", older)).toMatchObject({ code: 2, stderr: expect.stringContaining(`made by another version of tadqiq (migrations: it lacks ${name})`) });

      expect(await cli("db", "restore", path.join(tmp, "missing.db"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/does not exist/) });
      expect(await cli("db", "restore", sqliteFile())).toMatchObject({ code: 2, stderr: expect.stringMatching(/is the database itself/) });
      expect(await titles()).toEqual(before);
    });
  });
}

if (databaseProvider() === "postgresql") {
  describe("tadqiq db backup / restore (PostgreSQL)", () => {
    it("points at pg_dump / pg_restore and exits 1 without writing a file", async () => {
      const file = path.join(tmp, "pg.dump");
      const backup = await cli("db", "backup", file);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain("the database is PostgreSQL");
      expect(backup.stderr).toContain("pg_dump --format=custom");
      // the URL is named without its password
      const password = decodeURIComponent(new URL(process.env.DATABASE_URL!).password);
      if (password) expect(backup.stderr).not.toContain(`:${password}@`);
      expect(backup.stderr).toContain(`${new URL(process.env.DATABASE_URL!).hostname}`);
      expect(fs.existsSync(file)).toBe(false);
      const restore = await cli("db", "restore", file);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain("pg_restore");
    });
  });
}
