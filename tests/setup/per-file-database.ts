import pg from "pg";
import { afterAll, inject } from "vitest";
import { TEMPLATE_DATABASE, withDatabaseName } from "./global-setup.ts";

// Each test file runs against its own fresh copy of the migrated template database, so files
// run in parallel and never see each other's rows. This runs before the file imports app code.
const serverUrl = inject("serverUrl");
const name = `test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
await admin.end();

process.env.DATABASE_URL = withDatabaseName(serverUrl, name);
process.env.UPLOADS_DIR = inject("uploadsDir");
process.env.SESSION_SECRET = "test-session-secret-of-at-least-32-characters";

afterAll(async () => {
  const { disconnectDatabase } = await import("~/utils/db.server");
  await disconnectDatabase();
  const cleanup = new pg.Client({ connectionString: serverUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});
