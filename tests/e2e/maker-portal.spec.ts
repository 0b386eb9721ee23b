import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe.ts";

// The e2e server seeds this owner (playwright.config.ts, webServer.env). Noor ("Maker 031") has
// had her safety review and shows nothing yet; she made the Ember cuff.
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };
const PASSPHRASE = "window honey ladder morning";
const PHONE = { width: 390, height: 844 };
const FALLBACK = "Made in our studio by one of our makers";

async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function phone(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return context.newPage();
}

test("a maker accepts her invitation on her phone, approves her name on her pieces, then stops showing it", async ({ browser }) => {
  // One journey across four browsers (staff, her phone, a shopper, her phone without JavaScript).
  test.setTimeout(120_000);
  // Staff create her invitation in the back office.
  const staff = await phone(browser);
  await staff.goto("/admin/makers");
  await staff.getByLabel("Email").fill(OWNER.email);
  await staff.getByLabel("Password").fill(OWNER.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await staff.getByRole("link", { name: "Maker 031" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Maker 031" })).toBeVisible();
  await expect(staff.getByRole("button", { name: /approve|publish/i })).toHaveCount(0);
  await staff.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await staff.locator(".secret-link").innerText()).trim();
  const loginName = (await staff.locator(".maker-admin__secret .maker-admin__login").innerText()).trim();
  expect(link).toMatch(/\/maker\/welcome\?token=/);
  await expectNoSeriousViolations(staff);

  // Staff credit a second piece to her; until she consents, it carries the studio's line.
  await staff.goto("/admin/products?q=drift");
  await staff.getByRole("link", { name: "Drift chain necklace" }).click();
  await staff.getByRole("checkbox", { name: /^Maker 031/ }).check();
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(staff.getByRole("checkbox", { name: /^Maker 031/ })).toBeChecked();
  const shopper = await phone(browser);
  await shopper.goto("/products/drift-chain-necklace");
  await expect(shopper.locator(".maker-attribution")).toHaveText(FALLBACK);

  // She opens the link and chooses a passphrase.
  const maker = await phone(browser);
  await maker.goto(new URL(link).pathname + new URL(link).search);
  await expect(maker.getByRole("heading", { level: 1, name: "Your maker pages" })).toBeVisible();
  await expect(maker.getByText(loginName, { exact: true })).toBeVisible();
  await expectNoSeriousViolations(maker);
  await maker.getByLabel("Choose a passphrase").fill(PASSPHRASE);
  await maker.getByLabel("Type it again").fill(PASSPHRASE);
  await maker.getByRole("button", { name: "Save my passphrase" }).click();
  await expect(maker.getByRole("heading", { level: 1, name: "What is public about me now" })).toBeVisible();
  await expect(maker.getByText("Nothing about you is public.")).toBeVisible();
  await expectNoSeriousViolations(maker);
  await expectNoSideScroll(maker);

  // The preview: nothing ticked; what she ticks appears at once, rendered as the public sees it.
  await maker.getByRole("navigation", { name: "Your maker pages" }).getByRole("link", { name: "Preview and choose" }).click();
  await expect(maker.getByRole("heading", { level: 1, name: "Preview and choose" })).toBeVisible();
  const switches = maker.getByRole("switch");
  expect(await switches.count()).toBeGreaterThan(3);
  for (const item of await switches.all()) await expect(item).not.toBeChecked();
  await expect(maker.getByText("Nothing chosen: nothing about you will be public.")).toBeVisible();
  await maker.getByRole("switch", { name: "My name", exact: true }).check();
  await maker.getByRole("switch", { name: "My name on the pieces I made", exact: true }).check();
  const preview = maker.locator(".portal-frame");
  await expect(preview.getByRole("heading", { name: "Noor" })).toBeVisible();
  await expect(preview.getByText("Made by")).toBeVisible();
  await expectNoSeriousViolations(maker);
  await expectNoSideScroll(maker);
  const approve = maker.getByRole("button", { name: "Approve and show what I chose" });
  expect((await approve.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await approve.click();
  await expect(maker.getByText("What you chose is now public")).toBeVisible();
  await expect(maker.locator(".portal-choices")).toContainText("My name on the pieces I made");

  // Her pieces list both, with counts only; the one staff credited now carries her name too.
  await expect(maker.locator(".maker-pieces")).toContainText("Drift chain necklace");
  await expect(maker.locator(".maker-pieces")).toContainText("Ember cuff");
  await shopper.reload();
  await expect(shopper.locator(".maker-attribution")).toHaveText("Made by Noor");

  // Her piece now carries her name, linked to her page.
  await shopper.goto("/products/ember-cuff");
  const credit = shopper.locator(".maker-attribution");
  await expect(credit).toHaveText("Made by Noor");
  const makerPage = await credit.getByRole("link", { name: "Noor" }).getAttribute("href");
  expect(makerPage).toMatch(/^\/makers\/maker-[0-9a-f]{10}$/);

  // She stops showing her profile, with one confirmation in plain words.
  await maker.getByRole("link", { name: "Stop showing my profile" }).click();
  await expect(maker.getByRole("heading", { level: 1, name: "Stop showing my profile?" })).toBeVisible();
  await expectNoSeriousViolations(maker);
  await maker.getByRole("button", { name: "Yes, stop showing it" }).click();
  await expect(maker.getByText("Nothing about you is public any more.")).toBeVisible();

  await shopper.reload();
  await expect(credit).toHaveText(FALLBACK);
  const gone = await shopper.request.get(makerPage!);
  expect(gone.status()).toBe(410);

  // Her history says it in plain words.
  await maker.getByRole("link", { name: "My history" }).click();
  await expect(maker.getByRole("listitem").filter({ hasText: "you stopped showing your name and your name on the pieces you made." })).toBeVisible();
  await expect(maker.getByRole("listitem").filter({ hasText: "you chose to show your name and your name on the pieces you made." })).toBeVisible();
  await expectNoSeriousViolations(maker);

  // Without JavaScript she signs in with her sign-in name, and "Show preview" shows her choice.
  const plain = await phone(browser, false);
  await plain.goto("/maker/preview");
  await expect(plain).toHaveURL(/\/maker\/login\?redirectTo=/);
  await plain.getByLabel("Sign-in name").fill(loginName);
  await plain.getByLabel("Passphrase").fill(PASSPHRASE);
  await plain.getByRole("button", { name: "Sign in" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Preview and choose" })).toBeVisible();
  await plain.getByRole("switch", { name: "My skills", exact: true }).check();
  await plain.getByRole("button", { name: "Show preview" }).click();
  await expect(plain.getByRole("switch", { name: "My skills", exact: true })).toBeChecked();
  await expect(plain.locator(".portal-frame").getByRole("heading", { name: "Skills" })).toBeVisible();
  await expect(plain.locator(".portal-frame").getByRole("heading", { name: "One of our makers" })).toBeVisible();
});
