import { createHash, randomBytes } from "node:crypto";
import Stripe from "stripe";
import { getEnv } from "~/utils/env.server";
import { SHIPPING_COUNTRIES, type ShippingOption } from "~/utils/shop";

/**
 * The one place that talks to the payment provider. With STRIPE_SECRET_KEY and
 * STRIPE_WEBHOOK_SECRET set, that is Stripe (or a Stripe-compatible API at STRIPE_API_BASE);
 * without them, outside production, the built-in test provider, whose payment page lives in
 * this shop and whose outcomes are Stripe-shaped events fed to the same handler as webhooks.
 */

export type CheckoutSessionRequest = {
  order: {
    id: string;
    number: number;
    currency: string;
    giftWrapAmount: number;
    lines: { productName: string; variantTitle: string; sku: string; unitPrice: number; quantity: number }[];
  };
  shippingOptions: ShippingOption[];
  successUrl: string;
  cancelUrl: string;
  /** The test provider's payment page is in this shop, at this origin. */
  origin: string;
  expiresAt: Date;
};

export type CreatedSession = { id: string; url: string };

export interface PaymentProvider {
  readonly kind: "STRIPE" | "TEST";
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CreatedSession>;
  /** The session as the provider has it now (a Checkout Session object), or null when the provider keeps none. */
  retrieveCheckoutSession(sessionId: string): Promise<unknown>;
  /**
   * Ends an open session so it can no longer be paid, and returns it as it now is (it may have
   * been completed first). Null when the provider keeps no sessions of its own.
   */
  expireCheckoutSession(sessionId: string): Promise<unknown>;
  refund(request: { paymentIntentId: string; amount: number; idempotencyKey: string }): Promise<{ id: string }>;
}

class PaymentProviderError extends Error {}

function stripeClient(secretKey: string) {
  const base = getEnv().STRIPE_API_BASE;
  const url = base ? new URL(base) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(url
      ? { host: url.hostname, port: url.port || (url.protocol === "http:" ? 80 : 443), protocol: url.protocol === "http:" ? "http" : "https" }
      : {}),
  });
}

/** The parameters of a Checkout Session for an order: every amount comes from the order's own lines. */
function checkoutSessionParams(request: CheckoutSessionRequest): Stripe.Checkout.SessionCreateParams {
  const { order } = request;
  const currency = order.currency.toLowerCase();
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = order.lines.map((line) => ({
    quantity: line.quantity,
    price_data: {
      currency,
      unit_amount: line.unitPrice,
      product_data: { name: line.productName, description: line.variantTitle, metadata: { sku: line.sku } },
    },
  }));
  if (order.giftWrapAmount > 0) {
    lineItems.push({
      quantity: 1,
      price_data: {
        currency,
        unit_amount: order.giftWrapAmount,
        product_data: { name: "Gift wrap", description: "Recycled paper, a cotton ribbon and a plain card" },
      },
    });
  }
  return {
    mode: "payment",
    line_items: lineItems,
    shipping_address_collection: { allowed_countries: [...SHIPPING_COUNTRIES] },
    shipping_options: request.shippingOptions.map((option) => ({
      shipping_rate_data: {
        type: "fixed_amount",
        display_name: option.label,
        fixed_amount: { amount: option.amount, currency },
        delivery_estimate: {
          minimum: { unit: "business_day", value: option.minDays },
          maximum: { unit: "business_day", value: option.maxDays },
        },
        metadata: { option: option.id },
      },
    })),
    client_reference_id: order.id,
    metadata: { orderId: order.id, orderNumber: String(order.number) },
    payment_intent_data: { metadata: { orderId: order.id } },
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    expires_at: Math.floor(request.expiresAt.getTime() / 1000),
  };
}

/** Stripe's key for creating an order's session: a retried or repeated request gets the same session. */
function checkoutIdempotencyKey(orderId: string) {
  return `checkout-session-${orderId}`;
}

function stripeProvider(secretKey: string): PaymentProvider {
  const stripe = stripeClient(secretKey);
  return {
    kind: "STRIPE",
    async createCheckoutSession(request) {
      const session = await stripe.checkout.sessions.create(checkoutSessionParams(request), {
        idempotencyKey: checkoutIdempotencyKey(request.order.id),
      });
      if (!session.url) throw new PaymentProviderError("Stripe returned a Checkout Session without a URL.");
      return { id: session.id, url: session.url };
    },
    retrieveCheckoutSession(sessionId) {
      return stripe.checkout.sessions.retrieve(sessionId);
    },
    async expireCheckoutSession(sessionId) {
      try {
        return await stripe.checkout.sessions.expire(sessionId);
      } catch (error) {
        // Only open sessions can be expired; one that completed or expired already is returned as it is.
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return stripe.checkout.sessions.retrieve(sessionId);
        throw error;
      }
    },
    async refund({ paymentIntentId, amount, idempotencyKey }) {
      const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, amount }, { idempotencyKey });
      return { id: refund.id };
    },
  };
}

/** Session ids of the test provider: derived from the order, so asking twice gives the same one. */
function testSessionId(orderId: string) {
  return `cs_test_local_${createHash("sha256").update(orderId).digest("base64url").slice(0, 24)}`;
}

const testProvider: PaymentProvider = {
  kind: "TEST",
  async createCheckoutSession(request) {
    const id = testSessionId(request.order.id);
    return { id, url: `${request.origin}/checkout/test/${id}` };
  },
  // The test provider keeps no state: the order is the whole truth.
  async retrieveCheckoutSession() {
    return null;
  },
  async expireCheckoutSession() {
    return null;
  },
  async refund({ idempotencyKey }) {
    return { id: `re_test_local_${createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 24)}` };
  },
};

let provider: PaymentProvider | undefined;

export function getPaymentProvider(): PaymentProvider {
  if (provider) return provider;
  const env = getEnv();
  if (env.STRIPE_SECRET_KEY) provider = stripeProvider(env.STRIPE_SECRET_KEY);
  else if (env.NODE_ENV === "production") throw new PaymentProviderError("STRIPE_SECRET_KEY is required in production.");
  else provider = testProvider;
  return provider;
}

export class WebhookSignatureError extends Error {}

/**
 * The event in a webhook request, after checking its Stripe-Signature header against the raw
 * body (and that it is recent: 5 minutes). Throws WebhookSignatureError otherwise.
 */
export function verifyStripeWebhook(rawBody: string, signature: string | null): unknown {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) throw new WebhookSignatureError("Missing signature or webhook secret.");
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : "Invalid signature.");
  }
}

/** A Stripe-shaped event for an outcome on the test provider's payment page. */
export function testProviderEvent(type: string, object: Record<string, unknown>) {
  return {
    id: `evt_test_local_${randomBytes(12).toString("base64url")}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
  };
}
