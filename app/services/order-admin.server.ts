import { randomBytes } from "node:crypto";
import { getOrderForRefund, recordRefund, type Staff, type StaffActionResult } from "~/models/admin-orders.server";
import { getOrderStateById } from "~/models/order.server";
import { endCheckout, testRefundEvent } from "~/services/checkout.server";
import { getPaymentProvider } from "~/services/payments.server";
import { logger } from "~/utils/logger.server";
import { formatMoney } from "~/utils/money";
import { isCancellablePaid, isPaidStatus } from "~/utils/orders";
import type { RefundRequest } from "~/utils/refund-form";

/** A key for one refund form as shown: submitting it twice is one refund. */
export function newRefundKey() {
  return randomBytes(16).toString("base64url");
}

export const CANNOT_CANCEL = "Only a paid order that has not shipped can be cancelled. You can still refund it.";

/**
 * A full or partial refund through the payment provider, of a request staff confirmed (see
 * readRefundForm). `key` comes from the form the staff member saw, so a double submit is one
 * refund at the provider and one here (and the Refund table refuses a second row for the key).
 * `cancel` cancels a paid order that has not shipped: everything left is refunded.
 */
export async function refundOrder(
  staff: Staff,
  orderId: string,
  input: RefundRequest & { key: string; cancel?: boolean },
  origin: string,
): Promise<StaffActionResult> {
  const order = await getOrderForRefund(orderId);
  if (!order) return { ok: false, status: 404, message: "We couldn't find that order." };
  if (!isPaidStatus(order.status) || !order.paymentIntentId) return { ok: false, status: 409, message: "Only a paid order can be refunded." };
  if (input.cancel && !isCancellablePaid(order.status)) return { ok: false, status: 409, message: CANNOT_CANCEL };
  const left = order.total - order.refundedAmount;
  if (input.amount > left) {
    return { ok: false, status: 409, message: `At most ${formatMoney(left, order.currency)} is left to refund on this order.` };
  }
  for (const chosen of input.lines) {
    const line = order.lines.find((l) => l.id === chosen.orderLineId);
    if (!line || chosen.quantity > line.quantity - line.refundedQuantity) {
      return { ok: false, status: 409, message: "Some of these pieces were refunded already. Reload the order and choose again." };
    }
  }
  let refund: { id: string };
  try {
    refund = await getPaymentProvider().refund({ paymentIntentId: order.paymentIntentId, amount: input.amount, idempotencyKey: `refund-${orderId}-${input.key}` });
  } catch (error) {
    logger.warn({ err: error, orderId }, "refund refused by the payment provider");
    return { ok: false, status: 409, message: "The payment provider did not make the refund. Nothing was refunded; please try again, or check the provider's dashboard." };
  }
  const result = await recordRefund(staff, orderId, {
    id: refund.id,
    amount: input.amount,
    reason: input.reason,
    requestKey: input.key,
    lines: input.lines,
    restock: input.restock,
    cancel: input.cancel ?? false,
  });
  // The test provider then sends what Stripe would: charge.refunded with the amount refunded in all.
  if (order.provider === "TEST" && result.ok) {
    const after = await getOrderForRefund(orderId);
    if (after) await testRefundEvent(order.paymentIntentId, after.refundedAmount, origin);
  }
  return result;
}

/** Cancels an order that was never paid: its checkout is ended at the provider and its stock released. */
export async function cancelUnpaidOrder(staff: Staff, orderId: string): Promise<StaffActionResult> {
  const order = await getOrderStateById(orderId);
  if (!order) return { ok: false, status: 404, message: "We couldn't find that order." };
  if (order.status === "PROCESSING") {
    return { ok: false, status: 409, message: "The payment for this order is still clearing, so it cannot be cancelled now. If it fails, the order ends by itself." };
  }
  if (order.status !== "PENDING") {
    return { ok: false, status: 409, message: "Only an order that has not been paid can be cancelled. A paid order can be refunded." };
  }
  await endCheckout(order, "CANCELLED", staff);
  const after = await getOrderStateById(orderId);
  return after?.status === "CANCELLED"
    ? { ok: true, message: "Cancelled. Its pieces are available again." }
    : { ok: false, status: 409, message: "The payment came through just now, so the order was not cancelled. You can refund it instead." };
}
