import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { getEnv } from "~/utils/env.server";

type Listener = (sql: string) => void;
const queryListeners = new Set<Listener>();

function createClient() {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  // Query events are only emitted where something counts them: tests and the benchmark.
  const countQueries = env.NODE_ENV === "test" || process.env.COUNT_QUERIES === "1";
  const client = new PrismaClient({ adapter, log: countQueries ? [{ emit: "event", level: "query" }] : [] });
  if (countQueries) client.$on("query" as never, (event: { query: string }) => queryListeners.forEach((l) => l(event.query)));
  return client;
}

declare global {
  // One client per process, also across dev rebuilds and between scripts and the build.
  var __prisma: ReturnType<typeof createClient> | undefined;
}

export const prisma = (globalThis.__prisma ??= createClient());

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
}
