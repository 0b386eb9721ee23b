// npm start: the development and demo command. Starts PostgreSQL when DATABASE_URL is not set,
// migrates, loads the demo shop into an empty database, builds and serves.
import "dotenv/config";
import { runShop } from "./lib/run-shop.ts";

await runShop({ development: true });
