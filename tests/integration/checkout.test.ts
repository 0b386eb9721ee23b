// Checkout with the built-in test provider (no Stripe keys): the bag, the reservation, the
// test payment page, the confirmation page, and the oversell race.
import { describe, expect, it } from "vitest";
import { loader as cartLoader } from "~/routes/cart";
import { action as checkoutAction, loader as checkoutLoader } from "~/routes/checkout";
import { action as cancelAction, loader as cancelledLoader } from "~/routes/checkout_.cancelled";
import { action as testPayAction, loader as testPayLoader } from "~/routes/checkout_.test.$sessionId";
import { loader as orderLoader } from "~/routes/orders.$token";
import { prisma, recordQueries } from "~/utils/db.server";
import { checkoutArgs, createCart, orderState, setCookieOf, stockOf } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { actionArgs, loaderArgs } from "../remix.ts";

async function checkout(cookie: string | null, prices: Record<string, number> = {}) {
  return checkoutAction(checkoutArgs(cookie, prices));
}

function sessionIdOf(response: Response) {
  const match = /\/checkout\/test\/(cs_test_local_[A-Za-z0-9_-]+)$/.exec(response.headers.get("Location") ?? "");
  if (!match) throw new Error(`Not a test payment page: ${response.headers.get("Location")}`);
  return match[1]!;
}

async function bagPage(cookie: string) {
  const response = await cartLoader(loaderArgs("/cart", {}, { headers: { Cookie: cookie } }));
  return (await response.json()) as { checkoutNotice: { tone: string; messages: string[] } | null };
}

const PAY_FORM = {
  intent: "pay",
  email: "mira@example.com",
  name: "Mira Okafor",
  line1: "4 Harbour Road",
  line2: "",
  city: "Galway",
  state: "",
  postalCode: "H91 X2Y3",
  country: "IE",
  shipping: "standard",
};

function testPage(sessionId: string, form?: Record<string, string>) {
  const init: RequestInit = form
    ? { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000" }, body: new URLSearchParams(form) }
    : {};
  return loaderArgs(`/checkout/test/${sessionId}`, { sessionId }, init);
}

async function orderOfSession(sessionId: string) {
  return prisma.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId }, select: { id: true, token: true, status: true } });
}

describe("checkout with the test provider", () => {
  it("reserves the bag and opens the test payment page; Pay fulfils it and empties the bag", async () => {
    const product = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", size: "17 cm", price: 4800, onHand: 3 }] });
    const variant = product.variants[0]!;
    const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 2 }], { giftNote: "For Ama, with love", giftWrap: true });

    const response = await checkout(cookie, { [variant.id]: 4800 });
    expect(response.status).toBe(303);
    const sessionId = sessionIdOf(response);
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 2 });
    const pending = await orderOfSession(sessionId);
    expect(pending.status).toBe("PENDING");
    expect(await orderState(pending.id)).toMatchObject({ subtotal: 9600, total: 10100 });

    const page = await (await testPayLoader(testPage(sessionId))).json();
    expect(page.open).toBe(true);
    expect(page.order.lines).toEqual([expect.objectContaining({ productName: "Lumen bracelet", variantTitle: "Gold vermeil, 17 cm", quantity: 2, unitPrice: 4800 })]);

    const paid = await testPayAction(testPage(sessionId, PAY_FORM));
    expect(paid.status).toBe(303);
    expect(paid.headers.get("Location")).toBe(`/orders/${pending.token}`);
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
    // Free standard shipping from $75: the subtotal is $96.
    expect(await orderState(pending.id)).toMatchObject({ status: "PAID", shippingAmount: 0, total: 10100, email: "mira@example.com", _count: { emails: 1 } });
    const ledger = await prisma.inventoryLedgerEntry.findMany({ where: { variantId: variant.id } });
    expect(ledger).toEqual([expect.objectContaining({ delta: -2, reason: "SOLD", orderId: pending.id })]);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { orderId: pending.id } });
    expect(email).toMatchObject({ to: "mira@example.com", kind: "order-confirmation", status: "PENDING" });
    expect(email.text).toContain("For Ama, with love");
    expect(email.text).toContain(`/orders/${pending.token}`);
    expect(await prisma.cartLine.count({ where: { cartId } })).toBe(0);
    expect(await prisma.cart.findUniqueOrThrow({ where: { id: cartId } })).toMatchObject({ giftNote: "", giftWrap: false });

    // The page is done: paying again does nothing.
    const again = await testPayAction(testPage(sessionId, PAY_FORM));
    expect(again.headers.get("Location")).toBe(`/orders/${pending.token}`);
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: variant.id } })).toBe(1);
  });

  it("shows the confirmation page from the order alone, in one query, never cached", async () => {
    const product = await createProduct({ variants: [{ price: 2500, onHand: 4 }] });
    const variant = product.variants[0]!;
    const { cookie } = await createCart([{ variantId: variant.id, quantity: 1 }], { giftNote: "Happy birthday" });
    const sessionId = sessionIdOf(await checkout(cookie));
    const { token } = await orderOfSession(sessionId);

    const { result: pendingPage, queries } = await recordQueries(() => orderLoader(loaderArgs(`/orders/${token}`, { token })));
    expect(queries).toHaveLength(1);
    expect(pendingPage.headers.get("Cache-Control")).toBe("private, no-store");
    const pending = (await pendingPage.json()).order;
    expect(pending).toMatchObject({ status: "PENDING", giftNote: "Happy birthday", total: 2500, shippingAddress: null });

    await testPayAction(testPage(sessionId, { ...PAY_FORM, shipping: "express" }));
    const paid = (await (await orderLoader(loaderArgs(`/orders/${token}`, { token }))).json()).order;
    expect(paid).toMatchObject({
      status: "PAID",
      shippingOption: "Express shipping",
      shippingAmount: 1800,
      total: 4300,
      shippingAddress: { name: "Mira Okafor", line1: "4 Harbour Road", city: "Galway", postalCode: "H91 X2Y3", country: "IE" },
    });
    expect(paid).not.toHaveProperty("id");

    for (const bad of ["nope", "x".repeat(43)]) {
      const response = await orderLoader(loaderArgs(`/orders/${bad}`, { token: bad })).catch((thrown: Response) => thrown);
      expect(response.status).toBe(404);
    }
  });

  it("Decline releases the reservation and keeps the bag; the order says nothing was charged", async () => {
    const product = await createProduct({ variants: [{ onHand: 1 }] });
    const variant = product.variants[0]!;
    const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 1 }]);
    const sessionId = sessionIdOf(await checkout(cookie));
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 1 });

    const declined = await testPayAction(testPage(sessionId, { intent: "decline" }));
    const order = await orderOfSession(sessionId);
    expect(declined.headers.get("Location")).toBe(`/orders/${order.token}`);
    expect(order.status).toBe("PAYMENT_FAILED");
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await prisma.cartLine.count({ where: { cartId } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { orderId: order.id } })).toBe(0);

    // The ended page cannot be paid any more.
    expect((await (await testPayLoader(testPage(sessionId))).json()).open).toBe(false);
    await testPayAction(testPage(sessionId, PAY_FORM));
    expect((await orderOfSession(sessionId)).status).toBe("PAYMENT_FAILED");
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
  });

  it("Cancel goes back to the bag with the reservation released and a message", async () => {
    const product = await createProduct({ variants: [{ onHand: 2 }] });
    const variant = product.variants[0]!;
    const { cookie } = await createCart([{ variantId: variant.id, quantity: 2 }]);
    const sessionId = sessionIdOf(await checkout(cookie));
    const order = await orderOfSession(sessionId);

    const cancel = await testPayAction(testPage(sessionId, { intent: "cancel" }));
    expect(cancel.headers.get("Location")).toBe(`/checkout/cancelled?order=${order.token}`);
    // The page it lands on changes nothing by being fetched (a link preview, a prefetch).
    const page = await cancelledLoader(loaderArgs(`/checkout/cancelled?order=${order.token}`));
    expect(await page.json()).toEqual({ token: order.token, open: true, paymentUrl: expect.stringContaining(`/checkout/test/${sessionId}`) });
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 2 });
    expect((await orderOfSession(sessionId)).status).toBe("PENDING");

    const back = await cancelAction(actionArgs("/checkout/cancelled", { order: order.token }));
    expect(back.status).toBe(303);
    expect(back.headers.get("Location")).toBe("/cart");
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
    expect((await orderOfSession(sessionId)).status).toBe("CANCELLED");
    // Pressed again (back button, double click): nothing more changes.
    const again = await cancelAction(actionArgs("/checkout/cancelled", { order: order.token }));
    expect(again.headers.get("Location")).toBe("/cart");
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: "cancelled" } })).toBe(1);
    const notice = setCookieOf(back, "checkout_notice")!;
    expect((await bagPage(`${cookie}; ${notice}`)).checkoutNotice).toEqual({
      tone: "info",
      messages: ["Your checkout was cancelled and nothing was charged. Your pieces are still in your bag."],
    });
  });

  it("refuses test payment details that are not valid, inline, changing nothing", async () => {
    const product = await createProduct({ variants: [{ onHand: 2 }] });
    const { cookie } = await createCart([{ variantId: product.variants[0]!.id, quantity: 1 }]);
    const sessionId = sessionIdOf(await checkout(cookie));
    const response = await testPayAction(testPage(sessionId, { ...PAY_FORM, email: "not-an-email", country: "XX", line1: " " }));
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).errors).sort()).toEqual(["country", "email", "line1"]);
    expect((await orderOfSession(sessionId)).status).toBe("PENDING");
    const unknown = await testPayLoader(testPage("cs_test_local_AAAAAAAAAAAAAAAAAAAAAAAA")).catch((thrown: Response) => thrown);
    expect(unknown.status).toBe(404);
  });
});

describe("back to the bag when something is not available", () => {
  it("gives a message per line and reserves nothing", async () => {
    const lumen = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", size: "17 cm", onHand: 3, reserved: 2 }] });
    const hoop = await createProduct({ name: "Tide hoops", variants: [{ metal: "Silver", onHand: 1, reserved: 1 }] });
    const ring = await createProduct({ name: "Ember ring", variants: [{ onHand: 5 }] });
    const draft = await createProduct({ name: "Quiet pendant", status: "DRAFT", variants: [{ onHand: 5 }] });
    const { cartId, cookie } = await createCart([
      { variantId: lumen.variants[0]!.id, quantity: 2 },
      { variantId: hoop.variants[0]!.id, quantity: 1 },
      { variantId: ring.variants[0]!.id, quantity: 1 },
      { variantId: draft.variants[0]!.id, quantity: 1 },
    ]);

    const response = await checkout(cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/cart");
    const notice = setCookieOf(response, "checkout_notice")!;
    expect((await bagPage(`${cookie}; ${notice}`)).checkoutNotice).toEqual({
      tone: "error",
      messages: ["Only 1 left of Lumen bracelet, Gold vermeil, 17 cm.", "Tide hoops, Silver has just sold out.", "Quiet pendant is no longer available. Please remove it from your bag."],
    });
    expect(await prisma.order.count({ where: { cartId } })).toBe(0);
    expect(await stockOf(ring.variants[0]!.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await stockOf(lumen.variants[0]!.id)).toEqual({ onHand: 3, reserved: 2 });
  });

  it("points out a price that changed since the bag was shown", async () => {
    const product = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", price: 5200, onHand: 3 }] });
    const variant = product.variants[0]!;
    const { cookie } = await createCart([{ variantId: variant.id, quantity: 1 }]);
    const response = await checkout(cookie, { [variant.id]: 4800 });
    const notice = setCookieOf(response, "checkout_notice")!;
    expect((await bagPage(`${cookie}; ${notice}`)).checkoutNotice?.messages).toEqual([
      "The price of Lumen bracelet, Gold vermeil is now $52.00 (it was $48.00).",
    ]);
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("sends an empty or missing bag back, and a GET of /checkout goes to the bag", async () => {
    for (const cookie of [null, (await createCart([])).cookie]) {
      const response = await checkout(cookie);
      expect(response.headers.get("Location")).toBe("/cart");
      expect(setCookieOf(response, "checkout_notice")).not.toBeNull();
    }
    expect((await checkoutLoader()).headers.get("Location")).toBe("/cart");
  });

  it("counts the bag's own open checkout as still the bag's, and no one else's", async () => {
    const product = await createProduct({ variants: [{ onHand: 1 }] });
    const variant = product.variants[0]!;
    const mine = await createCart([{ variantId: variant.id, quantity: 1 }]);
    const theirs = await createCart([{ variantId: variant.id, quantity: 1 }]);
    await checkout(mine.cookie);
    const bag = async (cookie: string) =>
      ((await (await cartLoader(loaderArgs("/cart", {}, { headers: { Cookie: cookie } }))).json()) as { cart: { lines: { available: number; purchasable: boolean }[] } }).cart.lines[0];
    expect(await bag(mine.cookie)).toMatchObject({ available: 1, purchasable: true });
    expect(await bag(theirs.cookie)).toMatchObject({ available: 0, purchasable: false });
  });

  it("reuses the open checkout of an unchanged bag, and ends it when the bag changed", async () => {
    const product = await createProduct({ variants: [{ onHand: 1 }, { metal: "Gold", onHand: 4 }] });
    const [one, other] = product.variants;
    const { cartId, cookie } = await createCart([{ variantId: one!.id, quantity: 1 }]);
    const first = await checkout(cookie);
    // Back from the payment page and checkout again: the same page, not "sold out" for her own piece.
    const second = await checkout(cookie);
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await prisma.order.count({ where: { cartId } })).toBe(1);
    expect(await stockOf(one!.id)).toEqual({ onHand: 1, reserved: 1 });

    await prisma.cartLine.create({ data: { cartId, variantId: other!.id, quantity: 2 } });
    const third = await checkout(cookie);
    expect(third.headers.get("Location")).not.toBe(first.headers.get("Location"));
    const orders = await prisma.order.findMany({ where: { cartId }, select: { status: true }, orderBy: { createdAt: "asc" } });
    expect(orders.map((o) => o.status)).toEqual(["CANCELLED", "PENDING"]);
    expect(await stockOf(one!.id)).toEqual({ onHand: 1, reserved: 1 });
    expect(await stockOf(other!.id)).toEqual({ onHand: 4, reserved: 2 });
  });
});

describe("the last pieces, under load", () => {
  it.each([1, 2, 3, 4, 5])("50 concurrent checkouts for the last 5 units give exactly 5 reservations (run %i)", async () => {
    const product = await createProduct({ name: "Hearth bracelet", variants: [{ metal: "Rose gold vermeil", size: "18 cm", onHand: 5 }] });
    const variant = product.variants[0]!;
    const carts = await Promise.all(Array.from({ length: 50 }, () => createCart([{ variantId: variant.id, quantity: 1 }])));

    const responses = await Promise.all(carts.map(({ cookie }) => checkout(cookie)));
    const won = responses.filter((r) => /\/checkout\/test\//.test(r.headers.get("Location") ?? ""));
    const lost = responses.filter((r) => r.headers.get("Location") === "/cart");
    expect(won).toHaveLength(5);
    expect(lost).toHaveLength(45);
    expect(await stockOf(variant.id)).toEqual({ onHand: 5, reserved: 5 });
    expect(await prisma.order.count({ where: { lines: { some: { variantId: variant.id } }, status: "PENDING" } })).toBe(5);
    const notices = await Promise.all(lost.slice(0, 3).map(async (r) => (await bagPage(`${carts[0]!.cookie}; ${setCookieOf(r, "checkout_notice")}`)).checkoutNotice));
    expect(notices).toEqual(Array(3).fill({ tone: "error", messages: ["Hearth bracelet, Rose gold vermeil, 18 cm has just sold out."] }));
  });

  it("reserves nothing at all for a shopper when one of her pieces runs out mid-race", async () => {
    const plenty = await createProduct({ variants: [{ onHand: 40 }] });
    const scarce = await createProduct({ variants: [{ onHand: 3 }] });
    const [a, b] = [plenty.variants[0]!, scarce.variants[0]!];
    const carts = await Promise.all(
      Array.from({ length: 30 }, () => createCart([{ variantId: a.id, quantity: 1 }, { variantId: b.id, quantity: 1 }])),
    );
    const responses = await Promise.all(carts.map(({ cookie }) => checkout(cookie)));
    expect(responses.filter((r) => /\/checkout\/test\//.test(r.headers.get("Location") ?? ""))).toHaveLength(3);
    expect(await stockOf(a.id)).toEqual({ onHand: 40, reserved: 3 });
    expect(await stockOf(b.id)).toEqual({ onHand: 3, reserved: 3 });
  });

  it("never sells more than there is when each shopper wants two", async () => {
    const product = await createProduct({ variants: [{ onHand: 5 }] });
    const variant = product.variants[0]!;
    const carts = await Promise.all(Array.from({ length: 20 }, () => createCart([{ variantId: variant.id, quantity: 2 }])));
    const responses = await Promise.all(carts.map(({ cookie }) => checkout(cookie)));
    expect(responses.filter((r) => /\/checkout\/test\//.test(r.headers.get("Location") ?? ""))).toHaveLength(2);
    expect(await stockOf(variant.id)).toEqual({ onHand: 5, reserved: 4 });
  });
});
