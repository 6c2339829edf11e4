import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma as SqlitePrisma } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient, type Prisma as PostgresPrisma } from "../generated/prisma-pg/client";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "./database-url";

const globalForPrisma = globalThis as unknown as { tadqiqPrisma?: PrismaClient };

/**
 * How long a query waits for another process's write lock (SQLite: a backup, a CLI import; PostgreSQL: a row or
 * table lock held by another instance) before it fails, which requests turn into 503 db.busy with Retry-After.
 * Short, so requests do not pile up.
 */
export const DATABASE_BUSY_TIMEOUT_MS = Number(process.env.TADQIQ_DB_BUSY_TIMEOUT_MS) || 2000;

/** Connections per process to PostgreSQL (each instance has its own pool). */
export const POSTGRES_POOL_SIZE = Number(process.env.TADQIQ_PG_POOL_SIZE) || 10;

/** How long a request waits for a free pooled PostgreSQL connection before 503 db.busy. */
export const POSTGRES_POOL_WAIT_MS = Number(process.env.TADQIQ_PG_POOL_WAIT_MS) || 10_000;

/** The database this process talks to (from DATABASE_URL, read once at start). */
export const dbProvider: DatabaseProvider = databaseProvider();

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (dbProvider === "sqlite") {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: DATABASE_BUSY_TIMEOUT_MS }) });
  }
  const adapter = new PrismaPg({
    connectionString: url,
    max: POSTGRES_POOL_SIZE,
    // A burst of requests queues for the pool's connections (SQLite's requests queue for its one connection the same
    // way); only a much longer wait ends in 503 db.busy.
    connectionTimeoutMillis: POSTGRES_POOL_WAIT_MS,
    // waiting for a lock held by another transaction ends like SQLite's busy timeout (55P03 → 503 db.busy)
    options: `-c lock_timeout=${DATABASE_BUSY_TIMEOUT_MS}`,
  });
  // Both clients are generated from the same schema (prisma/postgresql/schema.prisma is written from
  // prisma/schema.prisma): same models, same fields and types (checked by SAME_MODELS below), same methods. The
  // generated generic signatures differ only in provider-specific extras (PostgreSQL's `mode`, isolation levels),
  // which TypeScript cannot relate structurally, hence the one cast; the data layer is typed against the SQLite one.
  // Interactive transactions: wait for a pooled connection as long as the pool does (Prisma's default is 2 s), and
  // let a save queued behind other saves of the same article (their row lock on it) finish (Prisma's default is 5 s;
  // each single lock wait is still bounded by lock_timeout).
  return new PostgresPrismaClient({ adapter, transactionOptions: { maxWait: POSTGRES_POOL_WAIT_MS, timeout: 15_000 } }) as unknown as PrismaClient;
}

// Compile-time proof that the two generated clients have the same models with the same scalar fields and types:
// this line stops compiling when prisma/postgresql/schema.prisma is stale or the clients were generated apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Scalars<T> = T extends { payload: { scalars: infer X } } ? X : never;
type ModelsMatch = {
  [M in SqlitePrisma.ModelName]: M extends PostgresPrisma.ModelName
    ? Same<Scalars<SqlitePrisma.TypeMap["model"][M]>, Scalars<PostgresPrisma.TypeMap["model"][M]>>
    : false;
}[SqlitePrisma.ModelName] | (PostgresPrisma.ModelName extends SqlitePrisma.ModelName ? true : false);
const SAME_MODELS: false extends ModelsMatch ? false : true = true;
void SAME_MODELS;

/** The process-wide Prisma client over the configured database (DATABASE_URL: SQLite file or PostgreSQL). */
export const db: PrismaClient = globalForPrisma.tadqiqPrisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.tadqiqPrisma = db;

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
