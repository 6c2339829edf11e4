import "server-only";
import { Prisma } from "../generated/prisma/client";
import { dbProvider } from "./db";

/**
 * Values bound into the plain-SQL statements of the hot paths (saves, sign-in by token, QA findings), written once
 * for both databases: PostgreSQL needs JSON and enum parameters cast to their column types; SQLite stores JSON as
 * text and enums as their names, as Prisma itself does.
 */

/** A JSON column's value: jsonb on PostgreSQL, JSON text on SQLite. */
export function sqlJson(value: unknown): Prisma.Sql {
  const json = JSON.stringify(value);
  return dbProvider === "postgresql" ? Prisma.sql`CAST(${json} AS jsonb)` : Prisma.sql`${json}`;
}

/** An enum column's value (`type`: the Prisma enum's name, e.g. "Severity"). */
export function sqlEnum(value: string, type: string): Prisma.Sql {
  return dbProvider === "postgresql" ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type.replace(/"/g, "")}"`)})` : Prisma.sql`${value}`;
}

/**
 * A parameter cast to its column's type on PostgreSQL, for INSERT … SELECT and other places where PostgreSQL types an
 * untyped parameter as text (which it will not store into an integer or timestamp column). SQLite binds it as is.
 */
export function sqlTyped(value: number | Date | null, type: "integer" | "timestamp"): Prisma.Sql {
  if (dbProvider !== "postgresql") return Prisma.sql`${value}`;
  return type === "integer" ? Prisma.sql`CAST(${value} AS integer)` : Prisma.sql`CAST(${value} AS timestamp(3))`;
}

/** Rows per multi-row INSERT: 200 rows of up to 16 parameters stay far below both databases' parameter limits. */
export const INSERT_CHUNK_ROWS = 200;
