import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pino from "pino";
import { inject } from "vitest";
import { createApp, listen } from "../scripts/lib/http-server.ts";
import { startPageCache } from "../scripts/lib/page-cache.ts";

/**
 * The built shop served over real HTTP in this test process, on this file's database: the
 * same Express app, security headers and Remix handler as production. `trustProxy`: as
 * TRUST_PROXY, the proxies the test plays in front of it.
 */
export async function startShop({ trustProxy = 0 }: { trustProxy?: number } = {}) {
  const buildDir = inject("buildDir");
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const logger = pino({ level: "silent" });
  const pageCache = await startPageCache({ databaseUrl: process.env.DATABASE_URL!, logger });
  const server = await listen(createApp({ build, assetsDir: path.join(buildDir, "public"), logger, production: false, trustProxy, pageCache }), 0);
  const origin = `http://localhost:${server.port}`;
  return {
    origin,
    fetch: (pathname: string, init?: RequestInit) => fetch(new URL(pathname, origin), { redirect: "manual", ...init }),
    close: async () => {
      await server.close(1_000);
      await pageCache.close();
    },
  };
}
