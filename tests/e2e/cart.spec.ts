import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The demo shop's Hearth bracelet: rose gold vermeil in 16, 17 and 18 cm; 18 cm is sold out.
const PRODUCT = "Hearth bracelet";

/** "$56.00" → 5600 */
function minorUnits(text: string) {
  return Math.round(Number(text.replace(/[^0-9.]/g, "")) * 100);
}

function formatUsd(minor: number) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(minor / 100);
}

async function openProductFromHome(page: Page, { hydrated = true } = {}) {
  await page.goto("/");
  await page.getByRole("link", { name: PRODUCT }).first().click();
  await expect(page).toHaveURL(/\/products\/hearth-bracelet/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PRODUCT);
  // The add form marks itself once React has hydrated it.
  if (hydrated) await expect(page.locator('input[name="enhanced"]')).toBeAttached();
}

function bagLink(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Bag/ });
}

test("a shopper chooses a variant, adds it to the bag and changes the quantity", async ({ page }) => {
  await openProductFromHome(page);

  const option = page.getByRole("radio", { name: /Rose gold vermeil, 17 cm/ });
  await option.check();
  await expect(page).toHaveURL(new RegExp(`variant=${await option.getAttribute("value")}`));
  await page.getByRole("button", { name: "Add to bag" }).click();
  const status = page.locator(".add-to-cart__status");
  await expect(status).toContainText("Added to your bag.");
  await expect(bagLink(page)).toContainText("(1)");

  await status.getByRole("link", { name: "View your bag" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your bag");
  const line = page.locator(".cart-line");
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(PRODUCT);
  await expect(line).toContainText("Rose gold vermeil, 17 cm");

  const unitPrice = minorUnits(await line.getByTestId("unit-price").innerText());
  const quantity = line.getByRole("spinbutton", { name: /Quantity/ });
  await quantity.fill("3");
  await line.getByRole("button", { name: /Update/ }).click();
  await expect(line.getByRole("status")).toHaveText("Quantity updated.");
  await expect(page.getByTestId("cart-total")).toHaveText(formatUsd(unitPrice * 3));
  await expect(bagLink(page)).toContainText("(3)");
  // The fetcher keeps the page: focus stays on the button that was pressed.
  await expect(line.getByRole("button", { name: /Update/ })).toBeFocused();

  await page.getByLabel(/Gift wrap/).check();
  await page.getByRole("button", { name: "Save gift options" }).click();
  await expect(page.getByText("Gift options saved.")).toBeVisible();
  await expect(page.getByTestId("cart-total")).toHaveText(formatUsd(unitPrice * 3 + 500));
  await expect(page.getByRole("button", { name: "Checkout" })).toBeVisible();
  await expectNoSeriousViolations(page);

  await line.getByRole("button", { name: /Remove/ }).click();
  await expect(page.getByText("Your bag is empty.")).toBeVisible();
  await expect(bagLink(page)).toContainText("(0)");
});

test("a product page with its variant choices passes axe", async ({ page }) => {
  await openProductFromHome(page);
  await expectNoSeriousViolations(page);
});

test("an empty bag passes axe", async ({ page }) => {
  await page.goto("/cart");
  await expect(page.getByText("Your bag is empty.")).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a sold-out variant cannot be added", async ({ page }) => {
  await openProductFromHome(page);
  const button = page.locator(".add-to-cart__button");
  await expect(button).toBeEnabled();
  await page.getByRole("radio", { name: /Rose gold vermeil, 18 cm.*Sold out/ }).check();
  await expect(button).toBeDisabled();
  await expect(button).toHaveText("Sold out");
  await page.getByRole("radio", { name: /Rose gold vermeil, 16 cm/ }).check();
  await expect(button).toBeEnabled();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same add to bag and quantity change work with plain forms", async ({ page }) => {
    await openProductFromHome(page, { hydrated: false });
    await page.getByRole("radio", { name: /Rose gold vermeil, 16 cm/ }).check();
    await page.getByRole("button", { name: "Add to bag" }).click();
    await expect(page).toHaveURL(/\/cart$/);
    const line = page.locator(".cart-line");
    await expect(line).toContainText("Rose gold vermeil, 16 cm");
    await expect(bagLink(page)).toContainText("(1)");

    const unitPrice = minorUnits(await line.getByTestId("unit-price").innerText());
    await line.getByRole("spinbutton", { name: /Quantity/ }).fill("2");
    await line.getByRole("button", { name: /Update/ }).click();
    await expect(page.getByTestId("cart-total")).toHaveText(formatUsd(unitPrice * 2));
    await expect(bagLink(page)).toContainText("(2)");
  });
});
