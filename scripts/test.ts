// npm test: typecheck, lint, vitest (unit and integration on a real PostgreSQL), the benchmark
// smoke run, then the browser tests. Ends with one line "N passed, N failed" summing every
// test runner. One production build serves the whole run (BELONGING_TEST_BUILD): made while the
// typecheck and lint run, then used by vitest's HTTP tests, the benchmark and the browser tests.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildShop } from "./lib/build.ts";
import { ROOT_DIR } from "./lib/paths.ts";

const RESULTS = path.join(ROOT_DIR, "test-results");
const VITEST_JSON = path.join(RESULTS, "vitest.json");
const E2E_JSON = path.join(RESULTS, "e2e.json");
const BUILD_DIR = path.join(ROOT_DIR, ".cache", `test-run-build-${process.pid}`);
rmSync(RESULTS, { recursive: true, force: true });
process.on("exit", () => rmSync(BUILD_DIR, { recursive: true, force: true }));

let passed = 0;
let failed = 0;
const failures: string[] = [];
const runStarted = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const child = spawn(command, args, { cwd: ROOT_DIR, stdio: "inherit", env: { ...process.env, ...env } });
  const status = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  console.log(`  ${name}: ${status === 0 ? "ok" : "FAILED"} in ${seconds(started)}`);
  if (status !== 0) failures.push(name);
  return status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

const buildStarted = Date.now();
const building = buildShop({ mode: "production", buildDir: BUILD_DIR }).then(
  () => (console.log(`  production build: ok in ${seconds(buildStarted)}`), true),
  (error: unknown) => (console.error(`  production build: FAILED: ${(error as Error).message}`), false),
);
await step("typecheck", "npx", ["tsc", "--noEmit"]);
await step("lint", "npx", ["eslint", "."]);
if (!(await building)) {
  failures.push("production build");
  console.log(`\nFailed steps: ${failures.join(", ")}\n\n${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}
const withBuild = { BELONGING_TEST_BUILD: BUILD_DIR };

await step("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`], withBuild);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(VITEST_JSON);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
// A failed test fails the run whatever exit code its runner ended with.
if (vitest?.numFailedTests && !failures.includes("vitest")) failures.push("vitest");

// The benchmark's smoke run, alone after vitest: 50 connections of load beside test files
// running in parallel would make both flaky. It counts as one test.
if (await step("benchmark smoke (npm run bench -- --quick)", "npm", ["run", "bench", "--", "--quick"], withBuild)) passed += 1;
else failed += 1;

await step("browser tests", "npx", ["tsx", "scripts/e2e.ts"], { CI: "1", ...withBuild });
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(E2E_JSON);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (e2e?.stats.unexpected && !failures.includes("browser tests")) failures.push("browser tests");

if (failures.length) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed in ${seconds(runStarted)}`);
process.exit(failures.length ? 1 : 0);
