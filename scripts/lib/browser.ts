import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

/** CHROME_PATH, else Debian's Chromium, else a Chrome or Chromium found on the PATH. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}

/** Headless Chromium as our browser tests and Lighthouse run it: in a container, quiet, and offline-safe. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
