import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./scripts/lib/browser.ts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT), SEED_ADMIN_EMAIL: "owner@e2e.test", SEED_ADMIN_PASSWORD: "correct horse battery staple" },
    stdout: "pipe",
    // Without this Playwright SIGKILLs the shop, which then cannot stop the PostgreSQL it
    // runs in its own process group: every run left one behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
