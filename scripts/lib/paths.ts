import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Everything the app writes locally lives here; the folder is gitignored. */
export const DATA_DIR = path.resolve(process.env.BELONGING_DATA_DIR ?? path.join(ROOT_DIR, ".data"));
export const MIGRATIONS_DIR = path.join(ROOT_DIR, "prisma/migrations");
export const SCHEMA_PATH = path.join(ROOT_DIR, "prisma/schema.prisma");
const BUILD_DIR = process.env.BELONGING_BUILD_DIR ? path.resolve(ROOT_DIR, process.env.BELONGING_BUILD_DIR) : null;
/** The server build and the browser assets (see remix.config.js). */
export const BUILD_PATH = BUILD_DIR ? path.join(BUILD_DIR, "index.js") : path.join(ROOT_DIR, "build/index.js");
export const ASSETS_DIR = BUILD_DIR ? path.join(BUILD_DIR, "public") : path.join(ROOT_DIR, "public/build");
