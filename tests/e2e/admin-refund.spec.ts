import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The demo shop's Hush studs (sterling silver, $28.00); no other browser test buys them. The
// e2e server seeds this owner (playwright.config.ts, webServer.env).
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };

test("staff refund one of two pieces: review, the amount in words, confirm; the piece goes back in stock", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  // A shopper buys two pairs with the test provider.
  await page.goto("/products/hush-studs");
  await page.getByRole("radio", { name: /Sterling silver/ }).check();
  await page.getByRole("button", { name: "Add to bag" }).click();
  await expect(page.locator(".add-to-cart__status")).toContainText("Added to your bag.");
  await page.goto("/cart");
  await page.getByRole("spinbutton", { name: /Quantity/ }).fill("2");
  await page.getByRole("button", { name: /Update/ }).click();
  await expect(page.getByRole("spinbutton", { name: /Quantity/ })).toHaveValue("2");
  await page.getByRole("button", { name: "Checkout" }).click();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you — your order is confirmed");

  const context = await browser.newContext({ baseURL });
  const staff = await context.newPage();
  await staff.goto("/login?redirectTo=%2Fadmin%2Forders%3Fstatus%3DPAID");
  await staff.getByLabel("Email").fill(OWNER.email);
  await staff.getByLabel("Password").fill(OWNER.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await staff.getByRole("table").getByRole("link").first().click();
  await expect(staff.getByRole("heading", { level: 2, name: "Pieces" })).toBeVisible();

  // The amount starts empty; paid, refunded and left are shown.
  const form = staff.locator("form", { has: staff.getByRole("button", { name: "Review refund" }) });
  await expect(form.getByLabel(/^Amount/)).toHaveValue("");
  await expect(form.getByText("Already refunded")).toBeVisible();
  await expect(form.getByText("Left to refund")).toBeVisible();
  await form.getByLabel(/^Hush studs/).fill("1");
  await form.getByLabel("Put the refunded pieces back in stock").check();
  await form.getByLabel("Reason (optional)").fill("One pair arrived bent");
  await form.getByRole("button", { name: "Review refund" }).click();

  // Nothing is refunded until the confirmation, which says the amount in words.
  const confirm = staff.locator(".refund-confirm");
  await expect(confirm.getByRole("heading", { name: "Refund this amount?" })).toBeVisible();
  await expect(confirm).toContainText("$28.00");
  await expect(confirm).toContainText("Twenty-eight US dollars");
  await expect(confirm).toContainText("1 × Hush studs");
  await expect(confirm).toContainText("The pieces go back in stock.");
  await expectNoSeriousViolations(staff);
  await staff.screenshot({ path: "/tmp/backoffice-refund-confirm-1280.png", fullPage: true });
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.screenshot({ path: "/tmp/backoffice-refund-confirm-390.png", fullPage: true });
  await staff.setViewportSize({ width: 1280, height: 900 });

  await confirm.getByRole("button", { name: "Yes, refund $28.00" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Refunded $28.00. The pieces are back in stock." })).toBeVisible();
  await expect(staff.getByText(/Refunded \$28\.00 for 1 × Hush studs \(One pair arrived bent\)\./)).toBeVisible();
  await expect(form.getByText("All refunded.")).toHaveCount(0);
  await expect(form.getByLabel(/^Hush studs/)).toHaveAttribute("max", "1");
  await staff.screenshot({ path: "/tmp/backoffice-refund-done-1280.png", fullPage: true });
  await context.close();
});

test("on a phone the orders list shows each order's status and total without scrolling sideways, and passes axe", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const staff = await context.newPage();
  await staff.goto("/login?redirectTo=%2Fadmin%2Forders");
  await staff.getByLabel("Email").fill(OWNER.email);
  await staff.getByLabel("Password").fill(OWNER.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  // The refund test above leaves at least one order.
  const row = staff.getByRole("table").getByRole("row").nth(1);
  await expect(row).toBeVisible();
  for (const cell of [row.locator(".pill").first(), row.getByRole("cell").nth(1)]) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(row.getByRole("cell").nth(1)).toHaveText(/\$\d/);
  await expectNoSeriousViolations(staff);
  await staff.screenshot({ path: "/tmp/backoffice-orders-390.png", fullPage: true });
  await context.close();
});
