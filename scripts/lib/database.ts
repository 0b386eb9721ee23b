import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getServerEnv } from "../../app/utils/env.server.ts";
import { startLocalPostgres } from "./local-postgres.ts";
import { DATA_DIR } from "./paths.ts";

export type Database = { url: string; embedded: boolean; stop(): Promise<void> };

/** DATABASE_URL when set; otherwise the shop's own embedded PostgreSQL in .data/postgres. */
export async function openDatabase(onLog?: (line: string) => void): Promise<Database> {
  const configured = getServerEnv().DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const local = await startLocalPostgres({ dataDir: path.join(DATA_DIR, "postgres"), persistent: true, onLog });
  return { url: local.url, embedded: true, stop: local.stop };
}

/** A throwaway cluster in the temp folder, deleted on stop (tests, schema diffs). */
export async function openScratchDatabase(): Promise<Database> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-pg-"));
  const local = await startLocalPostgres({ dataDir, persistent: false });
  return { url: local.url, embedded: true, stop: local.stop };
}

/** Runs `task` with a database, and stops an embedded one afterwards whatever happens. */
export async function withDatabase<T>(task: (url: string) => Promise<T>, open = openDatabase): Promise<T> {
  const database = await open();
  const stopOnSignal = () => void database.stop().then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return await task(database.url);
  } finally {
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
    await database.stop();
  }
}
