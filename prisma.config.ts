import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma cannot download its native engines on our machines (see README, "Decisions"):
// the CLI uses its WebAssembly engine through the pg adapter. Only generate, validate,
// format and schema-to-schema `migrate diff` are used; migrations are applied by
// scripts/lib/migrations.ts.
// The CLI commands we use never connect, but the schema's `url = env(...)` must resolve.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/unused";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
