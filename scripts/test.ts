// npm test: typecheck, lint, vitest (unit and integration on a real PostgreSQL), then the
// browser tests. Ends with one line "N passed, N failed" summing every test runner.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "./lib/paths.ts";

const RESULTS = path.join(ROOT_DIR, "test-results");
const VITEST_JSON = path.join(RESULTS, "vitest.json");
const E2E_JSON = path.join(RESULTS, "e2e.json");
rmSync(RESULTS, { recursive: true, force: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT_DIR, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`  ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

step("typecheck", "npx", ["tsc", "--noEmit"]);
step("lint", "npx", ["eslint", "."]);

step("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`]);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(VITEST_JSON);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
// A failed test fails the run whatever exit code its runner ended with.
if (vitest?.numFailedTests && !failures.includes("vitest")) failures.push("vitest");

// The benchmark's smoke run, alone after vitest: 50 connections of load beside test files
// running in parallel would make both flaky. It counts as one test.
if (step("benchmark smoke (npm run bench -- --quick)", "npm", ["run", "bench", "--", "--quick"])) passed += 1;
else failed += 1;

step("browser tests", "npx", ["tsx", "scripts/e2e.ts"], { CI: "1" });
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(E2E_JSON);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (e2e?.stats.unexpected && !failures.includes("browser tests")) failures.push("browser tests");

if (failures.length) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
