// 300 shoppers press "Add to bag" at the same moment, over HTTP, against the real build with
// the default pool (DATABASE_POOL_SIZE 10): every one is answered, none with a 5xx, and every
// bag holds its piece. And hostile requests through the whole server answer 4xx pages.
// Each shopper has her own address (the shop runs as behind one load balancer, which names
// her in X-Forwarded-For), as real shoppers would: one address adding 300 times a second is
// what the bag's rate limit is for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { startShop } from "../http.ts";

const SHOPPERS = 300;

let shop: Awaited<ReturnType<typeof startShop>>;
beforeAll(async () => {
  shop = await startShop({ trustProxy: 1 });
});
afterAll(() => shop.close());

describe("adding to the bag under load", () => {
  it(`${SHOPPERS} concurrent adds: no 5xx, one bag each`, { timeout: 120_000 }, async () => {
    const product = await createProduct({ variants: [{ onHand: 5 }] });
    const variantId = product.variants[0]!.id;
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: SHOPPERS }, async (_, shopper) => {
        const response = await shop.fetch("/cart", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: shop.origin, "X-Forwarded-For": `10.2.${shopper >> 8}.${shopper & 255}` },
          body: new URLSearchParams({ intent: "add", variantId, quantity: "1" }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const tally = Object.fromEntries([...new Set(statuses)].map((status) => [status, statuses.filter((s) => s === status).length]));
    console.info(`${SHOPPERS} concurrent adds in ${Date.now() - started} ms: ${JSON.stringify(tally)}`);

    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(tally).toEqual({ 303: SHOPPERS });
    expect(await prisma.cartLine.count({ where: { variantId, quantity: 1 } })).toBe(SHOPPERS);
  });
});

describe("hostile requests through the whole server", () => {
  it("refuses an Origin that is not this host (or not a URL) with 403, whatever Sec-Fetch-Site says", async () => {
    for (const origin of ["garbage", "http://evil.example", "http://"]) {
      const response = await shop.fetch("/cart", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin", Origin: origin },
        body: "intent=add",
      });
      expect(response.status).toBe(403);
    }
  });

  it("answers a JSON body with the 415 page, a NUL with the 400 page: no stack, scripts allowed by the CSP, nothing stored", async () => {
    const product = await createProduct({ variants: [{ onHand: 5 }] });
    const lines = await prisma.cartLine.count();
    for (const [contentType, body, status] of [
      ["application/json", JSON.stringify({ intent: "gift", giftNote: "hi" }), 415],
      ["application/x-www-form-urlencoded", `intent=add&variantId=${product.variants[0]!.id}&quantity=1%00`, 400],
    ] as const) {
      const response = await shop.fetch("/cart", { method: "POST", headers: { "Content-Type": contentType, Origin: shop.origin }, body });
      expect(response.status).toBe(status);
      const page = await response.text();
      expect(page).toContain("<h1>We couldn&#x27;t read that</h1>");
      // The root boundary's page has no root loader data; its scripts still carry the response's nonce.
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("Content-Security-Policy") ?? "")?.[1];
      expect(nonce).toBeTruthy();
      expect(page).toContain(`<script nonce="${nonce}"`);
      expect(page).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.server\.ts/);
    }
    expect(await prisma.cartLine.count()).toBe(lines);
  });
});
