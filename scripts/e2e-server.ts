// The shop as the browser tests see it: the demo shop on its own throwaway embedded database,
// seeded like `npm start` and served from a production build (npm test's, BELONGING_TEST_BUILD,
// or one made here), on E2E_PORT. Playwright starts and stops it.
import { rmSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-e2e-"));
// As root, PostgreSQL runs as its own user, who must be able to reach the cluster inside.
await fs.chmod(dataDir, 0o755);
process.env.BELONGING_DATA_DIR = dataDir;
process.env.UPLOADS_DIR = path.join(dataDir, "uploads");
process.env.LOG_LEVEL ??= "warn";
delete process.env.DATABASE_URL;
// scripts/lib/paths.ts is imported only now that the environment above is set: it reads it.
const { ROOT_DIR } = await import("./lib/paths.ts");
const sharedBuild = process.env.BELONGING_TEST_BUILD;
// The build stays inside the project so its imports resolve from our node_modules.
const buildDir = sharedBuild ?? path.join(ROOT_DIR, ".cache", `e2e-build-${process.pid}`);
process.on("exit", () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (!sharedBuild) rmSync(buildDir, { recursive: true, force: true });
});

const { runShop } = await import("./lib/run-shop.ts");
await runShop({
  development: true,
  buildDir,
  async prepare(logger) {
    const { seedIfEmpty } = await import("../prisma/seed.ts");
    await seedIfEmpty({ log: (message) => logger.info(message) });
    if (!sharedBuild) {
      const { buildShop } = await import("./lib/build.ts");
      await buildShop({ mode: "production", buildDir });
    }
  },
});
