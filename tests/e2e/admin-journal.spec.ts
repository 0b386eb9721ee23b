import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The e2e server seeds this owner (playwright.config.ts), who may do everything an editor does.
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };

async function signIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an editor writes an article, previews it, publishes it, and it is on /journal", async ({ page }) => {
  const title = `Threads that hold ${Date.now()}`;
  await signIn(page, "/admin/journal");
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Author's name").fill("Studio team");
  await page.getByLabel("Topic").selectOption("DIGNIFIED_WORK");
  await page.getByLabel("Excerpt").fill("How a new bracelet design goes from sketch to the shop.");
  await page.getByLabel("Body, in Markdown").fill("It starts with a sketch.\n\n## At the bench\n\nThen **many** small knots.");

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "At the bench" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectNoSeriousViolations(page);

  await page.getByLabel("Publish now").check();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Article saved." })).toBeVisible();
  await expect(page.locator(".pill", { hasText: "Published" })).toBeVisible();

  await page.goto("/journal");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "At the bench" })).toBeVisible();
});

test("the new-article form passes axe", async ({ page }) => {
  await signIn(page, "/admin/journal/new");
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the collections list passes axe", async ({ page }) => {
  await signIn(page, "/admin/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("collections: the editor passes axe and orders pieces by hand", async ({ page }) => {
  await signIn(page, "/admin/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await page.getByRole("link", { name: "New arrivals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New arrivals" })).toBeVisible();
  await expectNoSeriousViolations(page);

  const pieces = page.locator(".collection-product__name");
  const [first, second] = [await pieces.nth(0).innerText(), await pieces.nth(1).innerText()];
  await page.getByRole("button", { name: `Move down ${first}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved." })).toBeVisible();
  await expect(pieces.nth(0)).toHaveText(second);
  await expect(pieces.nth(1)).toHaveText(first);
});
