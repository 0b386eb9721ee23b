import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { handlePaymentEvent } from "~/services/checkout.server";
import { verifyStripeWebhook, WebhookSignatureError } from "~/services/payments.server";
import { shopOrigin } from "~/utils/origin.server";
import { readText } from "~/utils/request-body.server";

/**
 * POST /webhooks/stripe: the signature is checked on the raw body before anything else; a
 * missing, wrong or stale one is a 400 and changes nothing. Handled events change the order;
 * others are recorded and acknowledged. A failure answers 500, so Stripe delivers it again.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return json({ error: "Method not allowed" }, { status: 405, headers: { Allow: "POST" } });
  const body = await readText(request);
  let event: unknown;
  try {
    event = verifyStripeWebhook(body, request.headers.get("stripe-signature"));
  } catch (error) {
    if (error instanceof WebhookSignatureError) return json({ error: "Invalid signature" }, { status: 400 });
    throw error;
  }
  const result = await handlePaymentEvent(event, shopOrigin(request));
  if (!result.ok) {
    context.logger?.warn({ reason: result.error }, "webhook event not understood");
    return json({ error: result.error }, { status: 400 });
  }
  return json({ received: true, outcome: result.outcome });
}
