import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getServerEnv } from "../../app/utils/env.server.ts";

/** The folder with package.json above this module: scripts/lib/ in source, the build folder once compiled. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json found above ${from}`);
  }
}

export const ROOT_DIR = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
/** Everything the app writes locally lives here; the folder is gitignored. */
export const DATA_DIR = path.resolve(getServerEnv().BELONGING_DATA_DIR ?? path.join(ROOT_DIR, ".data"));
export const MIGRATIONS_DIR = path.join(ROOT_DIR, "prisma/migrations");
export const SCHEMA_PATH = path.join(ROOT_DIR, "prisma/schema.prisma");
/** `npm run build`: the production build (index.js, public/) and the compiled server (server.js). */
export const PRODUCTION_BUILD_DIR = path.join(ROOT_DIR, "build");
/** `npm start` and `npm run dev`: a development build, apart, so it can never be served as production. */
export const DEVELOPMENT_BUILD_DIR = path.join(ROOT_DIR, "build/development");
