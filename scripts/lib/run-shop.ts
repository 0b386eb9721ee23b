import { watchFile } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { getServerEnv } from "../../app/utils/env.server.ts";
import { logger, type Logger } from "../../app/utils/logger.server.ts";
import { openDatabase } from "./database.ts";
import { prepareLocalEnvironment } from "./local-environment.ts";
import { createApp, listen } from "./http-server.ts";
import { startPageCache, type PageCache } from "./page-cache.ts";
import { LocalDatabaseBusyError, LocalDatabaseSetupError } from "./local-postgres.ts";
import { applyMigrations } from "./migrations.ts";

type Options = {
  /** npm start / npm run dev: local defaults, development error pages. Else production (npm run serve). */
  development: boolean;
  /** The Remix build to serve: its index.js and public/. */
  buildDir: string;
  /** Runs once the database is migrated, before the build is loaded (npm start: seed, build). */
  prepare?: (logger: Logger) => Promise<void>;
  /** Runs once the shop listens (npm start: print the demo sign-in). */
  afterReady?: () => Promise<void>;
  /** npm run dev: serve each new build as soon as it is written. */
  reloadOnRebuild?: boolean;
};

/** The entry module of our build exports these (see app/entry.server.tsx). */
type EntryModule = { startBackgroundWork(): Promise<void>; shutdown(): Promise<void> };

export async function runShop({ development, buildDir, prepare, afterReady, reloadOnRebuild = false }: Options) {
  if (development) process.env.NODE_ENV ??= "development";
  const env = getServerEnv();
  const production = env.NODE_ENV === "production";
  if (production && !env.DATABASE_URL) fail(logger, "DATABASE_URL is required in production.");

  await prepareLocalEnvironment();
  const database = await openDatabase((line) => logger.debug({ postgres: line })).catch((error: unknown) => {
    if (error instanceof LocalDatabaseBusyError || error instanceof LocalDatabaseSetupError) fail(logger, error.message);
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
    await prepare?.(logger);

    const loadBuild = () => import(pathToFileURL(path.join(buildDir, "index.js")).href + `?t=${Date.now()}`) as Promise<ServerBuild>;
    let build = await loadBuild().catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ERR_MODULE_NOT_FOUND" && error.message.includes(buildDir)) {
        throw new Error(`No build found in ${buildDir}: run \`npm run build\` first.`);
      }
      throw error;
    });
    // A development build renders with React's development JSX runtime, which production
    // React does not have: every page would answer 500.
    if (!development && build.mode !== "production") {
      throw new Error(
        `${buildDir} holds a ${build.mode} build, which production does not serve. ` +
          "Run `npm run build` (it writes a production build to build/) and serve that.",
      );
    }
    entry = build.entry.module as unknown as EntryModule;
    if (reloadOnRebuild) {
      // Polled, not fs.watch: a rebuild may replace the folder, and a watch on it would go deaf.
      watchFile(path.join(buildDir, "index.js"), { interval: 300 }, (current, previous) => {
        if (current.mtimeMs === previous.mtimeMs || !current.mtimeMs) return;
        loadBuild().then(
          (next) => {
            build = next;
            logger.info("serving the new build");
          },
          (error: unknown) => logger.error({ err: error }, "the new build did not load"),
        );
      }).unref();
    }

    const port = env.PORT;
    // While the build changes under it, a stored page could come from the build before.
    if (!reloadOnRebuild) pageCache = await startPageCache({ databaseUrl: database.url, logger });
    const app = createApp({ build: reloadOnRebuild ? () => build : build, assetsDir: path.join(buildDir, "public"),
      logger,
      production,
      trustProxy: env.TRUST_PROXY,
      pageCache,
    });
    const server = await listen(app, port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") throw new Error(`Port ${port} is already in use. Set PORT to use another one.`);
      throw error;
    });
    closeServer = () => server.close();
    await entry.startBackgroundWork();

    const url = `http://localhost:${server.port}`;
    logger.info({ url, database: database.embedded ? "embedded" : "DATABASE_URL" }, "Belonging is ready");
    console.log(`\n  Belonging is ready at ${url}\n`);
    await afterReady?.();
  } catch (error) {
    logger.error({ err: error }, (error as Error).message);
    console.error(`\n  ${(error as Error).message}\n`);
    await stop(1);
  }
}

function fail(logger: Logger, message: string): never {
  logger.error(message);
  console.error(`\n  ${message}\n`);
  process.exit(1);
}
