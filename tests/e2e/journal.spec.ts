import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

const NOTED_STORY = "Steady ground: recovery is led by the people living it";

test("a reader goes from the journal to a story, reads its note first, and shops the story", async ({ page }) => {
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stories from the studio");
  await page.getByRole("link", { name: NOTED_STORY }).click();

  await expect(page).toHaveURL(/\/journal\/steady-ground-recovery-led-by-makers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOTED_STORY);
  const note = page.getByRole("note", { name: "Reading note" });
  await expect(note).toContainText("general terms");
  const body = page.locator(".prose");
  await expect(body).toBeVisible();
  // The note comes before the body both in reading order and on screen.
  expect(await note.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector(".prose")!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  expect((await note.boundingBox())!.y).toBeLessThan((await body.boundingBox())!.y);

  const shop = page.getByRole("region", { name: "Shop the story" });
  const product = shop.locator(".product-card__name a").first();
  const name = (await product.innerText()).trim();
  await product.click();
  await expect(page).toHaveURL(/\/products\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

for (const path of ["/journal", "/journal/steady-ground-recovery-led-by-makers"]) {
  test(`${path} has no serious accessibility problems`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("an article carries canonical, Open Graph and JSON-LD metadata", async ({ page, baseURL }) => {
  await page.goto("/journal/what-a-fair-wage-means-at-our-bench");
  const url = `${baseURL}/journal/what-a-fair-wage-means-at-our-bench`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^http.*\/images\/[a-z0-9]+\/1280\.jpg$/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = jsonLd.map((text) => (JSON.parse(text) as { "@type": string })["@type"]);
  expect(types.sort()).toEqual(["Article", "BreadcrumbList"]);
  const image = await page.request.get((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.headers()["content-type"]).toBe("image/jpeg");
});

test("the feed and the sitemap are XML the browser's strict parser accepts", async ({ page, request }) => {
  await page.goto("/journal");
  for (const { path, type } of [
    { path: "/journal/rss.xml", type: "application/rss+xml" },
    { path: "/sitemap.xml", type: "application/xml" },
  ]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toContain(type);
    const xml = await response.text();
    const problem = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return doc.querySelector("parsererror")?.textContent ?? null;
    }, xml);
    expect(problem, path).toBeNull();
  }
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toContain("Sitemap: ");
});
