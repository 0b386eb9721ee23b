import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

async function cardPrices(page: Page) {
  const texts = await page.locator(".product-card__price").allInnerTexts();
  return texts.map((text) => Number(text.replace(/[^0-9.]/g, "")));
}

/**
 * What the page at the current URL should show, from its loader. The URL changes a moment
 * before the new results render, so tests wait for these rather than read the page at once.
 */
async function expectedResults(page: Page) {
  const url = new URL(page.url());
  url.searchParams.set("_data", "routes/collections.$handle");
  const data = (await (await page.request.get(url.toString())).json()) as { total: number; products: { name: string }[] };
  await expect(page.locator(".product-card__name")).toHaveText(data.products.map((p) => p.name));
  return data;
}

test("a shopper browses a collection, filters and sorts it, and opens a piece", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shop" }).click();
  await expect(page).toHaveURL(/\/collections$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shop by collection");

  await page.getByRole("link", { name: "Gifts that give back" }).click();
  await expect(page).toHaveURL(/\/collections\/gifts-that-give-back$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gifts that give back");
  const count = page.locator(".collection__count");
  const all = await expectedResults(page);
  await expect(count).toHaveText(`${all.total} pieces`);

  await page.getByLabel("In stock only").check();
  await expect(page).toHaveURL(/inStock=1/);
  const inStock = await expectedResults(page);
  await expect(count).toHaveText(`${inStock.total} pieces match your filters`);
  await expect(page.locator(".product-card .badge", { hasText: "Sold out" })).toHaveCount(0);

  await page.getByLabel("Material").selectOption("Gold vermeil");
  await expect(page).toHaveURL(/material=Gold\+vermeil/);
  await expect(page).toHaveURL(/inStock=1/);
  const gold = await expectedResults(page);
  expect(gold.total).toBeGreaterThan(0);
  expect(gold.total).toBeLessThan(all.total);
  await expect(count).toHaveText(`${gold.total} pieces match your filters`);

  const sort = page.getByLabel("Sort by");
  await sort.focus();
  await sort.selectOption("price-asc");
  await expect(page).toHaveURL(/sort=price-asc/);
  await expectedResults(page);
  await expect(sort).toBeFocused();
  const prices = await cardPrices(page);
  expect(prices).toHaveLength(gold.total);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  const first = page.locator(".product-card__name a").first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/products\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("a collection page pages through every piece, keeping its filters", async ({ page }) => {
  await page.goto("/collections/all?sort=price-desc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All jewelry");
  await expect(page.locator(".product-card")).toHaveCount(12);
  const firstPage = await cardPrices(page);
  await page.getByRole("navigation", { name: "All jewelry pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/sort=price-desc&page=2/);
  await expectedResults(page);
  const secondPage = await cardPrices(page);
  expect(secondPage).toHaveLength(12);
  expect(Math.min(...firstPage)).toBeGreaterThanOrEqual(Math.max(...secondPage));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form still works with its Apply button", async ({ page }) => {
    await page.goto("/collections/all");
    await page.getByLabel("Price").selectOption("under-50");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/price=under-50/);
    await expect(page.locator(".collection__count")).toContainText("match your filters");
    const prices = await cardPrices(page);
    expect(prices.length).toBeGreaterThan(0);
    expect(prices.every((price) => price < 50)).toBe(true);
  });
});

test("filters that match nothing offer a way back, and the form follows the URL", async ({ page }) => {
  await page.goto("/collections/gifts-under-50?price=over-150&inStock=1");
  await expect(page.getByRole("heading", { name: "No pieces match these filters" })).toBeVisible();
  await expect(page.getByLabel("In stock only")).toBeChecked();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/collections\/gifts-under-50$/);
  await expect(page.locator(".product-card").first()).toBeVisible();
  await expect(page.getByLabel("In stock only")).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/inStock=1/);
  await expect(page.getByLabel("In stock only")).toBeChecked();
  await expect(page.getByLabel("Price")).toHaveValue("over-150");
});

test("a filter chosen before the page is interactive is applied once it is", async ({ page }) => {
  // Hold the scripts back, as a slow phone would.
  await page.route("**/build/**/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto("/collections/gifts-that-give-back", { waitUntil: "commit" });
  await page.getByLabel("In stock only").check();
  await expect(page).toHaveURL(/inStock=1/, { timeout: 20_000 });
  await expect(page.locator(".collection__count")).toContainText("match your filters");
  await expect(page.getByLabel("In stock only")).toBeChecked();
});

test("search forgives a typo and finds necklaces", async ({ page }) => {
  await page.goto("/collections");
  const search = page.getByRole("main").getByRole("search");
  await search.getByRole("searchbox").fill("neckless");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=neckless/);
  await expect(page.locator(".search-page__count")).toContainText("found");
  const names = await page.locator(".product-card__name").allInnerTexts();
  // Named necklaces first, then pendants, which are necklaces too.
  expect(names.slice(0, 3).every((name) => /necklace/i.test(name))).toBe(true);
  expect(names).toContain("Seedling pendant");
});

test("an unknown collection answers 404", async ({ page }) => {
  const response = await page.goto("/collections/no-such-collection");
  expect(response?.status()).toBe(404);
});

for (const path of ["/collections", "/collections/gifts-under-50", "/collections/all?inStock=1&price=over-150", "/search", "/search?q=silver", "/search?q=zzzz"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
