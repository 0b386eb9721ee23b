import { spawn } from "node:child_process";
import path from "node:path";
import { build as esbuild } from "esbuild";
import { ROOT_DIR } from "./paths.ts";

export type BuildMode = "production" | "development";

/**
 * The Remix build of the app (server bundle index.js, browser assets in public/) in `buildDir`.
 * A production build also gets the HTTP server compiled beside it (server.js), which serves the
 * build it sits in: production runs plain JavaScript, never TypeScript through tsx.
 */
export async function buildShop({ mode, buildDir }: { mode: BuildMode; buildDir: string }) {
  await run(process.execPath, [path.join(ROOT_DIR, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    NODE_ENV: mode,
    BELONGING_BUILD_DIR: buildDir,
  });
  if (mode === "production") await compileServer(buildDir);
}

/** scripts/serve.ts and what it imports, bundled into `buildDir`/server.js; packages stay imports. */
export async function compileServer(buildDir: string) {
  await esbuild({
    entryPoints: [path.join(ROOT_DIR, "scripts/serve.ts")],
    outfile: path.join(buildDir, "server.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT_DIR, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`remix build (${env.NODE_ENV}) exited with ${code}`))));
  });
}
