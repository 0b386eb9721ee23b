import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "~/generated/prisma/client";
import { getEnv } from "~/utils/env.server";

type Listener = (sql: string) => void;
const queryListeners = new Set<Listener>();

function createClient() {
  const env = getEnv();
  const pool = (globalThis.__prismaPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE }));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Query events are only emitted where something counts them: tests and the benchmark.
  const countQueries = env.NODE_ENV === "test" || env.COUNT_QUERIES === "1";
  const client = new PrismaClient({
    adapter,
    log: countQueries ? [{ emit: "event", level: "query" }] : [],
    // Every transaction gets these unless it says otherwise (Prisma's own default wait is 2 s).
    transactionOptions: { maxWait: env.DATABASE_TX_WAIT_MS, timeout: env.DATABASE_TX_TIMEOUT_MS },
  });
  if (countQueries) client.$on("query" as never, (event: { query: string }) => queryListeners.forEach((l) => l(event.query)));
  return client;
}

declare global {
  // One client per process, also across dev rebuilds and between scripts and the build.
  var __prisma: ReturnType<typeof createClient> | undefined;
  var __prismaPool: pg.Pool | undefined;
}

export const prisma = (globalThis.__prisma ??= createClient());

type TransactionLimits = { maxWait: number; timeout: number };

/** The wait and run limits of a transaction a request starts (DATABASE_TX_WAIT_MS, DATABASE_TX_TIMEOUT_MS). */
export function requestTransactionLimits(): TransactionLimits {
  const env = getEnv();
  return { maxWait: env.DATABASE_TX_WAIT_MS, timeout: env.DATABASE_TX_TIMEOUT_MS };
}

// P2028: no connection came free within maxWait, or the transaction ran past its timeout.
// P2034: a write conflict or deadlock; trying again works.
const OVERLOAD_CODES = new Set(["P2028", "P2034"]);
export const RETRY_AFTER_SECONDS = 5;

/** The answer to a request the database could not take on just now: 503, try again shortly. */
export function serviceBusyResponse() {
  return new Response("The shop is very busy right now. Nothing was changed; please try again in a few seconds.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "private, no-store" },
  });
}

/**
 * A transaction started by a request (a shopper's, a maker's or staff's), with explicit wait
 * and run limits. When the database is too busy to take it on, the request is answered 503
 * with Retry-After (thrown as a Response, so the route's error boundary shows a friendly
 * page); the transaction was rolled back, so nothing changed.
 */
export async function transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, limits: TransactionLimits = requestTransactionLimits()): Promise<T> {
  try {
    return await prisma.$transaction(work, limits);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && OVERLOAD_CODES.has(error.code)) throw serviceBusyResponse();
    throw error;
  }
}

/** Queries and transactions of this process waiting for a free pooled connection just now. */
export function waitingForConnection() {
  return globalThis.__prismaPool?.waitingCount ?? 0;
}

/** Collects the SQL statements sent while `task` runs (tests assert how many a page costs). */
export async function recordQueries<T>(task: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const listener: Listener = (sql) => queries.push(sql);
  queryListeners.add(listener);
  try {
    return { result: await task(), queries };
  } finally {
    queryListeners.delete(listener);
  }
}

export async function disconnectDatabase() {
  await prisma.$disconnect();
  globalThis.__prisma = undefined;
  globalThis.__prismaPool = undefined;
}
