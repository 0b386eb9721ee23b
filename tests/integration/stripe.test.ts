// Checkout through Stripe: the SDK talks to a local stand-in for the Stripe API, and webhooks
// are signed with the SDK's test-header helper, as Stripe signs them.
import Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { STAND_IN_WEBHOOK_SECRET, startStripeStandInForApp } from "../stripe-stand-in.ts";

// Before any app module reads the environment.
const standIn = await startStripeStandInForApp();
const WEBHOOK_SECRET = STAND_IN_WEBHOOK_SECRET;

const { prisma } = await import("~/utils/db.server");
const { action: checkoutAction } = await import("~/routes/checkout");
const { action: cancelAction } = await import("~/routes/checkout_.cancelled");
const { loader: testPayLoader } = await import("~/routes/checkout_.test.$sessionId");
const { action: webhookAction } = await import("~/routes/webhooks.stripe");
const { reconcileOrder, expireReservation } = await import("~/services/checkout.server");
const { createProduct } = await import("../factories/product.ts");
const { checkoutArgs, createCart, orderState, stockOf } = await import("../factories/order.ts");
const { actionArgs, loaderArgs, testContext } = await import("../remix.ts");
const { startShop } = await import("../http.ts");

afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
});

/** A bag of `quantity` of a fresh variant, checked out: the order, its variant and its Stripe session. */
async function startCheckout({ onHand = 3, quantity = 1, price = 4800, giftWrap = false } = {}) {
  const product = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", size: "17 cm", price, onHand }] });
  const variant = product.variants[0]!;
  const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity }], { giftWrap, giftNote: "For Ama" });
  const response = await checkoutAction(checkoutArgs(cookie, { [variant.id]: price }));
  const order = await prisma.order.findFirstOrThrow({ where: { cartId }, select: { id: true, token: true, number: true, stripeSessionId: true } });
  return { response, variant, cartId, cookie, order, sessionId: order.stripeSessionId! };
}

let eventCounter = 0;
function event(type: string, object: unknown, id = `evt_test_${++eventCounter}_${Date.now()}`) {
  return { id, object: "event", api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object } };
}

function webhook(payload: unknown, { secret = WEBHOOK_SECRET, timestamp, signature }: { secret?: string; timestamp?: number; signature?: string | null } = {}) {
  const body = JSON.stringify(payload);
  const header = signature === undefined ? Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp }) : signature;
  const headers = new Headers({ "Content-Type": "application/json" });
  if (header !== null) headers.set("Stripe-Signature", header);
  return webhookAction({ request: new Request("http://localhost:3000/webhooks/stripe", { method: "POST", headers, body }), params: {}, context: testContext() });
}

/** Everything a webhook could change, to show that a refused one changed nothing. */
async function snapshot(orderId: string, variantId: string) {
  return {
    order: await orderState(orderId),
    stock: await stockOf(variantId),
    ledger: await prisma.inventoryLedgerEntry.count({ where: { variantId } }),
    events: await prisma.stripeEvent.count(),
    emails: await prisma.outboxEmail.count({ where: { orderId } }),
  };
}

describe("POST /checkout with Stripe", () => {
  it("creates the Checkout Session from the order in the database, and redirects to it", async () => {
    const { response, order, sessionId } = await startCheckout({ quantity: 2, giftWrap: true });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`https://checkout.stripe.com/c/pay/${sessionId}`);

    const creates = standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
    expect(creates).toHaveLength(1);
    const { form, headers } = creates[0]!;
    expect(headers["idempotency-key"]).toBe(`checkout-session-${order.id}`);
    const expiresAt = Number(form.expires_at);
    const now = Date.now() / 1000;
    expect(expiresAt - now).toBeGreaterThan(30 * 60);
    expect(expiresAt - now).toBeLessThan(31 * 60);
    expect(form).toEqual({
      mode: "payment",
      "line_items[0][quantity]": "2",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][unit_amount]": "4800",
      "line_items[0][price_data][product_data][name]": "Lumen bracelet",
      "line_items[0][price_data][product_data][description]": "Gold vermeil, 17 cm",
      "line_items[0][price_data][product_data][metadata][sku]": expect.stringMatching(/^T-/),
      "line_items[1][quantity]": "1",
      "line_items[1][price_data][currency]": "usd",
      "line_items[1][price_data][unit_amount]": "500",
      "line_items[1][price_data][product_data][name]": "Gift wrap",
      "line_items[1][price_data][product_data][description]": "Recycled paper, a cotton ribbon and a plain card",
      ...Object.fromEntries(["US", "CA", "GB", "IE", "FR", "DE", "NL", "AU", "NZ"].map((c, i) => [`shipping_address_collection[allowed_countries][${i}]`, c])),
      // $96 of pieces: standard shipping is free from $75.
      "shipping_options[0][shipping_rate_data][type]": "fixed_amount",
      "shipping_options[0][shipping_rate_data][display_name]": "Free standard shipping",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "0",
      "shipping_options[0][shipping_rate_data][fixed_amount][currency]": "usd",
      "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][unit]": "business_day",
      "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][value]": "5",
      "shipping_options[0][shipping_rate_data][delivery_estimate][maximum][unit]": "business_day",
      "shipping_options[0][shipping_rate_data][delivery_estimate][maximum][value]": "8",
      "shipping_options[0][shipping_rate_data][metadata][option]": "standard",
      "shipping_options[1][shipping_rate_data][type]": "fixed_amount",
      "shipping_options[1][shipping_rate_data][display_name]": "Express shipping",
      "shipping_options[1][shipping_rate_data][fixed_amount][amount]": "1800",
      "shipping_options[1][shipping_rate_data][fixed_amount][currency]": "usd",
      "shipping_options[1][shipping_rate_data][delivery_estimate][minimum][unit]": "business_day",
      "shipping_options[1][shipping_rate_data][delivery_estimate][minimum][value]": "2",
      "shipping_options[1][shipping_rate_data][delivery_estimate][maximum][unit]": "business_day",
      "shipping_options[1][shipping_rate_data][delivery_estimate][maximum][value]": "3",
      "shipping_options[1][shipping_rate_data][metadata][option]": "express",
      client_reference_id: order.id,
      "metadata[orderId]": order.id,
      "metadata[orderNumber]": String(order.number),
      "payment_intent_data[metadata][orderId]": order.id,
      success_url: `http://localhost:3000/orders/${order.token}`,
      cancel_url: `http://localhost:3000/checkout/cancelled?order=${order.token}`,
      expires_at: String(expiresAt),
    });
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(Math.floor(stored.expiresAt.getTime() / 1000)).toBe(expiresAt);
    expect(stored.checkoutUrl).toBe(response.headers.get("Location"));
  });

  it("charges standard shipping under the threshold", async () => {
    await startCheckout({ price: 2500 });
    const form = standIn.requests.find((r) => r.path === "/v1/checkout/sessions")!.form;
    expect(form["shipping_options[0][shipping_rate_data][display_name]"]).toBe("Standard shipping");
    expect(form["shipping_options[0][shipping_rate_data][fixed_amount][amount]"]).toBe("600");
  });

  it("goes back to the bag, charging nothing and holding nothing, when Stripe refuses", async () => {
    const product = await createProduct({ variants: [{ onHand: 1 }] });
    const variant = product.variants[0]!;
    const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 1 }]);
    standIn.refuseNext();
    const response = await checkoutAction(checkoutArgs(cookie));
    expect(response.headers.get("Location")).toBe("/cart");
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
    expect((await prisma.order.findFirstOrThrow({ where: { cartId } })).status).toBe("CANCELLED");
    // And the next try works.
    expect((await checkoutAction(checkoutArgs(cookie))).headers.get("Location")).toMatch(/^https:\/\/checkout\.stripe\.com\//);
  });

  it("cancel expires the session at Stripe before releasing the pieces", async () => {
    const { order, sessionId, variant } = await startCheckout();
    const back = await cancelAction(actionArgs("/checkout/cancelled", { order: order.token }));
    expect(back.headers.get("Location")).toBe("/cart");
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toContain(`POST /v1/checkout/sessions/${sessionId}/expire`);
    expect(standIn.sessions.get(sessionId)!.status).toBe("expired");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("cancel after the shopper paid in another tab fulfils instead of releasing", async () => {
    const { order, sessionId, variant } = await startCheckout();
    standIn.complete(sessionId);
    const back = await cancelAction(actionArgs("/checkout/cancelled", { order: order.token }));
    expect(back.headers.get("Location")).toBe(`/orders/${order.token}`);
    expect((await orderState(order.id)).status).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("has no test payment page while Stripe is configured", async () => {
    const response = await testPayLoader(loaderArgs("/checkout/test/cs_test_local_AAAAAAAAAAAAAAAAAAAAAAAA", { sessionId: "cs_test_local_AAAAAAAAAAAAAAAAAAAAAAAA" })).catch(
      (thrown: Response) => thrown,
    );
    expect(response.status).toBe(404);
  });
});

describe("POST /webhooks/stripe", () => {
  it("fulfils a paid checkout.session.completed in one go: paid, stock moved, ledger, email, bag emptied", async () => {
    const { order, sessionId, variant, cartId } = await startCheckout({ quantity: 2, price: 2500 });
    const session = standIn.complete(sessionId);
    const response = await webhook(event("checkout.session.completed", session));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "applied" });

    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({
      status: "PAID",
      email: "mira@example.com",
      customerName: "Mira Okafor",
      paymentIntentId: `pi_${sessionId}`,
      shippingOption: "Standard shipping",
      shippingAmount: 600,
      subtotal: 5000,
      total: 5600,
      shippingAddress: { name: "Mira Okafor", line1: "4 Harbour Road", line2: null, city: "Galway", state: null, postalCode: "H91 X2Y3", country: "IE" },
    });
    expect(await stockOf(variant.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.findMany({ where: { variantId: variant.id }, select: { delta: true, reason: true, orderId: true } })).toEqual([
      { delta: -2, reason: "SOLD", orderId: order.id },
    ]);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { orderId: order.id } });
    expect(email.subject).toBe(`Thank you — order ${order.number} is confirmed`);
    expect(email.text).toContain("Hello Mira,");
    expect(email.text).toContain("For Ama");
    expect(email.text).toContain("Galway");
    expect(email.html).toContain("For Ama");
    expect(await prisma.cartLine.count({ where: { cartId } })).toBe(0);
  });

  it("does a repeated event once, whether delivered three times in a row or all at once", async () => {
    for (const concurrently of [false, true]) {
      const { order, sessionId, variant } = await startCheckout();
      const payload = event("checkout.session.completed", standIn.complete(sessionId));
      const responses = concurrently
        ? await Promise.all([webhook(payload), webhook(payload), webhook(payload)])
        : [await webhook(payload), await webhook(payload), await webhook(payload)];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      const outcomes = await Promise.all(responses.map(async (r) => ((await r.json()) as { outcome: string }).outcome));
      expect(outcomes.sort()).toEqual(["applied", "duplicate-event", "duplicate-event"]);
      expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
      expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: variant.id } })).toBe(1);
      expect(await prisma.outboxEmail.count({ where: { orderId: order.id } })).toBe(1);
      expect(await prisma.stripeEvent.count({ where: { id: payload.id } })).toBe(1);
    }
  });

  it("ends in the same state whatever order the events come in", async () => {
    // Completed, then expired: the paid order keeps its sale.
    const first = await startCheckout();
    const paid = standIn.complete(first.sessionId);
    await webhook(event("checkout.session.completed", paid));
    expect(await (await webhook(event("checkout.session.expired", { ...paid, status: "expired" }))).json()).toMatchObject({ outcome: "no-change" });
    expect((await orderState(first.order.id)).status).toBe("PAID");
    expect(await stockOf(first.variant.id)).toEqual({ onHand: 2, reserved: 0 });

    // Completed (delayed method, unpaid), then async succeeded, then completed again and succeeded again.
    const second = await startCheckout();
    const unpaid = standIn.complete(second.sessionId, { payment_status: "unpaid" });
    await webhook(event("checkout.session.completed", unpaid));
    expect((await orderState(second.order.id)).status).toBe("PROCESSING");
    expect(await stockOf(second.variant.id)).toEqual({ onHand: 3, reserved: 1 });
    const succeeded = { ...unpaid, payment_status: "paid" };
    await webhook(event("checkout.session.async_payment_succeeded", succeeded));
    await webhook(event("checkout.session.completed", unpaid));
    await webhook(event("checkout.session.async_payment_failed", unpaid));
    expect((await orderState(second.order.id)).status).toBe("PAID");
    expect(await stockOf(second.variant.id)).toEqual({ onHand: 2, reserved: 0 });

    // Async success arriving before completed.
    const third = await startCheckout();
    const thirdPaid = standIn.complete(third.sessionId);
    await webhook(event("checkout.session.async_payment_succeeded", thirdPaid));
    await webhook(event("checkout.session.completed", thirdPaid));
    expect((await orderState(third.order.id)).status).toBe("PAID");
    expect(await stockOf(third.variant.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: third.variant.id } })).toBe(1);

    // Async failure releases; expired after it changes nothing more.
    const fourth = await startCheckout();
    const failed = standIn.complete(fourth.sessionId, { payment_status: "unpaid" });
    await webhook(event("checkout.session.completed", failed));
    await webhook(event("checkout.session.async_payment_failed", failed));
    await webhook(event("checkout.session.expired", { ...failed, status: "expired" }));
    expect((await orderState(fourth.order.id)).status).toBe("PAYMENT_FAILED");
    expect(await stockOf(fourth.variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("releases the reservation when the session expires", async () => {
    const { order, sessionId, variant } = await startCheckout();
    await webhook(event("checkout.session.expired", { ...standIn.sessions.get(sessionId), status: "expired" }));
    expect((await orderState(order.id)).status).toBe("EXPIRED");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("refuses a missing, wrong or stale signature with a 400 and changes nothing", async () => {
    const { order, sessionId, variant } = await startCheckout();
    const payload = event("checkout.session.completed", standIn.complete(sessionId));
    const before = await snapshot(order.id, variant.id);
    const attempts = [
      webhook(payload, { signature: null }),
      webhook(payload, { signature: "t=1,v1=deadbeef" }),
      webhook(payload, { secret: "whsec_someone_else" }),
      webhook(payload, { timestamp: Math.floor(Date.now() / 1000) - 60 * 60 }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(400);
    expect(await snapshot(order.id, variant.id)).toEqual(before);
    // A body changed after signing is refused too.
    const body = JSON.stringify(payload);
    const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET });
    const tampered = await webhookAction({
      request: new Request("http://localhost:3000/webhooks/stripe", { method: "POST", headers: { "Stripe-Signature": header }, body: body.replace("4800", "1") }),
      params: {},
      context: testContext(),
    });
    expect(tampered.status).toBe(400);
    expect(await snapshot(order.id, variant.id)).toEqual(before);
  });

  it("answers 200 to event types it does not handle, and records them", async () => {
    const payload = event("customer.created", { id: "cus_123", object: "customer" });
    const response = await webhook(payload);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "ignored" });
    expect(await prisma.stripeEvent.findUniqueOrThrow({ where: { id: payload.id } })).toMatchObject({ type: "customer.created" });
  });

  it("records a session for an unknown order and changes nothing", async () => {
    const { order, sessionId, variant } = await startCheckout();
    const session = { ...standIn.complete(sessionId), metadata: { orderId: "no-such-order" }, client_reference_id: "no-such-order" };
    const before = await snapshot(order.id, variant.id);
    const payload = event("checkout.session.completed", session);
    const response = await webhook(payload);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "unknown-order" });
    expect(await snapshot(order.id, variant.id)).toEqual({ ...before, events: before.events + 1 });
  });

  it("answers 400 to a handled type whose object is not what Stripe sends, changing nothing", async () => {
    const { order, variant } = await startCheckout();
    const before = await snapshot(order.id, variant.id);
    const response = await webhook(event("checkout.session.completed", { id: "cs_x", object: "checkout.session", payment_status: "maybe" }));
    expect(response.status).toBe(400);
    expect(await snapshot(order.id, variant.id)).toEqual(before);
  });

  it("writes nothing when fulfilment fails after the order update, and the retry succeeds", async () => {
    const { order, sessionId, variant } = await startCheckout();
    const payload = event("checkout.session.completed", standIn.complete(sessionId));
    const before = await snapshot(order.id, variant.id);
    // The confirmation email is queued after the order, stock and ledger are written: fail there.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mail queue unavailable'; END; $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_outbox BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION fail_outbox()`);
    try {
      await expect(webhook(payload)).rejects.toThrow(/mail queue unavailable/);
      expect(await snapshot(order.id, variant.id)).toEqual(before);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER fail_outbox ON "OutboxEmail"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION fail_outbox()`);
    }
    const retry = await webhook(payload);
    expect(await retry.json()).toEqual({ received: true, outcome: "applied" });
    expect(await snapshot(order.id, variant.id)).toMatchObject({ order: { status: "PAID" }, stock: { onHand: 2, reserved: 0 }, ledger: 1, emails: 1 });
  });

  it("marks a partial and then a full refund from charge.refunded, idempotently", async () => {
    const { order, sessionId } = await startCheckout({ price: 2500 });
    await webhook(event("checkout.session.completed", standIn.complete(sessionId)));
    const charge = { id: "ch_1", object: "charge", payment_intent: `pi_${sessionId}`, amount: 3100, amount_refunded: 1000, refunded: false };
    const partial = event("charge.refunded", charge);
    await webhook(partial);
    await webhook(partial);
    expect(await orderState(order.id)).toMatchObject({ status: "PAID", refundedAmount: 1000, total: 3100 });
    await webhook(event("charge.refunded", { ...charge, amount_refunded: 3100, refunded: true }));
    // An older event arriving late does not lower the amount.
    await webhook(event("charge.refunded", charge));
    expect(await orderState(order.id)).toMatchObject({ status: "REFUNDED", refundedAmount: 3100 });
  });
});

describe("the webhook over HTTP", () => {
  it("reaches the route from Stripe's servers (no same-site origin) with its raw body intact", async () => {
    const shop = await startShop();
    try {
      const { order, sessionId, variant } = await startCheckout();
      const body = JSON.stringify(event("checkout.session.completed", standIn.complete(sessionId)), null, 2);
      const post = (signature: string) =>
        shop.fetch("/webhooks/stripe", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Stripe-Signature": signature, "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
          body,
        });
      expect((await post("t=1,v1=0")).status).toBe(400);
      const response = await post(Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET }));
      expect(response.status).toBe(200);
      expect((await orderState(order.id)).status).toBe("PAID");
      expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
      // Every other write from another site is still refused.
      const checkout = await shop.fetch("/checkout", { method: "POST", headers: { Origin: "https://evil.example" } });
      expect(checkout.status).toBe(403);
    } finally {
      await shop.close();
    }
  });
});

describe("reconciliation", () => {
  it("fulfils an order whose webhook was lost, by asking Stripe", async () => {
    const { order, sessionId, variant } = await startCheckout();
    standIn.complete(sessionId);
    expect(await reconcileOrder({ id: order.id, stripeSessionId: sessionId })).toBe("applied");
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toContain(`GET /v1/checkout/sessions/${sessionId}`);
    expect((await orderState(order.id)).status).toBe("PAID");
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await reconcileOrder({ id: order.id, stripeSessionId: sessionId })).toBe("no-change");
  });

  it("leaves an open session alone, and releases an expired one", async () => {
    const { order, sessionId, variant } = await startCheckout();
    expect(await reconcileOrder({ id: order.id, stripeSessionId: sessionId })).toBe("no-change");
    standIn.sessions.get(sessionId)!.status = "expired";
    expect(await reconcileOrder({ id: order.id, stripeSessionId: sessionId })).toBe("applied");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("releases a reservation past its expiry: Stripe's session is expired first; if Stripe is down, released anyway", async () => {
    const open = await startCheckout();
    expect(await expireReservation({ id: open.order.id, stripeSessionId: open.sessionId })).toBe("applied");
    expect(standIn.sessions.get(open.sessionId)!.status).toBe("expired");
    expect((await orderState(open.order.id)).status).toBe("EXPIRED");
    expect(await stockOf(open.variant.id)).toEqual({ onHand: 3, reserved: 0 });

    const unreachable = await startCheckout();
    standIn.refuseNext(10);
    expect(await expireReservation({ id: unreachable.order.id, stripeSessionId: unreachable.sessionId })).toBe("applied");
    standIn.refuseNext(0);
    expect(await stockOf(unreachable.variant.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("a payment found after the reservation was released takes the stock again, or flags the order for staff", async () => {
    const { order, sessionId, variant } = await startCheckout({ onHand: 1 });
    await expireReservation({ id: order.id, stripeSessionId: null });
    // Someone else buys the last one meanwhile.
    await prisma.productVariant.update({ where: { id: variant.id }, data: { onHand: 0 } });
    standIn.complete(sessionId);
    expect(await reconcileOrder({ id: order.id, stripeSessionId: sessionId })).toBe("applied");
    expect(await orderState(order.id)).toMatchObject({ status: "PAID", stockShort: true });
    expect(await stockOf(variant.id)).toEqual({ onHand: 0, reserved: 0 });
  });
});
