// Overload: a request whose transaction cannot get a connection in time is answered 503 with
// Retry-After and a friendly message, never a 500, and changes nothing. One pooled connection
// and a short wait make "the database is busy" happen on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_POOL_SIZE = "1";
process.env.DATABASE_TX_WAIT_MS = "200";

const { prisma, waitingForConnection } = await import("~/utils/db.server");
const { createProduct } = await import("../factories/product.ts");
const { startShop } = await import("../http.ts");

let shop: Awaited<ReturnType<typeof startShop>>;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop.close());

/** Holds the pool's only connection in a transaction until `release` is called. */
async function holdTheConnection() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let acquired!: () => void;
  const holding = new Promise<void>((resolve) => (acquired = resolve));
  const done = prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      acquired();
      await released;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  await holding;
  return async () => {
    release();
    await done;
  };
}

describe("when the database cannot take a request on", () => {
  it("adding to the bag answers 503 with Retry-After, writes nothing, and works once there is room", async () => {
    const product = await createProduct({ variants: [{ onHand: 5 }] });
    const form = new URLSearchParams({ intent: "add", variantId: product.variants[0]!.id, quantity: "1", enhanced: "1" });
    const add = () =>
      shop.fetch("/cart?_data=routes%2Fcart", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: shop.origin },
        body: form,
      });

    const release = await holdTheConnection();
    const answer = add();
    // The add is queued for the connection; once it has waited past DATABASE_TX_WAIT_MS, free it.
    await expect.poll(waitingForConnection, { timeout: 20_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await release();
    const busy = await answer;
    expect(busy.status).toBe(503);
    expect(busy.headers.get("Retry-After")).toBe("5");
    const body = await busy.text();
    expect(body).toContain("very busy");
    expect(body).not.toMatch(/\bat .+:\d+:\d+|Prisma|P2028/);
    expect(await prisma.cartLine.count()).toBe(0);
    expect(await prisma.cart.count()).toBe(0);

    const later = await add();
    expect(later.status).toBe(200);
    expect(await prisma.cartLine.count()).toBe(1);
  });
});
