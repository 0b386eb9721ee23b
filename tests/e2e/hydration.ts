import { expect, type Page } from "@playwright/test";

// React's words when the server's HTML and the browser's first render differ (development
// build), and the minified errors of a production build (#418, #423, #425: hydration).
const HYDRATION = /hydrat|did not match|does not match server-rendered|Extra attributes from the server|Minified React error #4(18|19|20|21|23|25)/i;

/** Collects every hydration warning or error the page logs from now on; check with expectNoHydrationWarnings. */
export function watchHydration(page: Page) {
  const seen: string[] = [];
  page.on("console", (message) => {
    if ((message.type() === "error" || message.type() === "warning") && HYDRATION.test(message.text())) {
      seen.push(`${page.url()}: ${message.text().slice(0, 300)}`);
    }
  });
  page.on("pageerror", (error) => {
    if (HYDRATION.test(String(error))) seen.push(`${page.url()}: ${String(error).slice(0, 300)}`);
  });
  return seen;
}

/** Waits until the page has hydrated and nothing is loading, then expects no hydration warning so far. */
export async function expectNoHydrationWarnings(page: Page, seen: string[]) {
  await page.waitForLoadState("networkidle");
  expect(seen).toEqual([]);
}
