// npm start: the development and demo command. Starts PostgreSQL when DATABASE_URL is not set,
// migrates, loads the demo shop into an empty database, builds into build/development/ and
// serves. npm run dev (--watch) also rebuilds on every save and serves the new build at once.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { buildShop } from "./lib/build.ts";
import { DEVELOPMENT_BUILD_DIR, ROOT_DIR } from "./lib/paths.ts";
import { runShop } from "./lib/run-shop.ts";

const watch = process.argv.includes("--watch");

await runShop({
  development: true,
  buildDir: DEVELOPMENT_BUILD_DIR,
  reloadOnRebuild: watch,
  async prepare(logger) {
    const { seedIfEmpty } = await import("../prisma/seed.ts");
    await seedIfEmpty({ log: (message) => logger.info(message) });
    await buildShop({ mode: "development", buildDir: DEVELOPMENT_BUILD_DIR });
    if (watch) watchSources();
  },
  async afterReady() {
    const { describeDemoSignIn } = await import("../prisma/seed.ts");
    const signIn = await describeDemoSignIn();
    if (signIn) console.log(`  Demo staff sign-in (development only): ${signIn}\n`);
    if (watch) console.log("  Watching app/ for changes: a save rebuilds, and the next request gets the new build.\n");
  },
});

/** `remix watch` rewrites the development build on every save; it ends when we do. */
function watchSources() {
  const watcher = spawn(process.execPath, [path.join(ROOT_DIR, "node_modules/@remix-run/dev/dist/cli.js"), "watch"], {
    cwd: ROOT_DIR,
    env: { ...process.env, NODE_ENV: "development", BELONGING_BUILD_DIR: DEVELOPMENT_BUILD_DIR },
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.once("exit", () => watcher.kill());
}
