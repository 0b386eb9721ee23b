import { expect, test, type Page } from "@playwright/test";

// The largest image of the home, product and collection pages (issue 7): preloaded with the very srcset and
// sizes its <picture> uses, so the browser fetches one file, once, early; never lazy; no layout shift.

const PAGES = [
  { name: "home", path: "/", image: ".home-hero__media picture" },
  { name: "product", path: "/products/lumen-bracelet", image: ".gallery picture:first-child" },
  { name: "collection", path: "/collections/everyday-silver", image: ".collection__head picture" },
];

async function visit(page: Page, path: string) {
  const imageRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "image") imageRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: "load" });
  return imageRequests;
}

/** The page's LCP entry and the layout shift so far, as Chromium reports them. */
function paintReport(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ lcpUrl: string; shift: number }>((resolve) => {
        let lcpUrl = "";
        let shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcpUrl = (entry as PerformanceEntry & { url: string }).url;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve({ lcpUrl, shift }), 500);
      }),
  );
}

for (const viewport of [
  { label: "phone", width: 390, height: 844, deviceScaleFactor: 2 },
  { label: "desktop", width: 1280, height: 900, deviceScaleFactor: 1 },
]) {
  test.describe(`on a ${viewport.label}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor });

    for (const { name, path, image } of PAGES) {
      test(`the ${name} page preloads its largest image at the size it draws it, and nothing shifts`, async ({ page }) => {
        const imageRequests = await visit(page, path);
        const picture = page.locator(image);
        const img = picture.locator("img");
        await expect(img).toHaveAttribute("fetchpriority", "high");
        await expect(img).toHaveAttribute("loading", "eager");

        const preload = page.locator('head link[rel="preload"][as="image"]');
        await expect(preload).toHaveCount(1);
        const avif = picture.locator('source[type="image/avif"]');
        expect(await preload.getAttribute("imagesrcset")).toBe(await avif.getAttribute("srcset"));
        expect(await preload.getAttribute("imagesizes")).toBe(await avif.getAttribute("sizes"));
        await expect(preload).toHaveAttribute("type", "image/avif");

        const drawn = new URL(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).pathname;
        expect(drawn).toMatch(/\.avif$/);
        // The drawn file was fetched once: the preload picked the same file as the picture.
        expect(imageRequests.filter((request) => request === drawn)).toEqual([drawn]);
        // And no other width of it, unless another picture on the page (the home page's collection
        // card for the hero's collection) draws the same image at its own size.
        const key = drawn.split("/")[2]!;
        if ((await page.locator(`picture source[type="image/avif"][srcset*="/${key}/"]`).count()) === 1) {
          expect(imageRequests.filter((request) => request.split("/")[2] === key)).toEqual([drawn]);
        }

        const { lcpUrl, shift } = await paintReport(page);
        expect(new URL(lcpUrl).pathname).toBe(drawn);
        expect(shift).toBe(0);
      });
    }
  });
}
