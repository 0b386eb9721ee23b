import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import QRCode from "qrcode";
import { expectNoSeriousViolations } from "./axe.ts";
import { expectNoHydrationWarnings, watchHydration } from "./hydration.ts";

// The e2e server seeds this owner (playwright.config.ts, webServer.env). Noor ("Maker 031") has
// had her safety review and shows nothing yet; she made the Ember cuff.
const OWNER = { email: "owner@e2e.test", password: "correct horse battery staple" };
const PASSPHRASE = "window honey ladder morning";
const PHONE = { width: 390, height: 844 };
const FALLBACK = "Made in our studio by one of our makers";
// Where "Leave quickly" goes (MAKER_LEAVE_URL's default); answered here, never fetched.
const LEAVE_URL = "https://www.google.com/";

/** Her portal's words in one language, as the language file has them. */
function words(language: string) {
  const messages = JSON.parse(readFileSync(`locales/portal/${language}.json`, "utf8")) as Record<string, string>;
  return (id: string) => {
    const message = messages[id];
    if (message === undefined) throw new Error(`${language}.json has no ${id}`);
    return message;
  };
}

/** The words of a message around its {placeholders}: "El {date} dejaste de mostrar {what}." → ["El", "dejaste de mostrar"]. */
const fixedParts = (message: string) => message.split(/\{\w+\}/).map((part) => part.trim()).filter((part) => part.length > 1);

async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function staffSignIn(browser: Browser) {
  const staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await staff.goto("/admin/makers");
  await staff.getByLabel("Email").fill(OWNER.email);
  await staff.getByLabel("Password").fill(OWNER.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Makers" })).toBeVisible();
  return staff;
}

/** Staff hand Noor a link in her language: a QR code on screen, the link, and a copy button. */
async function handOver(staff: Page, language: string) {
  const hydration = watchHydration(staff);
  await staff.getByRole("link", { name: "Maker 031" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Maker 031" })).toBeVisible();
  await staff.getByLabel("Her language").selectOption(language);
  await staff.getByRole("button", { name: /invitation link|sign-in link/ }).click();
  const link = (await staff.locator(".secret-link").innerText()).trim();
  expect(new URL(link).searchParams.get("lang")).toBe(language);
  // The QR code on screen is exactly the code of this link.
  const qr = staff.getByRole("img", { name: "QR code of her link" });
  await expect(qr).toBeVisible();
  const expected = await QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  // The dark modules: one path, whatever attribute quoting the browser's serializer uses.
  const modules = (svg: string) => /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  expect(modules(await qr.innerHTML())).toBe(modules(expected));
  expect(modules(expected)).toBeTruthy();
  await expect(staff.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expectNoSeriousViolations(staff);
  await expectNoHydrationWarnings(staff, hydration);
  return link;
}

async function phone(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  return { context, page: await context.newPage() };
}

for (const language of ["es", "ne"]) {
  test(`a maker walks her portal in ${language} on a 390 px phone: QR link, secret words, preview, approve, stop, leave`, async ({ browser }) => {
    test.setTimeout(150_000);
    const w = words(language);
    const staff = await staffSignIn(browser);
    const link = await handOver(staff, language);

    // She scans the code: her phone opens the link, in her language, with no shop around it.
    const { context, page: maker } = await phone(browser);
    const hydration = watchHydration(maker);
    const referrers: (string | undefined)[] = [];
    await maker.route(LEAVE_URL, (route) => {
      referrers.push(route.request().headers().referer);
      return route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" });
    });
    await maker.goto("about:blank");
    await maker.goto(new URL(link).pathname + new URL(link).search);
    await expect(maker.locator("html")).toHaveAttribute("lang", language);
    await expect(maker.getByRole("heading", { level: 1, name: w("welcome.heading") })).toBeVisible();
    await expect(maker.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(maker.getByText(/Bag \(/)).toHaveCount(0);
    await expect(maker.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(maker.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
    await expectNoHydrationWarnings(maker, hydration);
    await expectNoSeriousViolations(maker);
    await expectNoSideScroll(maker);

    // Her secret words, once, with "Show" to see what she typed.
    const secret = maker.getByLabel(w("welcome.secret"));
    await secret.fill(PASSPHRASE);
    await expect(secret).toHaveAttribute("type", "password");
    await maker.getByLabel(w("secret.show")).check();
    await expect(secret).toHaveAttribute("type", "text");
    await expect(secret).toHaveValue(PASSPHRASE);
    await maker.getByRole("button", { name: w("welcome.submit") }).click();

    await expect(maker.getByRole("heading", { level: 1, name: w("title.public") })).toBeVisible();
    await expect(maker.getByText(w("public.notice.welcome"))).toBeVisible();
    // Offered to keep on her home screen, from a manifest with an icon.
    await expect(maker.getByRole("heading", { name: w("home.heading") })).toBeVisible();
    const manifest = await (await maker.request.get("/maker/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ start_url: "/maker", display: "standalone" });
    const icon = await maker.request.get(manifest.icons[0].src);
    expect(icon.headers()["content-type"]).toBe("image/png");
    await expectNoHydrationWarnings(maker, hydration);
    await expectNoSeriousViolations(maker);
    await expectNoSideScroll(maker);

    // The bottom bar: her four things, each a large target.
    const bottom = maker.getByRole("navigation", { name: w("shell.nav") });
    await expect(bottom.getByRole("link")).toHaveCount(4);
    for (const item of await bottom.getByRole("link").all()) expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await bottom.getByRole("link", { name: w("nav.preview") }).click();
    await expect(maker.getByRole("heading", { level: 1, name: w("title.preview") })).toBeVisible();
    for (const item of await maker.getByRole("switch").all()) await expect(item).not.toBeChecked();
    await maker.getByRole("switch", { name: w("field.displayName"), exact: true }).check();
    await maker.getByRole("switch", { name: w("field.attribution"), exact: true }).check();
    await expect(maker.locator(".portal-frame").getByRole("heading", { name: "Noor" })).toBeVisible();
    await expect(maker.locator(".portal-consent")).toContainText(w("consent.wording").split("{date}")[1]!.trim().slice(0, 20));
    await expectNoHydrationWarnings(maker, hydration);
    await expectNoSeriousViolations(maker);
    await expectNoSideScroll(maker);
    const approve = maker.getByRole("button", { name: w("preview.approve") });
    expect((await approve.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await approve.click();
    await expect(maker.getByText(w("public.notice.approved"))).toBeVisible();
    await expect(maker.locator(".portal-choices")).toContainText(w("field.attribution"));

    // Her piece carries her name.
    const shopper = await (await browser.newContext()).newPage();
    await shopper.goto("/products/ember-cuff");
    await expect(shopper.locator(".maker-attribution")).toHaveText("Made by Noor");

    // Staff credit a second piece to her: her pieces list both, with counts only, in her words.
    await staff.goto("/admin/products?q=drift");
    await staff.getByRole("link", { name: "Drift chain necklace" }).click();
    await staff.getByRole("checkbox", { name: /^Maker 031/ }).check();
    await staff.getByRole("button", { name: "Save changes" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(staff.getByRole("checkbox", { name: /^Maker 031/ })).toBeChecked();
    await bottom.getByRole("link", { name: w("nav.public") }).click();
    await expect(maker.getByRole("heading", { level: 2, name: w("pieces.heading") })).toBeVisible();
    await expect(maker.locator(".maker-pieces")).toContainText("Drift chain necklace");
    await expect(maker.locator(".maker-pieces")).toContainText("Ember cuff");
    await shopper.goto("/products/drift-chain-necklace");
    await expect(shopper.locator(".maker-attribution")).toHaveText("Made by Noor");
    await shopper.goto("/products/ember-cuff");

    // She stops showing it, with one confirmation.
    await maker.getByRole("link", { name: w("public.stopAll") }).click();
    await expect(maker.getByRole("heading", { level: 1, name: w("stop.heading") })).toBeVisible();
    await expectNoSeriousViolations(maker);
    await maker.getByRole("button", { name: w("stop.yes") }).click();
    await expect(maker.getByText(w("public.notice.stopped"))).toBeVisible();
    await shopper.reload();
    await expect(shopper.locator(".maker-attribution")).toHaveText(FALLBACK);

    // Her history, in her words; her other pages, in her language.
    await bottom.getByRole("link", { name: w("nav.history") }).click();
    await expect(maker.getByRole("heading", { level: 1, name: w("title.history") })).toBeVisible();
    // Newest first: she stopped showing both, after she chose to show both.
    const history = maker.locator(".portal-history li");
    for (const [item, id] of [[0, "history.withdrawn"], [1, "history.granted"]] as const) {
      await expect(history.nth(item)).toContainText(w("phrase.attribution"));
      for (const words of fixedParts(w(id))) await expect(history.nth(item)).toContainText(words);
    }
    await expectNoSeriousViolations(maker);
    await bottom.getByRole("link", { name: w("nav.edit") }).click();
    await expect(maker.getByRole("heading", { level: 1, name: w("title.edit") })).toBeVisible();
    await expect(maker.getByText(w("photo.hint"))).toBeVisible();
    await expectNoHydrationWarnings(maker, hydration);
    await expectNoSeriousViolations(maker);
    await expectNoSideScroll(maker);

    // Her language is remembered: a new tab on a plain address opens in it.
    const again = await context.newPage();
    await again.goto("/maker/history");
    await expect(again.locator("html")).toHaveAttribute("lang", language);
    await again.close();

    // Leave quickly: the neutral page replaces the portal, and Back does not bring it back.
    await maker.getByRole("link", { name: w("shell.leave") }).click();
    await expect(maker).toHaveURL(LEAVE_URL);
    expect(referrers).toEqual([undefined]);
    await maker.goBack();
    expect(maker.url()).toBe("about:blank");
    expect(hydration).toEqual([]);
    await context.close();
  });
}

test("without JavaScript: her language form, sign-in, and a plain leave-quickly link", async ({ browser }) => {
  const { page } = await phone(browser, { javaScriptEnabled: false });
  await page.goto("/maker/preview");
  await expect(page).toHaveURL(/\/maker\/login\?redirectTo=/);
  const ne = words("ne");
  await page.getByRole("button", { name: ne("language.name") }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ne");
  await expect(page).toHaveURL(/redirectTo=/);
  await expect(page.getByRole("link", { name: ne("shell.leave") })).toHaveAttribute("href", LEAVE_URL);
  // No "Show" box without JavaScript: the field stays a plain password field.
  await expect(page.getByLabel(ne("secret.show"))).toHaveCount(0);
  await page.getByLabel(ne("login.name")).fill("nobody-0000");
  await page.getByLabel(ne("login.secret")).fill("not the right words");
  await page.getByRole("button", { name: ne("login.submit") }).click();
  await expect(page.getByText(ne("login.invalid"))).toBeVisible();
});

test("back-office pages hydrate without a warning", async ({ browser }) => {
  test.setTimeout(90_000);
  const staff = await staffSignIn(browser);
  const hydration = watchHydration(staff);
  for (const path of ["/admin", "/admin/products", "/admin/inventory", "/admin/orders", "/admin/makers", "/admin/journal", "/admin/collections", "/admin/staff", "/admin/audit", "/admin/mailbox"]) {
    await staff.goto(path);
    await expectNoHydrationWarnings(staff, hydration);
  }
  await staff.goto("/admin/makers");
  await staff.getByRole("link", { name: "Maker 014" }).click();
  await expect(staff.getByLabel("Country (optional)")).toBeVisible();
  await expectNoHydrationWarnings(staff, hydration);
});
