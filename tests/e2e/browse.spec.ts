import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

test("a shopper opens the home page and a product page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const firstProduct = page.getByRole("listitem").filter({ has: page.locator(".product-card__name") }).first();
  const name = (await firstProduct.locator(".product-card__name").innerText()).trim();
  await firstProduct.getByRole("link").click();
  await expect(page).toHaveURL(/\/products\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const image = page.locator(".gallery img").first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test("pages carry a strict Content-Security-Policy with a nonce", async ({ request }) => {
  const response = await request.get("/");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("an unknown page answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Browse the shop" })).toBeVisible();
});

test("a write from another site is refused before it reaches any action", async ({ request, baseURL }) => {
  const foreign = await request.post("/", { headers: { Origin: "https://evil.example" }, form: { anything: "1" } });
  expect(foreign.status()).toBe(403);
  const crossSite = await request.post("/", { headers: { "Sec-Fetch-Site": "cross-site" }, form: { anything: "1" } });
  expect(crossSite.status()).toBe(403);
  const noOrigin = await request.post("/", { headers: { Origin: "" }, form: { anything: "1" } });
  expect(noOrigin.status()).toBe(403);
  const sameOrigin = await request.post("/", { headers: { Origin: baseURL! }, form: { anything: "1" } });
  expect(sameOrigin.status()).not.toBe(403);
});

test("the home page has no serious accessibility problems", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a maker's public page has no serious accessibility problems", async ({ page }) => {
  await page.goto("/products/lumen-bracelet");
  await page.getByRole("link", { name: "Amara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amara");
  await expectNoSeriousViolations(page);
});
