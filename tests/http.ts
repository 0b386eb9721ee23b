import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pino from "pino";
import { inject } from "vitest";
import { createApp, listen } from "../scripts/lib/http-server.ts";

/**
 * The built shop served over real HTTP in this test process, on this file's database: the
 * same Express app, security headers and Remix handler as production.
 */
export async function startShop() {
  const build = (await import(pathToFileURL(path.join(inject("buildDir"), "index.js")).href)) as ServerBuild;
  const server = await listen(createApp({ build, logger: pino({ level: "silent" }), production: false }), 0);
  const origin = `http://localhost:${server.port}`;
  return {
    origin,
    fetch: (pathname: string, init?: RequestInit) => fetch(new URL(pathname, origin), { redirect: "manual", ...init }),
    close: () => server.close(1_000),
  };
}
