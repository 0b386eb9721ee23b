// npm run db:migrate: applies pending migrations from prisma/migrations.
import "dotenv/config";
import { withDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/migrations.ts";

const applied = await withDatabase((url) => applyMigrations(url));
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
