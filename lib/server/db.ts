import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./database-url";

const globalForPrisma = globalThis as unknown as { tadqiqPrisma?: PrismaClient };

/** The process-wide Prisma client over the embedded SQLite database (DATABASE_URL). */
export const db: PrismaClient =
  globalForPrisma.tadqiqPrisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.tadqiqPrisma = db;

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
