// The shop as the browser tests see it: the demo shop on its own throwaway embedded database,
// built and served like `npm start`, on E2E_PORT. Playwright starts and stops it.
import { rmSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-e2e-"));
// As root, PostgreSQL runs as its own user, who must be able to reach the cluster inside.
await fs.chmod(dataDir, 0o755);
process.env.BELONGING_DATA_DIR = dataDir;
process.env.UPLOADS_DIR = path.join(dataDir, "uploads");
// The build stays inside the project so its imports resolve from our node_modules.
// (scripts/lib/paths.ts is imported only after the environment below is set: it reads it.)
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const buildDir = path.join(rootDir, ".cache", `e2e-build-${process.pid}`);
process.env.BELONGING_BUILD_DIR = buildDir;
process.env.LOG_LEVEL ??= "warn";
delete process.env.DATABASE_URL;
process.on("exit", () => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

const { runShop } = await import("./lib/run-shop.ts");
await runShop({ development: true });
