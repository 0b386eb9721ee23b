// npm run db:seed: loads the demo shop. Idempotent; refused in production.
import "dotenv/config";
import { getServerEnv } from "../app/utils/env.server.ts";
import { withDatabase } from "./lib/database.ts";
import { prepareLocalEnvironment } from "./lib/local-environment.ts";
import { applyMigrations } from "./lib/migrations.ts";

if (getServerEnv().NODE_ENV === "production") {
  console.error("The demo shop is never loaded in production.");
  process.exit(1);
}
await prepareLocalEnvironment();
await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  const { seedDemoShop, describeDemoSignIn } = await import("../prisma/seed.ts");
  await seedDemoShop({ log: console.log });
  const signIn = await describeDemoSignIn();
  if (signIn) console.log(`Demo staff sign-in: ${signIn}`);
  const { disconnectDatabase } = await import("../app/utils/db.server.ts");
  await disconnectDatabase();
});
