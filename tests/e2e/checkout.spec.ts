import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The demo shop's Ripple anklet: sterling silver, 23 cm (11 in stock) and 25 cm (8). No other
// browser test buys it. Without Stripe keys the shop uses its built-in test payment page.
const PRODUCT = { handle: "ripple-anklet", name: "Ripple anklet", variant: /Sterling silver, 23 cm/ };

// The e2e server seeds this owner (playwright.config.ts, webServer.env).
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };

/** A signed-in staff page in its own browser context, so the shopper stays anonymous. */
async function staffPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login?redirectTo=%2Fadmin");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  return page;
}

/** On hand and reserved, as the back office's variant page shows them. */
async function stock(staff: Page, variantId: string) {
  await staff.goto(`/admin/inventory/${variantId}`);
  const stat = async (label: string) => Number(await staff.locator(".stat", { hasText: label }).locator("dd").first().innerText());
  return { onHand: await stat("On hand"), reserved: await stat("Reserved") };
}

/** Product page → bag → Checkout: the test payment page. Returns the variant's id. */
async function checkOutOneAnklet(page: Page) {
  await page.goto(`/products/${PRODUCT.handle}`);
  const option = page.getByRole("radio", { name: PRODUCT.variant });
  await option.check();
  const variantId = (await option.getAttribute("value"))!;
  await page.getByRole("button", { name: "Add to bag" }).click();
  await expect(page.locator(".add-to-cart__status")).toContainText("Added to your bag.");
  await page.locator(".add-to-cart__status").getByRole("link", { name: "View your bag" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your bag");
  await page.getByRole("button", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_local_/);
  await expect(page.getByText("Test payment — no money moves.")).toBeVisible();
  return variantId;
}

test("a shopper pays with the test provider: paid, stock drops by one, confirmation mailed; staff ship it and the notice is mailed", async ({ page, browser, baseURL }) => {
  const staff = await staffPage(browser, baseURL!);
  const variantId = await checkOutOneAnklet(page);
  const before = await stock(staff, variantId);
  expect(before.reserved).toBeGreaterThanOrEqual(1);

  await page.getByRole("radio", { name: /Express shipping/ }).check();
  await page.getByRole("button", { name: "Pay" }).click();

  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you — your order is confirmed");
  await expect(page.getByRole("status")).toContainText("A confirmation is on its way to you@example.com.");
  await expect(page.getByText(PRODUCT.name)).toBeVisible();
  await expect(page.getByText("12 Garden Lane")).toBeVisible();
  const orderNumber = (await page.locator(".eyebrow").textContent())!.replace("Order ", "");
  await expectNoSeriousViolations(page);
  const document = await page.request.get(page.url());
  expect(document.headers()["cache-control"]).toBe("private, no-store");

  // Sold: on hand and reserved both dropped by one.
  expect(await stock(staff, variantId)).toEqual({ onHand: before.onHand - 1, reserved: before.reserved - 1 });
  // The bag is empty again.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Bag/ })).toContainText("(0)");

  await staff.goto("/admin/mailbox");
  const mail = staff.locator(".mailbox__item", { hasText: `order ${orderNumber} is confirmed` });
  await expect(mail).toBeVisible();
  await mail.getByText("Read the message").click();
  await expect(mail.locator(".mailbox__text")).toContainText("Ripple anklet (Sterling silver, 23 cm) × 1");

  await staff.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Orders" }).click();
  await staff.getByRole("link", { name: `Order ${orderNumber}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
  await expect(staff.locator(".timeline")).toContainText("Payment confirmed");

  // Staff pack and ship it: the shopper's shipping notice is in the outbox.
  await staff.getByRole("button", { name: "Mark packed" }).click();
  await expect(staff.locator(".timeline")).toContainText(/packed/i);
  await staff.getByLabel("Carrier").fill("Postal service");
  await staff.getByLabel("Tracking number").fill("TRACK-12345");
  await staff.getByRole("button", { name: "Mark shipped" }).click();
  await expect(staff.locator(".timeline")).toContainText(/shipped/i);
  await staff.goto("/admin/mailbox");
  const notice = staff.locator(".mailbox__item", { hasText: `Order ${orderNumber} is on its way` });
  await expect(notice).toBeVisible();
  await notice.getByText("Read the message").click();
  await expect(notice.locator(".mailbox__text")).toContainText("TRACK-12345");
  await staff.context().close();
});

test("the test payment page passes axe", async ({ page }) => {
  await checkOutOneAnklet(page);
  await expectNoSeriousViolations(page);
  // Declining gives the held piece back for the other tests.
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("status")).toContainText("Nothing was charged.");
});

test("the back office's mailbox, with a message open, passes axe", async ({ browser, baseURL }) => {
  const staff = await staffPage(browser, baseURL!);
  await staff.goto("/admin/mailbox");
  const mail = staff.locator(".mailbox__item").first();
  await mail.getByText("Read the message").click();
  await expect(mail.locator(".mailbox__text")).toBeVisible();
  await expectNoSeriousViolations(staff);
  await staff.context().close();
});

// A paid order's page, with its refund form, is scanned in admin-refund.spec.ts.
test("a shipped order's page in the back office passes axe", async ({ browser, baseURL }) => {
  const staff = await staffPage(browser, baseURL!);
  await staff.goto("/admin/orders?status=SHIPPED");
  await staff.getByRole("table").getByRole("link", { name: /^Order / }).first().click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/^Order /);
  await expect(staff.locator(".timeline")).toContainText("Payment confirmed");
  await expectNoSeriousViolations(staff);
  await staff.context().close();
});

test("a declined payment charges nothing, releases the piece and keeps it in the bag", async ({ page, browser, baseURL }) => {
  const staff = await staffPage(browser, baseURL!);
  const variantId = await checkOutOneAnklet(page);
  const reservedWhileOpen = await stock(staff, variantId);

  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your payment didn't go through");
  await expect(page.getByRole("status")).toContainText("Nothing was charged.");
  await expectNoSeriousViolations(page);

  expect(await stock(staff, variantId)).toEqual({ onHand: reservedWhileOpen.onHand, reserved: reservedWhileOpen.reserved - 1 });
  await page.getByRole("link", { name: "Go to your bag" }).click();
  await expect(page.locator(".cart-line")).toContainText(PRODUCT.name);
  await staff.context().close();
});

test("checking out more than is left goes back to the bag with a message for that piece", async ({ page, browser, baseURL }) => {
  await page.goto(`/products/${PRODUCT.handle}`);
  await page.getByRole("radio", { name: /Sterling silver, 25 cm/ }).check();
  await page.getByRole("button", { name: "Add to bag" }).click();
  await expect(page.locator(".add-to-cart__status")).toContainText("Added to your bag.");
  await page.goto("/cart");
  await page.getByRole("spinbutton", { name: /Quantity/ }).fill("99");
  await page.getByRole("button", { name: /Update/ }).click();
  // The bag caps the quantity at what is left; then someone else takes one more.
  await expect(page.locator(".cart-line").getByRole("status")).toContainText("Only");
  const staff = await staffPage(browser, baseURL!);
  await staff.goto("/admin/inventory?q=Ripple");
  await staff.getByRole("link", { name: /Ripple anklet.*25 cm/ }).click();
  await staff.getByLabel("Change in on hand").fill("-1");
  await staff.getByLabel("Reason").selectOption("DAMAGED");
  await staff.getByRole("button", { name: "Save adjustment" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await staff.context().close();

  await page.getByRole("button", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByTestId("checkout-notice")).toContainText(/Only \d+ left of Ripple anklet, Sterling silver, 25 cm\./);
  await expectNoSeriousViolations(page);
});
