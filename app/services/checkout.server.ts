import { z } from "zod";
import {
  applyRefundedAmount,
  attachCheckoutSession,
  type EventRef,
  fulfilOrder,
  getOrderForTestPayment,
  listExpiredReservations,
  listOrdersToReconcile,
  markProcessing,
  openCheckoutForCart,
  type OutcomeResult,
  recordIgnoredEvent,
  releaseOrder,
  type ReleaseOutcome,
  type StaffRef,
} from "~/models/order.server";
import { mailQueued } from "~/services/mail.server";
import { getPaymentProvider, testProviderEvent } from "~/services/payments.server";
import { getEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import type { ShippingAddress } from "~/utils/orders";
import { CHECKOUT_MINUTES, shippingOptionsFor } from "~/utils/shop";

/**
 * Checkout and payment outcomes: the steps between the bag, the payment provider and the
 * order model. Webhooks, reconciliation and the test provider's page all end up in
 * handlePaymentEvent() or applySession(), so every path fulfils and releases the same way.
 */

// Stripe wants at least 30 minutes between creating a session and its expiry; a little more
// covers the time the request takes.
const SESSION_MS = CHECKOUT_MINUTES * 60_000 + 30_000;
// An identical open checkout is reused only with enough time left to pay in it.
const REUSE_MIN_MS = 10 * 60_000;

const PROVIDER_UNAVAILABLE =
  "We couldn't reach our payment provider, so nothing was charged and your bag is as it was. Please try again in a moment.";

/** The shop's origin when no request is at hand (jobs, scripts): SHOP_URL, else this machine. */
export function backgroundOrigin() {
  const env = getEnv();
  return env.SHOP_URL ? new URL(env.SHOP_URL).origin : `http://localhost:${env.PORT}`;
}

export type StartCheckoutResult = { ok: true; url: string } | { ok: false; problems: string[] };

/**
 * From the bag to the payment page. However often Checkout is pressed for the same bag, at
 * once or one after another, there is one order and one payment session: the order is found
 * or made under the bag's lock, and the session is asked for with the order's idempotency key,
 * so a press that finds the order still without its page gets the same session from the
 * provider. A changed bag supersedes the old checkout (released in the same transaction); its
 * payment page is ended afterwards.
 */
export async function startCheckout(input: { cartId: string; seenPrices: ReadonlyMap<string, number>; origin: string }): Promise<StartCheckoutResult> {
  const provider = getPaymentProvider();
  const result = await openCheckoutForCart({
    cartId: input.cartId,
    seenPrices: input.seenPrices,
    provider: provider.kind,
    currency: getEnv().SHOP_CURRENCY,
    expiresAt: new Date(Date.now() + SESSION_MS),
    reuseMinMs: REUSE_MIN_MS,
  });
  if (!result.ok) return result;
  const { order, created, superseded } = result;
  await Promise.all(superseded.map(endSupersededSession));
  if (order.checkoutUrl) return { ok: true, url: order.checkoutUrl };

  try {
    const session = await provider.createCheckoutSession({
      order,
      shippingOptions: shippingOptionsFor(order.subtotal),
      successUrl: `${input.origin}/orders/${order.token}`,
      cancelUrl: `${input.origin}/checkout/cancelled?order=${encodeURIComponent(order.token)}`,
      origin: input.origin,
      // The order's own expiry, so every press asks the provider for exactly the same session.
      expiresAt: order.expiresAt,
    });
    if (await attachCheckoutSession(order.id, session)) return { ok: true, url: session.url };
  } catch (error) {
    logger.error({ err: error, orderId: order.id }, "could not create a checkout session");
    // Only the press that made the order ends it; a repeated press leaves it to the first.
    if (created) await releaseOrder(null, order.id, "CANCELLED");
  }
  return { ok: false, problems: [PROVIDER_UNAVAILABLE] };
}

/**
 * The payment page of a superseded checkout is ended so it can no longer be paid. If it was
 * paid just before, the payment is applied (fulfilOrder takes the pieces again, or flags the
 * order for staff); if the provider cannot be reached, the expiry job ends it later.
 */
async function endSupersededSession(order: { id: string; stripeSessionId: string | null }) {
  try {
    await endCheckout(order, "CANCELLED");
  } catch (error) {
    logger.warn({ err: error, orderId: order.id }, "could not end the payment page of a superseded checkout");
  }
}

/**
 * Ends an unpaid checkout: the provider's session is expired first, so it can no longer be
 * paid, then the reservation is released. If the session turns out to have completed in the
 * meantime, it is applied instead (fulfilled or processing) and nothing is released.
 */
export async function endCheckout(order: { id: string; stripeSessionId: string | null }, outcome: ReleaseOutcome, staff: StaffRef = null) {
  if (order.stripeSessionId) {
    const session = await getPaymentProvider().expireCheckoutSession(order.stripeSessionId);
    if (session !== null) {
      const parsed = sessionSchema.safeParse(session);
      if (parsed.success && parsed.data.status === "complete") return applySession(null, parsed.data, backgroundOrigin());
    }
  }
  return releaseOrder(null, order.id, outcome, staff);
}

// ---------------------------------------------------------------------------------------
// Stripe objects, as far as we read them. Unknown fields are allowed; the ones we use are checked.

const addressSchema = z.object({
  line1: z.string().nullish(),
  line2: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  postal_code: z.string().nullish(),
  country: z.string().nullish(),
});

const sessionSchema = z.object({
  id: z.string().min(1),
  object: z.literal("checkout.session"),
  client_reference_id: z.string().nullish(),
  metadata: z.record(z.string()).nullish(),
  status: z.enum(["open", "complete", "expired"]).nullish(),
  payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  customer_details: z.object({ email: z.string().nullish(), name: z.string().nullish(), address: addressSchema.nullish() }).nullish(),
  collected_information: z
    .object({ shipping_details: z.object({ name: z.string().nullish(), address: addressSchema }).nullish() })
    .nullish(),
  shipping_cost: z.object({ amount_total: z.number().int().nonnegative() }).nullish(),
});
type ParsedSession = z.infer<typeof sessionSchema>;

const chargeSchema = z.object({
  id: z.string(),
  object: z.literal("charge"),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  amount_refunded: z.number().int().nonnegative(),
});

const eventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  data: z.object({ object: z.unknown() }),
});

function orderIdOf(session: ParsedSession) {
  return session.metadata?.orderId ?? session.client_reference_id ?? null;
}

function shippingAddressOf(session: ParsedSession): ShippingAddress | null {
  const shipping = session.collected_information?.shipping_details;
  const address = shipping?.address;
  if (!shipping || !address?.line1 || !address.country) return null;
  return {
    name: shipping.name ?? session.customer_details?.name ?? "",
    line1: address.line1,
    line2: address.line2 || null,
    city: address.city ?? "",
    state: address.state || null,
    postalCode: address.postal_code ?? "",
    country: address.country,
  };
}

function detailsOf(session: ParsedSession) {
  const intent = session.payment_intent;
  return {
    sessionId: session.id,
    paymentIntentId: typeof intent === "string" ? intent : (intent?.id ?? null),
    email: session.customer_details?.email ?? null,
    customerName: session.collected_information?.shipping_details?.name ?? session.customer_details?.name ?? null,
    shippingAddress: shippingAddressOf(session),
    shippingAmount: session.shipping_cost?.amount_total ?? null,
  };
}

/** Fulfils, and has the confirmation email sent at once. */
async function fulfil(event: EventRef, orderId: string, details: ReturnType<typeof detailsOf>, origin: string) {
  const outcome = await fulfilOrder(event, orderId, details, origin);
  if (outcome === "applied") mailQueued();
  return outcome;
}

/** Brings an order in line with its session as the provider reports it (reconciliation, cancel). */
async function applySession(event: EventRef, session: ParsedSession, origin: string): Promise<OutcomeResult> {
  const orderId = orderIdOf(session);
  if (!orderId) return "unknown-order";
  if (session.status === "complete") {
    return session.payment_status === "unpaid"
      ? markProcessing(event, orderId, detailsOf(session))
      : fulfil(event, orderId, detailsOf(session), origin);
  }
  if (session.status === "expired") return releaseOrder(event, orderId, "EXPIRED");
  return "no-change";
}

export type EventResult = { ok: true; outcome: OutcomeResult | "ignored" } | { ok: false; error: string };

/**
 * One payment event, from a verified webhook or the test provider. Handled types change the
 * order; any other type is recorded and answered as received. A repeated event does nothing.
 */
export async function handlePaymentEvent(raw: unknown, origin: string): Promise<EventResult> {
  const parsedEvent = eventSchema.safeParse(raw);
  if (!parsedEvent.success) return { ok: false, error: "Not an event." };
  const { id, type, data } = parsedEvent.data;
  const ref = { id, type };

  if (type.startsWith("checkout.session.") && HANDLED.has(type)) {
    const parsed = sessionSchema.safeParse(data.object);
    if (!parsed.success) return { ok: false, error: `Unexpected checkout session: ${parsed.error.issues[0]?.message}` };
    const session = parsed.data;
    const orderId = orderIdOf(session);
    if (!orderId) {
      await recordIgnoredEvent(ref);
      return { ok: true, outcome: "unknown-order" };
    }
    switch (type) {
      case "checkout.session.completed":
        return { ok: true, outcome: await applySession(ref, { ...session, status: "complete" }, origin) };
      case "checkout.session.async_payment_succeeded":
        return { ok: true, outcome: await fulfil(ref, orderId, detailsOf(session), origin) };
      case "checkout.session.async_payment_failed":
        return { ok: true, outcome: await releaseOrder(ref, orderId, "PAYMENT_FAILED") };
      case "checkout.session.expired":
        return { ok: true, outcome: await releaseOrder(ref, orderId, "EXPIRED") };
    }
  }
  if (type === "charge.refunded") {
    const parsed = chargeSchema.safeParse(data.object);
    if (!parsed.success) return { ok: false, error: `Unexpected charge: ${parsed.error.issues[0]?.message}` };
    const intent = parsed.data.payment_intent;
    const paymentIntentId = typeof intent === "string" ? intent : (intent?.id ?? null);
    if (!paymentIntentId) {
      await recordIgnoredEvent(ref);
      return { ok: true, outcome: "unknown-order" };
    }
    return { ok: true, outcome: await applyRefundedAmount(ref, paymentIntentId, parsed.data.amount_refunded) };
  }
  await recordIgnoredEvent(ref);
  return { ok: true, outcome: "ignored" };
}

const HANDLED = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);

// ---------------------------------------------------------------------------------------
// Cancel from the payment page, and background work.

/** Back from the payment page with "cancel": the checkout ends and the pieces are free again. */
export async function cancelCheckout(order: { id: string; stripeSessionId: string | null; status: string }) {
  if (order.status !== "PENDING") return "no-change" as const;
  return endCheckout(order, "CANCELLED");
}

/** Asks the provider about one order still waiting on it, and applies what it says. */
export async function reconcileOrder(order: { id: string; stripeSessionId: string | null }): Promise<OutcomeResult> {
  if (!order.stripeSessionId) return "no-change";
  const session = await getPaymentProvider().retrieveCheckoutSession(order.stripeSessionId);
  if (session === null) return "no-change";
  const parsed = sessionSchema.safeParse(session);
  if (!parsed.success) {
    logger.warn({ orderId: order.id, issue: parsed.error.issues[0]?.message }, "could not read a checkout session");
    return "no-change";
  }
  return applySession(null, parsed.data, backgroundOrigin());
}

/**
 * A reservation past its expiry: the provider's session is ended (or, if it completed,
 * applied). If the provider cannot be reached, the reservation is released anyway: a session
 * can no longer be paid after its expiry, and a payment that completed before it is still
 * fulfilled when reconciliation finds it.
 */
export async function expireReservation(order: { id: string; stripeSessionId: string | null }) {
  try {
    return await endCheckout(order, "EXPIRED");
  } catch (error) {
    logger.warn({ err: error, orderId: order.id }, "provider unreachable; releasing an expired reservation anyway");
    return releaseOrder(null, order.id, "EXPIRED");
  }
}

// ---------------------------------------------------------------------------------------
// The test provider's payment page: its buttons make the events Stripe would send.

export type TestPayment = {
  email: string;
  name: string;
  address: ShippingAddress;
  shippingAmount: number;
};

/** Outcome of a button on the test page: the order's token, and whether the page could still be used. */
export type TestPageResult = { token: string; open: boolean } | null;

/** The test session, if it exists; `open` when it can still be paid (pending and not expired), like a Stripe session. */
async function testSession(sessionId: string) {
  const order = await getOrderForTestPayment(sessionId);
  if (!order) return null;
  const open = order.status === "PENDING" && order.expiresAt.getTime() > Date.now();
  return { order, open, base: { id: sessionId, object: "checkout.session" as const, client_reference_id: order.id, metadata: { orderId: order.id } } };
}

export async function payTestCheckout(sessionId: string, payment: TestPayment, origin: string): Promise<TestPageResult> {
  const found = await testSession(sessionId);
  if (!found) return null;
  if (!found.open) return { token: found.order.token, open: false };
  const session = {
    ...found.base,
    status: "complete",
    payment_status: "paid",
    payment_intent: `pi_test_local_${sessionId.slice(-16)}`,
    customer_details: { email: payment.email, name: payment.name, address: null },
    collected_information: {
      shipping_details: {
        name: payment.address.name,
        address: {
          line1: payment.address.line1,
          line2: payment.address.line2,
          city: payment.address.city,
          state: payment.address.state,
          postal_code: payment.address.postalCode,
          country: payment.address.country,
        },
      },
    },
    shipping_cost: { amount_total: payment.shippingAmount, amount_subtotal: payment.shippingAmount },
  };
  await handlePaymentEvent(testProviderEvent("checkout.session.completed", session), origin);
  return { token: found.order.token, open: true };
}

export async function declineTestCheckout(sessionId: string, origin: string): Promise<TestPageResult> {
  const found = await testSession(sessionId);
  if (!found) return null;
  if (!found.open) return { token: found.order.token, open: false };
  const session = { ...found.base, status: "complete", payment_status: "unpaid" };
  await handlePaymentEvent(testProviderEvent("checkout.session.async_payment_failed", session), origin);
  return { token: found.order.token, open: true };
}

/** A refund on the test provider: the charge.refunded event Stripe would send. */
export async function testRefundEvent(paymentIntentId: string, amountRefunded: number, origin: string) {
  const charge = { id: `ch_test_local_${paymentIntentId.slice(-16)}`, object: "charge", payment_intent: paymentIntentId, amount_refunded: amountRefunded };
  return handlePaymentEvent(testProviderEvent("charge.refunded", charge), origin);
}

// Past its expiry by this much, a reservation is released: the provider's own expiry event has had time to come.
const EXPIRY_GRACE_MS = 2 * 60_000;
// A checkout this old that is still waiting is worth asking the provider about.
const RECONCILE_AFTER_MS = 5 * 60_000;

/** The reservation expiry job: every pending order past its expiry, oldest first. */
export async function releaseExpiredReservations(now = new Date()) {
  let released = 0;
  for (const order of await listExpiredReservations(now, EXPIRY_GRACE_MS, 100)) {
    if ((await expireReservation(order)) === "applied") released++;
  }
  return released;
}

/**
 * The reconciliation job: orders still waiting on Stripe are brought in line with what Stripe
 * says. `minAgeMs` leaves alone checkouts young enough to still be in progress.
 */
export async function reconcilePendingOrders(now = new Date(), minAgeMs = RECONCILE_AFTER_MS) {
  let changed = 0;
  for (const order of await listOrdersToReconcile(now, minAgeMs, 100)) {
    try {
      if ((await reconcileOrder(order)) === "applied") changed++;
    } catch (error) {
      logger.warn({ err: error, orderId: order.id }, "could not reconcile an order");
    }
  }
  return changed;
}
