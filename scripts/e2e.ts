// npm run test:e2e: the browser tests, in Chromium. Without a browser they are skipped with
// one clear line, unless REQUIRE_E2E=1, when that is a failure.
import { spawnSync } from "node:child_process";
import { findChromium } from "./lib/browser.ts";

const chromium = findChromium();
if (!chromium) {
  const message = "no Chromium found. Install one with `apt-get install -y chromium` (or set CHROME_PATH).";
  if (process.env.REQUIRE_E2E === "1") {
    console.error(`Browser tests FAILED: ${message}`);
    process.exit(1);
  }
  console.log(`Browser tests SKIPPED: ${message}`);
  process.exit(0);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
