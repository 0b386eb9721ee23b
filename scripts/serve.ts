// npm run serve: production. Compiled by `npm run build` into build/server.js, it serves the
// build it sits in against DATABASE_URL, and never seeds. It refuses a development build.
import "dotenv/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runShop } from "./lib/run-shop.ts";

await runShop({ development: false, buildDir: path.dirname(fileURLToPath(import.meta.url)) });
