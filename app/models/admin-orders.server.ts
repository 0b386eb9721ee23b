import { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/models/audit.server";
import { addEvent, emailOrderOf, lockOrder, TX_OPTIONS } from "~/models/order.server";
import { enqueueEmail } from "~/models/outbox.server";
import { ORDERS_PAGE_SIZE } from "~/utils/admin";
import { prisma } from "~/utils/db.server";
import { formatMoney } from "~/utils/money";
import { shippingNoticeEmail } from "~/utils/order-emails";
import { type OrderStatus, readShippingAddress } from "~/utils/orders";

/** Staff acting on an order: for its timeline (name) and the audit log (id, ip). */
export type Staff = { id: string; name: string; ip: string };

export type OrderFilter = { status?: OrderStatus; from?: Date; to?: Date; q?: string; stockShort?: boolean };

const orderRowSelect = {
  id: true,
  number: true,
  status: true,
  email: true,
  customerName: true,
  currency: true,
  total: true,
  refundedAmount: true,
  stockShort: true,
  createdAt: true,
  lines: { select: { quantity: true } },
} satisfies Prisma.OrderSelect;

/** "1042", "#1042" or "order 1042" find the order number; anything else searches emails. */
function searchWhere(q: string): Prisma.OrderWhereInput {
  const number = /^(?:order\s*)?#?\s*(\d{1,9})$/i.exec(q.trim());
  if (number) return { number: Number(number[1]) };
  return { email: { contains: q.trim(), mode: "insensitive" } };
}

/** One page of orders, newest first, in one query; `hasMore` from one extra row. */
export async function listOrders(filter: OrderFilter, page: number) {
  const rows = await prisma.order.findMany({
    where: {
      status: filter.status,
      createdAt: { gte: filter.from, lt: filter.to },
      ...(filter.stockShort ? { stockShort: true, status: { in: ["PAID", "PACKED"] } } : {}),
      ...(filter.q ? searchWhere(filter.q) : {}),
    },
    select: orderRowSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ORDERS_PAGE_SIZE,
    take: ORDERS_PAGE_SIZE + 1,
  });
  return {
    orders: rows.slice(0, ORDERS_PAGE_SIZE).map(({ lines, status, ...row }) => ({
      ...row,
      status: status as OrderStatus,
      pieces: lines.reduce((sum, line) => sum + line.quantity, 0),
    })),
    hasMore: rows.length > ORDERS_PAGE_SIZE,
  };
}

const orderDetailSelect = {
  id: true,
  number: true,
  token: true,
  status: true,
  provider: true,
  currency: true,
  subtotal: true,
  giftWrapAmount: true,
  shippingAmount: true,
  shippingOption: true,
  total: true,
  refundedAmount: true,
  giftWrap: true,
  giftNote: true,
  hidePrices: true,
  email: true,
  customerName: true,
  shippingAddress: true,
  stripeSessionId: true,
  paymentIntentId: true,
  expiresAt: true,
  stockShort: true,
  carrier: true,
  trackingNumber: true,
  paidAt: true,
  packedAt: true,
  shippedAt: true,
  closedAt: true,
  createdAt: true,
  lines: {
    select: {
      id: true,
      variantId: true,
      productName: true,
      variantTitle: true,
      sku: true,
      unitPrice: true,
      quantity: true,
      imageKey: true,
      imageAlt: true,
      imageWidth: true,
      imageHeight: true,
      refundLines: { select: { quantity: true } },
    },
    orderBy: { position: "asc" },
  },
  events: { select: { id: true, type: true, message: true, actorName: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  refunds: { select: { id: true, amount: true, reason: true, restocked: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  emails: { select: { id: true, kind: true, subject: true, status: true, sentAt: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.OrderSelect;

/** Everything staff see about one order, in one query. */
export async function getOrderDetail(orderId: string) {
  const order = await prisma.order.findUnique({ where: { id: orderId }, select: orderDetailSelect });
  if (!order) return null;
  return {
    ...order,
    status: order.status as OrderStatus,
    shippingAddress: readShippingAddress(order.shippingAddress),
    lines: order.lines.map(({ refundLines, ...line }) => ({ ...line, refundedQuantity: sumQuantities(refundLines) })),
  };
}

const sumQuantities = (rows: { quantity: number }[]) => rows.reduce((sum, row) => sum + row.quantity, 0);
export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;

export type StaffActionResult = { ok: true; message: string } | { ok: false; status: 404 | 409; message: string };

const NOT_FOUND: StaffActionResult = { ok: false, status: 404, message: "We couldn't find that order." };

/** Packed and ready to go: from PAID only. */
export async function markPacked(staff: Staff, orderId: string): Promise<StaffActionResult> {
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return NOT_FOUND;
    if (order.status !== "PAID") return { ok: false, status: 409, message: "Only a paid order that is not yet packed can be marked packed." };
    await tx.order.update({ where: { id: orderId }, data: { status: "PACKED", packedAt: new Date() }, select: { id: true } });
    await addEvent(tx, orderId, "packed", "Packed.", staff);
    await recordAudit(tx, staff, { action: "order.packed", entityType: "Order", entityId: orderId, before: { status: order.status }, after: { status: "PACKED" } });
    return { ok: true, message: "Marked packed." };
  }, TX_OPTIONS);
}

/** On its way: from PAID or PACKED, with the carrier and tracking number; the shopper's notice is queued with it. */
export async function markShipped(
  staff: Staff,
  orderId: string,
  shipment: { carrier: string; trackingNumber: string },
  origin: string,
): Promise<StaffActionResult> {
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return NOT_FOUND;
    if (order.status !== "PAID" && order.status !== "PACKED") {
      return { ok: false, status: 409, message: "Only a paid order that has not shipped yet can be marked shipped." };
    }
    await tx.order.update({
      where: { id: orderId },
      data: { status: "SHIPPED", shippedAt: new Date(), carrier: shipment.carrier, trackingNumber: shipment.trackingNumber },
      select: { id: true },
    });
    await addEvent(tx, orderId, "shipped", `Shipped with ${shipment.carrier}, tracking number ${shipment.trackingNumber}.`, staff);
    if (order.email) {
      const email = shippingNoticeEmail(emailOrderOf(order, { shippingAddress: readShippingAddress(order.shippingAddress) }), origin, shipment);
      await enqueueEmail(tx, { idempotencyKey: `shipping-notice:${orderId}`, kind: "shipping-notice", orderId, to: order.email, ...email });
    }
    await recordAudit(tx, staff, {
      action: "order.shipped",
      entityType: "Order",
      entityId: orderId,
      before: { status: order.status },
      after: { status: "SHIPPED", carrier: shipment.carrier, trackingNumber: shipment.trackingNumber },
    });
    return { ok: true, message: order.email ? "Marked shipped. The shopper's shipping notice is on its way." : "Marked shipped." };
  }, TX_OPTIONS);
}

const refundLineSelect = {
  id: true,
  variantId: true,
  productName: true,
  variantTitle: true,
  unitPrice: true,
  quantity: true,
  refundLines: { select: { quantity: true } },
} satisfies Prisma.OrderLineSelect;

type RefundLineRow = Prisma.OrderLineGetPayload<{ select: typeof refundLineSelect }>;
const withRefunded = ({ refundLines, ...line }: RefundLineRow) => ({ ...line, refundedQuantity: sumQuantities(refundLines) });

/** What a refund needs to know first: how much and which pieces are left to refund, and the payment to refund it from. */
export async function getOrderForRefund(orderId: string) {
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      provider: true,
      currency: true,
      total: true,
      refundedAmount: true,
      paymentIntentId: true,
      lines: { select: refundLineSelect, orderBy: { position: "asc" } },
    },
  });
  return order ? { ...order, status: order.status as OrderStatus, lines: order.lines.map(withRefunded) } : null;
}

/** Whether the refund form with this key was refunded already (a late second submit). */
export async function isRefundRecorded(orderId: string, requestKey: string) {
  return (await prisma.refund.count({ where: { orderId, requestKey } })) > 0;
}

export type RecordedRefund = {
  /** The provider's refund id. */
  id: string;
  amount: number;
  reason: string;
  /** The key of the confirmed form. */
  requestKey: string;
  lines: { orderLineId: string; quantity: number }[];
  /** Put the refunded pieces back in stock (RETURNED in the ledger). */
  restock: boolean;
  /** Staff cancelled the paid order: everything left is refunded. */
  cancel: boolean;
};

/**
 * A refund the provider made: recorded once by its id and by the form's key (a repeated request
 * changes nothing), with the pieces it was for, added to the refunded amount; the whole total
 * refunded makes the order REFUNDED. Restocking puts each piece back with a RETURNED ledger row.
 */
export async function recordRefund(staff: Staff, orderId: string, refund: RecordedRefund): Promise<StaffActionResult> {
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return NOT_FOUND;
    const { count } = await tx.refund.createMany({
      data: [{ id: refund.id, orderId, amount: refund.amount, reason: refund.reason, requestKey: refund.requestKey, restocked: refund.restock, actorId: staff.id }],
      skipDuplicates: true,
    });
    if (count === 0) return { ok: true, message: "That refund was already recorded." };
    const lines = new Map((await tx.orderLine.findMany({ where: { orderId }, select: refundLineSelect })).map((line) => [line.id, withRefunded(line)]));
    // Checked before the provider was asked; a concurrent refund of the same pieces (another form)
    // may have won since: the money is recorded as refunded, but no piece is counted or restocked twice.
    const chosenLines = refund.lines.flatMap((chosen) => {
      const line = lines.get(chosen.orderLineId);
      const quantity = line ? Math.min(chosen.quantity, line.quantity - line.refundedQuantity) : 0;
      return quantity > 0 ? [{ orderLineId: chosen.orderLineId, quantity }] : [];
    });
    await tx.refundLine.createMany({ data: chosenLines.map((line) => ({ refundId: refund.id, ...line })) });
    const restocked = refund.restock ? await restockLines(tx, staff, orderId, chosenLines, lines) : [];
    const refunded = Math.min(order.total, order.refundedAmount + refund.amount);
    const full = refunded >= order.total;
    await tx.order.update({
      where: { id: orderId },
      data: { refundedAmount: refunded, ...(full ? { status: "REFUNDED", closedAt: new Date() } : {}) },
      select: { id: true },
    });
    const money = (amount: number) => formatMoney(amount, order.currency);
    const pieces = chosenLines.map((chosen) => `${chosen.quantity} × ${lines.get(chosen.orderLineId)!.productName}`).join(", ");
    const message = [
      refund.cancel ? `Cancelled and refunded ${money(refund.amount)}` : `Refunded ${money(refund.amount)}`,
      pieces ? ` for ${pieces}` : "",
      refund.reason ? ` (${refund.reason})` : "",
      ".",
      restocked.length > 0 ? " The pieces are back in stock." : "",
    ].join("");
    await addEvent(tx, orderId, refund.cancel ? "cancelled" : "refund", message, staff);
    await recordAudit(tx, staff, {
      action: refund.cancel ? "order.cancelled" : "order.refunded",
      entityType: "Order",
      entityId: orderId,
      before: { refundedAmount: order.refundedAmount, status: order.status },
      after: { refundedAmount: refunded, status: full ? "REFUNDED" : order.status, refundId: refund.id, amount: refund.amount, lines: chosenLines, restocked },
    });
    const done = refund.cancel ? `Cancelled. ${money(refund.amount)} refunded` : full ? `Refunded ${money(refund.amount)}: the whole order` : `Refunded ${money(refund.amount)}`;
    return { ok: true, message: `${done}.${restocked.length > 0 ? " The pieces are back in stock." : ""}` };
  }, TX_OPTIONS);
}

/** The refunded pieces go back on hand, each with a RETURNED ledger row naming the order. */
async function restockLines(
  tx: Prisma.TransactionClient,
  staff: Staff,
  orderId: string,
  chosen: RecordedRefund["lines"],
  lines: Map<string, ReturnType<typeof withRefunded>>,
) {
  const back = chosen.flatMap((line) => {
    const variantId = lines.get(line.orderLineId)?.variantId;
    return variantId ? [{ variantId, quantity: line.quantity }] : [];
  });
  for (const line of back) {
    await tx.productVariant.update({ where: { id: line.variantId }, data: { onHand: { increment: line.quantity } }, select: { id: true } });
  }
  await tx.inventoryLedgerEntry.createMany({
    data: back.map((line) => ({ variantId: line.variantId, delta: line.quantity, reason: "RETURNED" as const, note: "Refunded", orderId, actorId: staff.id })),
  });
  return back;
}
