import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { buildShop } from "../../scripts/lib/build.ts";
import { openScratchDatabase } from "../../scripts/lib/database.ts";
import { applyMigrations } from "../../scripts/lib/migrations.ts";
import { ROOT_DIR } from "../../scripts/lib/paths.ts";

export const TEMPLATE_DATABASE = "belonging_template";

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise a throwaway embedded one.
 * Migrations are applied once, into a template database; each test file gets a fresh copy.
 */
export default async function setup(project: TestProject) {
  // Tests that go through HTTP (the privacy sweep, two app processes) serve a real production
  // build: npm test's (BELONGING_TEST_BUILD, made once for the whole run), or one of our own,
  // made while the database starts. Inside the project, so its imports resolve from our node_modules.
  const sharedBuild = process.env.BELONGING_TEST_BUILD;
  const built = sharedBuild ? Promise.resolve(sharedBuild) : buildOwn();
  built.catch(() => {}); // awaited below; a failure must not go unhandled while the database starts
  const external = process.env.DATABASE_URL;
  const database = external ? { url: external, stop: async () => {} } : await openScratchDatabase();
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await applyMigrations(withDatabaseName(database.url, TEMPLATE_DATABASE));

  const uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-uploads-"));
  const buildDir = await built;
  project.provide("serverUrl", database.url);
  project.provide("uploadsDir", uploadsDir);
  project.provide("buildDir", buildDir);
  return async () => {
    await database.stop();
    await fs.rm(uploadsDir, { recursive: true, force: true });
    if (!sharedBuild) await fs.rm(buildDir, { recursive: true, force: true });
  };
}

async function buildOwn() {
  await fs.mkdir(path.join(ROOT_DIR, ".cache"), { recursive: true });
  const buildDir = await fs.mkdtemp(path.join(ROOT_DIR, ".cache", "test-build-"));
  await buildShop({ mode: "production", buildDir });
  return buildDir;
}

export function withDatabaseName(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    uploadsDir: string;
    buildDir: string;
  }
}
