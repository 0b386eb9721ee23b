import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT_DIR } from "./paths.ts";

const run = promisify(execFile);

/**
 * SQL that turns one schema file into another, from Prisma's own differ. `from` null means an
 * empty database. The differ reads no tables, but Prisma's JS engine opens a connection through
 * the adapter, so it needs a reachable server.
 */
export async function diffSchemas(from: string | null, to: string, databaseUrl: string): Promise<string> {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const { stdout } = await run(
    "npx",
    ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"],
    { cwd: ROOT_DIR, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  return stdout;
}

export function isEmptyMigration(sql: string) {
  return sql.replace(/--.*$/gm, "").replace(/CREATE SCHEMA IF NOT EXISTS "public";/, "").trim() === "";
}
