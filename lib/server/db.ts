import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./database-url";

const globalForPrisma = globalThis as unknown as { tadqiqPrisma?: PrismaClient };

/**
 * How long a query waits for another process's write lock (a backup, a CLI import) before it fails with
 * SQLITE_BUSY, which requests turn into 503 db.busy with Retry-After. Short, so requests do not pile up.
 */
export const DATABASE_BUSY_TIMEOUT_MS = Number(process.env.TADQIQ_DB_BUSY_TIMEOUT_MS) || 2000;

/** The process-wide Prisma client over the embedded SQLite database (DATABASE_URL). */
export const db: PrismaClient =
  globalForPrisma.tadqiqPrisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl(), timeout: DATABASE_BUSY_TIMEOUT_MS }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.tadqiqPrisma = db;

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
