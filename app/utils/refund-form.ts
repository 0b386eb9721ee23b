import { formatMinorUnits, parseMinorUnits } from "~/utils/admin-forms";
import { currencyDigits, formatMoney } from "~/utils/money";
import { amountInWords } from "~/utils/money-words";

/** What staff asked to refund, checked against what is left on the order. */
export type RefundRequest = {
  amount: number;
  lines: { orderLineId: string; quantity: number }[];
  restock: boolean;
  reason: string;
};

export type RefundableOrder = {
  currency: string;
  total: number;
  refundedAmount: number;
  lines: { id: string; productName: string; variantTitle: string; unitPrice: number; quantity: number; refundedQuantity: number }[];
};

const MAX_REASON = 200;

/**
 * Reads the refund form: an amount (which starts empty), and how many of each piece (`qty.<line
 * id>`). With pieces chosen and no amount, the amount is what those pieces cost. Cancelling a
 * paid order refunds everything that is left. Errors are keyed by field name.
 */
export function readRefundForm(
  fields: Record<string, string>,
  order: RefundableOrder,
  { cancel = false } = {},
): { ok: true; request: RefundRequest } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const money = (amount: number) => formatMoney(amount, order.currency);
  const left = order.total - order.refundedAmount;
  const lines: RefundRequest["lines"] = [];
  for (const line of order.lines) {
    const remaining = line.quantity - line.refundedQuantity;
    if (cancel) {
      if (remaining > 0) lines.push({ orderLineId: line.id, quantity: remaining });
      continue;
    }
    const text = (fields[`qty.${line.id}`] ?? "").trim();
    if (text === "" || text === "0") continue;
    if (!/^\d{1,4}$/.test(text) || Number(text) > remaining) {
      errors[`qty.${line.id}`] = remaining === 0 ? "Every one of these was refunded already." : `Choose from 0 to ${remaining}.`;
      continue;
    }
    lines.push({ orderLineId: line.id, quantity: Number(text) });
  }
  const piecesTotal = lines.reduce((sum, chosen) => sum + chosen.quantity * order.lines.find((line) => line.id === chosen.orderLineId)!.unitPrice, 0);
  const amountText = (fields.amount ?? "").trim();
  let amount: number | null = cancel ? left : null;
  if (!cancel && amountText !== "") {
    amount = parseMinorUnits(amountText, currencyDigits(order.currency));
    if (!amount) errors.amount = `Enter an amount like ${formatMinorUnits(1250, currencyDigits(order.currency))}.`;
  } else if (!cancel && lines.length > 0) amount = Math.min(piecesTotal, left);
  else if (!cancel && Object.keys(errors).length === 0) errors.amount = "Enter an amount, or choose the pieces to refund.";
  if (amount && amount > left) errors.amount = `At most ${money(left)} is left to refund on this order.`;
  const restock = fields.restock === "on";
  if (restock && lines.length === 0 && !errors.amount) errors.restock = "Choose the pieces to put back in stock, or untick this.";
  const reason = (fields.reason ?? "").trim();
  if (reason.length > MAX_REASON) errors.reason = `Please keep the reason to ${MAX_REASON} characters.`;
  if (Object.keys(errors).length > 0 || !amount) return { ok: false, errors };
  return { ok: true, request: { amount, lines, restock, reason } };
}

/** What the confirmation step shows before anything reaches the payment provider. */
export function refundConfirmation(request: RefundRequest, order: RefundableOrder) {
  return {
    ...request,
    formatted: formatMoney(request.amount, order.currency),
    words: amountInWords(request.amount, order.currency),
    amountText: formatMinorUnits(request.amount, currencyDigits(order.currency)),
    pieces: request.lines.map((chosen) => {
      const line = order.lines.find((l) => l.id === chosen.orderLineId)!;
      return { ...chosen, name: `${line.productName} (${line.variantTitle})` };
    }),
  };
}
export type RefundConfirmation = ReturnType<typeof refundConfirmation>;
