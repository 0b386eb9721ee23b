import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pino from "pino";
import { openDatabase } from "./database.ts";
import { prepareLocalEnvironment } from "./local-environment.ts";
import { createApp, listen } from "./http-server.ts";
import { startPageCache, type PageCache } from "./page-cache.ts";
import { LocalDatabaseBusyError } from "./local-postgres.ts";
import { applyMigrations } from "./migrations.ts";
import { BUILD_PATH, ROOT_DIR } from "./paths.ts";

type Mode = {
  /** npm start: build first, seed an empty database, print the demo sign-in. */
  development: boolean;
};

/** The entry module of our build exports these (see app/entry.server.tsx). */
type EntryModule = { startBackgroundWork(): Promise<void>; shutdown(): Promise<void> };

export async function runShop({ development }: Mode) {
  const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "belonging" } });
  if (development) process.env.NODE_ENV ??= "development";
  const production = process.env.NODE_ENV === "production";
  if (production && !process.env.DATABASE_URL) fail(logger, "DATABASE_URL is required in production.");

  await prepareLocalEnvironment();
    const database = await openDatabase((line) => logger.debug({ postgres: line })).catch((error: unknown) => {
    if (error instanceof LocalDatabaseBusyError) fail(logger, error.message);
    throw error;
  });
  process.env.DATABASE_URL = database.url;

  let stopping = false;
  let entry: EntryModule | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  let pageCache: PageCache | undefined;
  async function stop(code: number) {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down");
    await closeServer?.();
    await pageCache?.close();
    await entry?.shutdown();
    await database.stop();
    process.exit(code);
  }
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
  process.once("SIGHUP", () => void stop(0));
  // If whatever started us (npm, a terminal, a supervisor) dies without signalling us, we are
  // re-parented: shut down rather than keep PostgreSQL running with nobody to stop it.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop(0), 1_000).unref();
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception");
    void stop(1);
  });

  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) logger.info({ migrations: applied }, "applied migrations");

    if (development) {
      const { seedIfEmpty } = await import("../../prisma/seed.ts");
      await seedIfEmpty({ log: (message) => logger.info(message) });
      const result = spawnSync("npx", ["remix", "build"], { cwd: ROOT_DIR, stdio: "inherit" });
      if (result.status !== 0) throw new Error("remix build failed");
    } else if (!existsSync(BUILD_PATH)) {
      throw new Error("No build found: run `npm run build` first.");
    }

    const build = (await import(pathToFileURL(BUILD_PATH).href + `?t=${Date.now()}`)) as ServerBuild;
    entry = build.entry.module as unknown as EntryModule;
    const port = Number(process.env.PORT ?? 3000);
    pageCache = await startPageCache({ databaseUrl: database.url, logger });
    const server = await listen(createApp({ build, logger, production, pageCache }), port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") throw new Error(`Port ${port} is already in use. Set PORT to use another one.`);
      throw error;
    });
    closeServer = () => server.close();
    await entry.startBackgroundWork();

    const url = `http://localhost:${server.port}`;
    logger.info({ url, database: database.embedded ? "embedded" : "DATABASE_URL" }, "Belonging is ready");
    console.log(`\n  Belonging is ready at ${url}\n`);
    if (development) {
      const { describeDemoSignIn } = await import("../../prisma/seed.ts");
      const signIn = await describeDemoSignIn();
      if (signIn) console.log(`  Demo staff sign-in (development only): ${signIn}\n`);
    }
  } catch (error) {
    logger.error({ err: error }, (error as Error).message);
    await stop(1);
  }
}

function fail(logger: pino.Logger, message: string): never {
  logger.error(message);
  console.error(`\n  ${message}\n`);
  process.exit(1);
}
