// A double-clicked (or five times pressed) Checkout: one order and one Stripe session per bag,
// through the Stripe SDK against the local stand-in; a changed bag supersedes the old checkout.
import { afterAll, describe, expect, it } from "vitest";
import { startStripeStandInForApp } from "../stripe-stand-in.ts";

// Before any app module reads the environment.
const standIn = await startStripeStandInForApp();

const { prisma } = await import("~/utils/db.server");
const { action: checkoutAction } = await import("~/routes/checkout");
const { createProduct } = await import("../factories/product.ts");
const { checkoutArgs, createCart, stockOf } = await import("../factories/order.ts");

afterAll(() => standIn.close());

const REPETITIONS = 10;

function sessionsCreatedFor(orderIds: string[]) {
  const ids = new Set(orderIds);
  return [...standIn.sessions.values()].filter((session) => ids.has(String((session.metadata as Record<string, string>).orderId)));
}

describe("pressing Checkout more than once for one bag", () => {
  it.each([2, 5])("%i presses at once give one order, one Stripe session and one reservation, every time", async (presses) => {
    for (let run = 0; run < REPETITIONS; run++) {
      const product = await createProduct({ variants: [{ price: 4800, onHand: 1 }] });
      const variant = product.variants[0]!;
      const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 1 }]);

      const responses = await Promise.all(Array.from({ length: presses }, () => checkoutAction(checkoutArgs(cookie, { [variant.id]: 4800 }))));

      const locations = responses.map((response) => response.headers.get("Location"));
      expect(responses.map((response) => response.status)).toEqual(Array(presses).fill(303));
      expect(new Set(locations).size).toBe(1);
      expect(locations[0]).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_standin_/);
      const orders = await prisma.order.findMany({ where: { cartId }, select: { id: true, status: true, checkoutUrl: true } });
      expect(orders).toEqual([expect.objectContaining({ status: "PENDING", checkoutUrl: locations[0] })]);
      expect(sessionsCreatedFor(orders.map((order) => order.id))).toHaveLength(1);
      expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 1 });
    }
  });

  it("presses one after another land on the same payment page", async () => {
    const product = await createProduct({ variants: [{ price: 4800, onHand: 2 }] });
    const variant = product.variants[0]!;
    const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 2 }]);
    const first = await checkoutAction(checkoutArgs(cookie));
    const second = await checkoutAction(checkoutArgs(cookie));
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    const orders = await prisma.order.findMany({ where: { cartId }, select: { id: true } });
    expect(orders).toHaveLength(1);
    expect(sessionsCreatedFor(orders.map((order) => order.id))).toHaveLength(1);
  });

  it("a changed bag supersedes the open checkout: released with the new one made, its Stripe session expired", async () => {
    const product = await createProduct({ variants: [{ price: 4800, onHand: 1 }, { metal: "Gold", price: 5200, onHand: 3 }] });
    const [one, other] = product.variants;
    const { cartId, cookie } = await createCart([{ variantId: one!.id, quantity: 1 }]);
    const first = await checkoutAction(checkoutArgs(cookie));
    const old = await prisma.order.findFirstOrThrow({ where: { cartId }, select: { id: true, stripeSessionId: true } });

    await prisma.cartLine.create({ data: { cartId, variantId: other!.id, quantity: 1 } });
    const presses = await Promise.all(Array.from({ length: 3 }, () => checkoutAction(checkoutArgs(cookie))));
    const locations = new Set(presses.map((response) => response.headers.get("Location")));
    expect(locations.size).toBe(1);
    expect(locations.has(first.headers.get("Location"))).toBe(false);

    const orders = await prisma.order.findMany({ where: { cartId }, select: { id: true, status: true }, orderBy: { createdAt: "asc" } });
    expect(orders.map((order) => order.status)).toEqual(["CANCELLED", "PENDING"]);
    // Her own released piece was hers to take again, in the same transaction.
    expect(await stockOf(one!.id)).toEqual({ onHand: 1, reserved: 1 });
    expect(await stockOf(other!.id)).toEqual({ onHand: 3, reserved: 1 });
    expect(standIn.sessions.get(old.stripeSessionId!)!.status).toBe("expired");
    expect(sessionsCreatedFor([orders[1]!.id])).toHaveLength(1);
  });
});
