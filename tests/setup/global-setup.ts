import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openScratchDatabase } from "../../scripts/lib/database.ts";
import { applyMigrations } from "../../scripts/lib/migrations.ts";
import { ROOT_DIR } from "../../scripts/lib/paths.ts";

export const TEMPLATE_DATABASE = "belonging_template";

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise a throwaway embedded one.
 * Migrations are applied once, into a template database; each test file gets a fresh copy.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const database = external ? { url: external, stop: async () => {} } : await openScratchDatabase();
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await applyMigrations(withDatabaseName(database.url, TEMPLATE_DATABASE));

  const uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-uploads-"));
  // Tests that go through HTTP (the privacy sweep, two app processes) serve a real build.
  // Inside the project, so the build's imports resolve from our node_modules.
  await fs.mkdir(path.join(ROOT_DIR, ".cache"), { recursive: true });
  const buildDir = await fs.mkdtemp(path.join(ROOT_DIR, ".cache", "test-build-"));
  const build = spawnSync("npx", ["remix", "build"], { env: { ...process.env, BELONGING_BUILD_DIR: buildDir }, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`remix build failed:\n${build.stderr}`);
  project.provide("serverUrl", database.url);
  project.provide("uploadsDir", uploadsDir);
  project.provide("buildDir", buildDir);
  return async () => {
    await database.stop();
    await fs.rm(uploadsDir, { recursive: true, force: true });
    await fs.rm(buildDir, { recursive: true, force: true });
  };
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
