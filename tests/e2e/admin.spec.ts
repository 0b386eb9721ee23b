import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The e2e server seeds this owner (playwright.config.ts, webServer.env).
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };

async function signIn(page: Page, path = "/admin") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("staff sign in, adjust a variant's stock, and the shop shows the new availability", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Inventory" }).click();
  await page.getByLabel("Search SKU, product or variant").fill("FERN-DROPS-1");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("link", { name: /Fern drops/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fern drops");

  const available = Number(await page.locator(".stat", { hasText: "Available" }).locator("dd").innerText());
  await page.getByLabel("Change in on hand").fill(String(1 - available));
  await page.getByLabel("Reason").selectOption("CORRECTION");
  await page.getByLabel("Note (optional)").fill("Counted after the market");
  await page.getByRole("button", { name: "Save adjustment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toContainText("1 available");
  await expect(page.getByRole("table").getByText("Counted after the market")).toBeVisible();

  await page.getByRole("link", { name: "See it in the shop" }).click();
  await expect(page).toHaveURL(/\/products\/fern-drops/);
  await expect(page.getByText("Only 1 left").first()).toBeVisible();
});

test("the sign-in page passes axe", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("Email")).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the overview is private and passes axe", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const document = await page.request.get("/admin");
  expect(document.headers()["cache-control"]).toBe("private, no-store");
  await expectNoSeriousViolations(page);
});

async function openFirstProductEditor(page: Page) {
  await signIn(page, "/admin/products");
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByLabel("Name", { exact: true })).toBeVisible();
}

test("the product editor passes axe", async ({ page }) => {
  await openFirstProductEditor(page);
  await expectNoSeriousViolations(page);
});

test("a failed product save keeps what was typed, says what to fix next to the field, and passes axe", async ({ page }) => {
  await openFirstProductEditor(page);
  await page.getByLabel("Maker wages (%)").fill("10");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/they must add up to exactly 100%/)).toBeVisible();
  await expect(page.getByLabel("Maker wages (%)")).toHaveValue("10");
  await expectNoSeriousViolations(page);
});

test("sign out ends the session", async ({ page }) => {
  await signIn(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
});
