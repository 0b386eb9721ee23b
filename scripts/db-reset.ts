// npm run db:reset: drops every table of the local database and rebuilds it with the demo shop.
import "dotenv/config";
import fs from "node:fs/promises";
import pg from "pg";
import { getEnv, getServerEnv } from "../app/utils/env.server.ts";
import { withDatabase } from "./lib/database.ts";
import { prepareLocalEnvironment } from "./lib/local-environment.ts";
import { applyMigrations } from "./lib/migrations.ts";

if (getServerEnv().NODE_ENV === "production") {
  console.error("db:reset is refused when NODE_ENV=production.");
  process.exit(1);
}
await prepareLocalEnvironment();
await withDatabase(async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  process.env.DATABASE_URL = url;
  await fs.rm(getEnv().UPLOADS_DIR, { recursive: true, force: true });
  await applyMigrations(url);
  const { seedDemoShop, describeDemoSignIn } = await import("../prisma/seed.ts");
  await seedDemoShop({ log: console.log, resetCredentials: true });
  console.log(`Demo staff sign-in: ${await describeDemoSignIn()}`);
  const { disconnectDatabase } = await import("../app/utils/db.server.ts");
  await disconnectDatabase();
});
