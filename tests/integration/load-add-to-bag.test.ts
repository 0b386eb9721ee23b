// 300 shoppers press "Add to bag" at the same moment, over HTTP, against the real build with
// the default pool (DATABASE_POOL_SIZE 10): every one is answered, none with a 5xx, and every
// bag holds its piece.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { startShop } from "../http.ts";

const SHOPPERS = 300;

let shop: Awaited<ReturnType<typeof startShop>>;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop.close());

describe("adding to the bag under load", () => {
  it(`${SHOPPERS} concurrent adds: no 5xx, one bag each`, { timeout: 120_000 }, async () => {
    const product = await createProduct({ variants: [{ onHand: 5 }] });
    const variantId = product.variants[0]!.id;
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: SHOPPERS }, async () => {
        const response = await shop.fetch("/cart", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: shop.origin },
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
