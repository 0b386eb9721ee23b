// npm run serve: production. Serves the existing build against DATABASE_URL; never seeds.
import "dotenv/config";
import { runShop } from "./lib/run-shop.ts";

await runShop({ development: false });
