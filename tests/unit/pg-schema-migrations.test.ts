import { describe, expect, it } from "vitest";
import { compareMigrations, type AppliedMigration, type CommittedMigration } from "../../lib/server/migrations";
import { providerOf, redact } from "../../lib/server/database-url";
// @ts-expect-error plain ESM script without type declarations
import { postgresSchema } from "../../scripts/pg-schema.mjs";

const committed = (name: string, checksum: string): CommittedMigration => ({ name, checksum, sql: "" });
const applied = (name: string, checksum: string, more: Partial<AppliedMigration> = {}): AppliedMigration => ({ name, checksum, finished: true, rolledBack: false, ...more });

describe("compareMigrations", () => {
  const files = [committed("20260101000000_a", "aa"), committed("20260102000000_b", "bb")];

  it("current when every committed migration is applied with its checksum", () => {
    expect(compareMigrations(files, [applied("20260101000000_a", "aa"), applied("20260102000000_b", "bb")])).toEqual({ state: "current" });
  });

  it("pending lists what is not applied yet, in order", () => {
    expect(compareMigrations(files, [])).toEqual({ state: "pending", pending: ["20260101000000_a", "20260102000000_b"] });
    expect(compareMigrations(files, [applied("20260101000000_a", "aa")])).toEqual({ state: "pending", pending: ["20260102000000_b"] });
  });

  it("changed when an applied migration's file has another checksum", () => {
    expect(compareMigrations(files, [applied("20260101000000_a", "zz"), applied("20260102000000_b", "bb")])).toEqual({ state: "changed", changed: ["20260101000000_a"] });
  });

  it("unknown when the database has a migration the code does not know; failed when one did not finish", () => {
    expect(compareMigrations(files, [applied("20260101000000_a", "aa"), applied("20260102000000_b", "bb"), applied("20270101000000_new", "cc")])).toEqual({ state: "unknown", unknown: ["20270101000000_new"] });
    expect(compareMigrations(files, [applied("20260101000000_a", "aa", { finished: false })])).toEqual({ state: "failed", failed: ["20260101000000_a"] });
  });

  it("a rolled-back record does not count", () => {
    expect(compareMigrations(files, [applied("20260101000000_a", "old", { rolledBack: true }), applied("20260101000000_a", "aa"), applied("20260102000000_b", "bb")])).toEqual({ state: "current" });
  });
});

describe("the PostgreSQL schema written from the SQLite one", () => {
  const source = `// model
generator client {
  provider   = "prisma-client"
  output     = "../lib/generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = env("DATABASE_URL")
}

model A {
  id String @id
}
`;

  it("swaps only the provider and the client's output directory", () => {
    const text: string = postgresSchema(source);
    expect(text).toContain('provider = "postgresql"');
    expect(text).toContain('output     = "../../lib/generated/prisma-pg"');
    expect(text).toContain("model A {\n  id String @id\n}");
    expect(text).not.toContain('"sqlite"');
    expect(text.startsWith("// GENERATED from prisma/schema.prisma")).toBe(true);
  });

  it("refuses a schema whose datasource or generator it cannot find", () => {
    expect(() => postgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/expected one `datasource db/);
    expect(() => postgresSchema(source.replace('"../lib/generated/prisma"', '"./client"'))).toThrow(/expected one `generator client/);
  });
});

describe("database URLs", () => {
  it("file: is SQLite, postgresql:// and postgres:// are PostgreSQL, anything else is refused", () => {
    expect(providerOf("file:./data/tadqiq.db")).toBe("sqlite");
    expect(providerOf("postgresql://u:p@h:5432/d")).toBe("postgresql");
    expect(providerOf("postgres://u:p@h/d")).toBe("postgresql");
    expect(() => providerOf("mysql://u:secret@h/d")).toThrow(/must be a SQLite file URL .* or a PostgreSQL URL/);
    expect(() => providerOf("mysql://u:secret@h/d")).not.toThrow(/secret/);
  });

  it("redact hides the password", () => {
    expect(redact("postgresql://tadqiq:s3cret@db.example.org:5432/tadqiq")).toBe("postgresql://tadqiq:***@db.example.org:5432/tadqiq");
    expect(redact("file:./data/tadqiq.db")).toBe("file:./data/tadqiq.db");
  });
});
