// The words of the emails an order sends. Plain text first; the HTML says the same thing.
import { formatMoney } from "~/utils/money";
import { addressLines, orderLabel, type ShippingAddress } from "~/utils/orders";
import { escapeXml } from "~/utils/xml";

export type EmailOrder = {
  number: number;
  token: string;
  currency: string;
  customerName: string | null;
  subtotal: number;
  giftWrapAmount: number;
  shippingAmount: number;
  shippingOption: string | null;
  total: number;
  giftNote: string;
  shippingAddress: ShippingAddress | null;
  lines: { productName: string; variantTitle: string; unitPrice: number; quantity: number }[];
};

export type EmailContent = { subject: string; text: string; html: string };

function greeting(order: EmailOrder) {
  const first = order.customerName?.trim().split(/\s+/)[0];
  return first ? `Hello ${first},` : "Hello,";
}

function totals(order: EmailOrder): [string, string][] {
  const money = (amount: number) => formatMoney(amount, order.currency);
  return [
    ["Pieces", money(order.subtotal)],
    ...(order.giftWrapAmount > 0 ? ([["Gift wrap", money(order.giftWrapAmount)]] as [string, string][]) : []),
    [order.shippingOption ?? "Shipping", order.shippingAmount === 0 ? "Free" : money(order.shippingAmount)],
    ["Total", money(order.total)],
  ];
}

function html(paragraphs: string[]) {
  return [
    '<!doctype html><html lang="en"><body style="margin:0;padding:24px;background:#fbf8f3;color:#2a2420;',
    'font:16px/1.6 Georgia,serif"><div style="max-width:560px;margin:0 auto">',
    ...paragraphs,
    "</div></body></html>",
  ].join("");
}

const p = (text: string) => `<p style="margin:0 0 16px">${escapeXml(text).replaceAll("\n", "<br>")}</p>`;

/** Sent once the payment has come through. */
export function orderConfirmationEmail(order: EmailOrder, origin: string): EmailContent {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const link = `${origin}/orders/${order.token}`;
  const items = order.lines.map((line) => `${line.productName} (${line.variantTitle}) × ${line.quantity} — ${money(line.unitPrice * line.quantity)}`);
  const sums = totals(order).map(([label, value]) => `${label}: ${value}`);
  const address = order.shippingAddress ? addressLines(order.shippingAddress) : [];
  const intro = "Thank you for your order. Your payment has come through, and we will pack your pieces with care in our studio.";
  const after = "We will write again when your parcel is on its way.";

  const text = [
    greeting(order),
    "",
    intro,
    "",
    orderLabel(order.number),
    ...items.map((item) => `- ${item}`),
    ...sums,
    ...(order.giftNote ? ["", "Your gift note, printed on the card in the parcel:", order.giftNote] : []),
    ...(address.length ? ["", "Shipping to:", ...address] : []),
    "",
    "You can see your order at any time here:",
    link,
    "",
    after,
    "",
    "With warm wishes,",
    "Belonging",
  ].join("\n");

  const rows = [...items, ...sums].map((row) => `<li>${escapeXml(row)}</li>`).join("");
  const body = html([
    p(greeting(order)),
    p(intro),
    `<h1 style="font-size:20px;font-weight:500;margin:24px 0 8px">${escapeXml(orderLabel(order.number))}</h1>`,
    `<ul style="padding-left:20px;margin:0 0 16px">${rows}</ul>`,
    ...(order.giftNote ? [p("Your gift note, printed on the card in the parcel:"), `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #e4d9ca">${p(order.giftNote)}</blockquote>`] : []),
    ...(address.length ? [p(`Shipping to:\n${address.join("\n")}`)] : []),
    `<p style="margin:0 0 16px"><a href="${escapeXml(link)}" style="color:#8a4b22">See your order</a></p>`,
    p(after),
    p("With warm wishes,\nBelonging"),
  ]);
  return { subject: `Thank you — ${orderLabel(order.number).toLowerCase()} is confirmed`, text, html: body };
}

/** Sent when staff mark the order shipped. */
export function shippingNoticeEmail(order: EmailOrder, origin: string, shipment: { carrier: string; trackingNumber: string }): EmailContent {
  const link = `${origin}/orders/${order.token}`;
  const intro = `Your parcel has left our studio and is on its way with ${shipment.carrier}.`;
  const tracking = `Tracking number: ${shipment.trackingNumber}`;
  const address = order.shippingAddress ? addressLines(order.shippingAddress) : [];
  const text = [
    greeting(order),
    "",
    intro,
    tracking,
    ...(address.length ? ["", "Shipping to:", ...address] : []),
    "",
    "Your order:",
    link,
    "",
    "We hope it brings joy to whoever wears it.",
    "",
    "With warm wishes,",
    "Belonging",
  ].join("\n");
  const body = html([
    p(greeting(order)),
    p(intro),
    p(tracking),
    ...(address.length ? [p(`Shipping to:\n${address.join("\n")}`)] : []),
    `<p style="margin:0 0 16px"><a href="${escapeXml(link)}" style="color:#8a4b22">See your order</a></p>`,
    p("We hope it brings joy to whoever wears it."),
    p("With warm wishes,\nBelonging"),
  ]);
  return { subject: `${orderLabel(order.number)} is on its way`, text, html: body };
}
