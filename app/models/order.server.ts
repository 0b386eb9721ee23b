import { randomBytes } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/models/audit.server";
import { enqueueEmail } from "~/models/outbox.server";
import { prisma, transaction } from "~/utils/db.server";
import { formatMoney } from "~/utils/money";
import { orderConfirmationEmail, type EmailOrder } from "~/utils/order-emails";
import { readShippingAddress, type OrderStatus, type ShippingAddress } from "~/utils/orders";
import { GIFT_WRAP_PRICE, shippingOptionsFor } from "~/utils/shop";

type Tx = Prisma.TransactionClient;

// Fifty shoppers may queue for the last pieces at once: give each transaction room to wait its turn.
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/** A Stripe event (or a test provider's) that caused a change; recorded by id in the same transaction. */
export type EventRef = { id: string; type: string } | null;

/** Staff acting on an order, for its timeline and the audit log. Null: the shop itself (webhook, job, shopper). */
export type StaffRef = { id: string; name: string; ip: string } | null;

// ---------------------------------------------------------------------------------------
// Checkout: the pending order and its reservation.

const cartForCheckoutSelect = {
  giftNote: true,
  giftWrap: true,
  hidePrices: true,
  lines: {
    select: {
      quantity: true,
      variant: {
        select: {
          id: true,
          sku: true,
          title: true,
          price: true,
          onHand: true,
          reserved: true,
          product: {
            select: {
              name: true,
              status: true,
              images: { select: { key: true, alt: true, width: true, height: true }, orderBy: { position: "asc" }, take: 1 },
            },
          },
        },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.CartSelect;

/** What the payment provider needs to open a checkout for an order. */
/** What an order kept of each line at checkout: enough to charge, fulfil and show it. */
const orderLineSnapshotSelect = {
  select: { variantId: true, productName: true, variantTitle: true, sku: true, unitPrice: true, quantity: true },
  orderBy: { position: "asc" },
} satisfies Prisma.Order$linesArgs;

const orderForPaymentSelect = {
  id: true,
  number: true,
  token: true,
  status: true,
  currency: true,
  subtotal: true,
  giftWrapAmount: true,
  giftNote: true,
  giftWrap: true,
  hidePrices: true,
  total: true,
  expiresAt: true,
  stripeSessionId: true,
  checkoutUrl: true,
  lines: orderLineSnapshotSelect,
} satisfies Prisma.OrderSelect;
export type OrderForPayment = Prisma.OrderGetPayload<{ select: typeof orderForPaymentSelect }>;

export type CheckoutResult =
  | {
      ok: true;
      order: OrderForPayment;
      /** False when an open checkout of the same bag was found and is reused. */
      created: boolean;
      /** Open checkouts of the bag this one replaced (already released): their payment pages are still to be ended. */
      superseded: { id: string; stripeSessionId: string | null }[];
    }
  | { ok: false; problems: string[] };

class ReservationFailed extends Error {
  constructor(public problems: string[]) {
    super("Some pieces could not be reserved.");
  }
}

function lineLabel(productName: string, variantTitle: string) {
  return `${productName}, ${variantTitle}`;
}

function shortageMessage(label: string, available: number) {
  return available <= 0 ? `${label} has just sold out.` : `Only ${available} left of ${label}.`;
}

/** An open checkout of the bag matches it when it was made from the same lines, prices and gift options. */
function sameAsBag(order: OrderForPayment, cart: CartForCheckout) {
  if (order.giftNote !== cart.giftNote || order.giftWrap !== cart.giftWrap || order.hidePrices !== cart.hidePrices) return false;
  if (order.lines.length !== cart.lines.length) return false;
  return cart.lines.every(({ quantity, variant }) =>
    order.lines.some((line) => line.variantId === variant.id && line.quantity === quantity && line.unitPrice === variant.price),
  );
}
type CartForCheckout = Prisma.CartGetPayload<{ select: typeof cartForCheckoutSelect }>;

/**
 * The bag's checkout, in one transaction that holds the bag's row lock, so any number of
 * presses of Checkout run one after another: an open checkout of this very bag (same lines,
 * prices and gift options, with `reuseMinMs` or more left) is returned as it is; any other
 * open checkout of the bag is superseded (cancelled, its pieces released) before a new
 * pending order is made. For the new order every line is checked against the current price
 * (`seenPrices`: what the shopper was shown), publication and stock, names and prices are
 * copied from the database, and each variant is reserved by one conditional UPDATE. If any
 * line cannot be had, nothing is written and every problem is returned, one message per line.
 */
export async function openCheckoutForCart(input: {
  cartId: string;
  seenPrices: ReadonlyMap<string, number>;
  provider: "STRIPE" | "TEST";
  currency: string;
  expiresAt: Date;
  reuseMinMs: number;
}): Promise<CheckoutResult> {
  try {
    return await transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Cart" WHERE "id" = ${input.cartId} FOR UPDATE`;
      const cart = await tx.cart.findUnique({ where: { id: input.cartId }, select: cartForCheckoutSelect });
      if (!cart || cart.lines.length === 0) return { ok: false, problems: ["Your bag is empty."] };

      const now = Date.now();
      const open = await tx.order.findMany({
        where: { cartId: input.cartId, status: "PENDING", expiresAt: { gt: new Date(now) } },
        select: orderForPaymentSelect,
        orderBy: { createdAt: "desc" },
      });
      const same = open.find((order) => order.expiresAt.getTime() - now >= input.reuseMinMs && sameAsBag(order, cart));
      if (same) return { ok: true, order: same, created: false, superseded: [] };

      const money = (amount: number) => formatMoney(amount, input.currency);
      const held = new Map<string, number>();
      for (const line of open.flatMap((order) => order.lines)) {
        if (line.variantId) held.set(line.variantId, (held.get(line.variantId) ?? 0) + line.quantity);
      }
      const problems: string[] = [];
      for (const { quantity, variant } of cart.lines) {
        const label = lineLabel(variant.product.name, variant.title);
        const seen = input.seenPrices.get(variant.id);
        // What the bag's own superseded checkouts hold is hers again once they are released below.
        const available = variant.onHand - variant.reserved + (held.get(variant.id) ?? 0);
        if (variant.product.status !== "PUBLISHED") problems.push(`${variant.product.name} is no longer available. Please remove it from your bag.`);
        else if (seen !== undefined && seen !== variant.price)
          problems.push(`The price of ${label} is now ${money(variant.price)} (it was ${money(seen)}).`);
        else if (quantity > available) problems.push(shortageMessage(label, available));
      }
      if (problems.length) return { ok: false, problems };

      for (const order of open) await releaseLockedOrder(tx, (await lockOrder(tx, { id: order.id }))!, "CANCELLED", null);

      const subtotal = cart.lines.reduce((sum, line) => sum + line.variant.price * line.quantity, 0);
      const giftWrapAmount = cart.giftWrap ? GIFT_WRAP_PRICE : 0;
      const order = await tx.order.create({
        data: {
          token: randomBytes(32).toString("base64url"),
          provider: input.provider,
          cartId: input.cartId,
          currency: input.currency,
          subtotal,
          giftWrapAmount,
          total: subtotal + giftWrapAmount,
          giftWrap: cart.giftWrap,
          giftNote: cart.giftNote,
          hidePrices: cart.hidePrices,
          expiresAt: input.expiresAt,
          lines: {
            createMany: {
              data: cart.lines.map(({ quantity, variant }, position) => ({
                variantId: variant.id,
                productName: variant.product.name,
                variantTitle: variant.title,
                sku: variant.sku,
                unitPrice: variant.price,
                quantity,
                imageKey: variant.product.images[0]?.key ?? null,
                imageAlt: variant.product.images[0]?.alt ?? null,
                imageWidth: variant.product.images[0]?.width ?? null,
                imageHeight: variant.product.images[0]?.height ?? null,
                position,
              })),
            },
          },
        },
        select: orderForPaymentSelect,
      });

      // Variants in id order, so two checkouts sharing pieces cannot lock each other out.
      const failed: string[] = [];
      for (const { quantity, variant } of [...cart.lines].sort((a, b) => (a.variant.id < b.variant.id ? -1 : 1))) {
        const reserved = await tx.$executeRaw`
          UPDATE "ProductVariant" SET "reserved" = "reserved" + ${quantity}, "updatedAt" = now()
          WHERE "id" = ${variant.id} AND "onHand" - "reserved" >= ${quantity}`;
        if (reserved !== 1) failed.push(variant.id);
      }
      if (failed.length) {
        const stock = await tx.productVariant.findMany({ where: { id: { in: failed } }, select: { id: true, onHand: true, reserved: true } });
        const left = new Map(stock.map((v) => [v.id, Math.max(0, v.onHand - v.reserved)]));
        throw new ReservationFailed(
          cart.lines
            .filter((line) => failed.includes(line.variant.id))
            .map((line) => shortageMessage(lineLabel(line.variant.product.name, line.variant.title), left.get(line.variant.id) ?? 0)),
        );
      }
      const pieces = order.lines.reduce((sum, line) => sum + line.quantity, 0);
      await addEvent(tx, order.id, "created", `Checkout started: ${pieces === 1 ? "1 piece" : `${pieces} pieces`} reserved.`);
      return { ok: true, order, created: true, superseded: open.map(({ id, stripeSessionId }) => ({ id, stripeSessionId })) };
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof ReservationFailed) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The payment page opened for an order (its session expires with the reservation). Recorded
 * only while the order is pending; a repeated press records the same session again. False
 * when the order ended meanwhile.
 */
export async function attachCheckoutSession(orderId: string, session: { id: string; url: string }) {
  const { count } = await prisma.order.updateMany({
    where: { id: orderId, status: "PENDING" },
    data: { stripeSessionId: session.id, checkoutUrl: session.url },
  });
  return count === 1;
}

// ---------------------------------------------------------------------------------------
// Payment outcomes. Each is one transaction, records the event that caused it, and does
// nothing when the order is already past the state it would move it to, so any number of
// deliveries, in any order, end in the same state.

/** What a completed checkout tells us: who pays, where it goes, how it ships. */
export type CheckoutDetails = {
  sessionId: string;
  paymentIntentId: string | null;
  email: string | null;
  customerName: string | null;
  shippingAddress: ShippingAddress | null;
  /** What shipping cost; null when the provider did not say. */
  shippingAmount: number | null;
};

export type OutcomeResult = "applied" | "duplicate-event" | "unknown-order" | "no-change";

async function claimEvent(tx: Tx, event: EventRef, orderId: string | null): Promise<boolean> {
  if (!event) return true;
  const inserted = await tx.$executeRaw`
    INSERT INTO "StripeEvent" ("id", "type", "orderId", "processedAt") VALUES (${event.id}, ${event.type}, ${orderId}, now())
    ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

/** Records an event that changes nothing here (an unhandled type), so the log of deliveries is whole. */
export async function recordIgnoredEvent(event: { id: string; type: string }) {
  await prisma.$executeRaw`
    INSERT INTO "StripeEvent" ("id", "type", "processedAt") VALUES (${event.id}, ${event.type}, now()) ON CONFLICT ("id") DO NOTHING`;
}

const lockedOrderSelect = {
  id: true,
  number: true,
  token: true,
  status: true,
  cartId: true,
  currency: true,
  subtotal: true,
  giftWrapAmount: true,
  shippingAmount: true,
  shippingOption: true,
  total: true,
  refundedAmount: true,
  giftNote: true,
  email: true,
  customerName: true,
  shippingAddress: true,
  stripeSessionId: true,
  paymentIntentId: true,
  lines: orderLineSnapshotSelect,
} satisfies Prisma.OrderSelect;
type LockedOrder = Prisma.OrderGetPayload<{ select: typeof lockedOrderSelect }>;

/** The order, locked for the rest of the transaction: changes to one order happen one at a time. */
export async function lockOrder(tx: Tx, where: { id: string } | { paymentIntentId: string }): Promise<LockedOrder | null> {
  const rows =
    "id" in where
      ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Order" WHERE "id" = ${where.id} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Order" WHERE "paymentIntentId" = ${where.paymentIntentId} FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.order.findUnique({ where: { id: rows[0].id }, select: lockedOrderSelect });
}

export async function addEvent(tx: Tx, orderId: string, type: string, message: string, staff: StaffRef = null) {
  await tx.orderEvent.create({ data: { orderId, type, message, actorId: staff?.id ?? null, actorName: staff?.name ?? null }, select: { id: true } });
}

function detailsData(order: LockedOrder, details: CheckoutDetails) {
  const shippingAmount = details.shippingAmount ?? order.shippingAmount;
  // Standard and express always cost different amounts, so the amount says which was chosen.
  const shippingOption =
    details.shippingAmount === null
      ? order.shippingOption
      : (shippingOptionsFor(order.subtotal).find((option) => option.amount === details.shippingAmount)?.label ?? "Shipping");
  return {
    stripeSessionId: details.sessionId,
    paymentIntentId: details.paymentIntentId ?? order.paymentIntentId,
    email: details.email ?? order.email,
    customerName: details.customerName ?? order.customerName,
    shippingAddress: details.shippingAddress ?? (order.shippingAddress as Prisma.InputJsonValue | null) ?? Prisma.DbNull,
    shippingOption,
    shippingAmount,
    total: order.subtotal + order.giftWrapAmount + shippingAmount,
  };
}

export function emailOrderOf(order: LockedOrder, overrides: Partial<EmailOrder> = {}): EmailOrder {
  return {
    number: order.number,
    token: order.token,
    currency: order.currency,
    customerName: order.customerName,
    subtotal: order.subtotal,
    giftWrapAmount: order.giftWrapAmount,
    shippingAmount: order.shippingAmount,
    shippingOption: order.shippingOption,
    total: order.total,
    giftNote: order.giftNote,
    shippingAddress: readShippingAddress(order.shippingAddress),
    lines: order.lines,
    ...overrides,
  };
}

/**
 * Payment confirmed: the order is paid, its reserved stock is sold (on hand and reserved both
 * drop, with a SOLD ledger row per line), the confirmation email is queued and the pieces
 * leave the bag, all in one transaction. A payment for an order whose reservation had already
 * been released takes the stock again if it is there, and otherwise flags the order for staff.
 */
export async function fulfilOrder(event: EventRef, orderId: string, details: CheckoutDetails, origin: string): Promise<OutcomeResult> {
  return transaction(async (tx) => {
    if (!(await claimEvent(tx, event, orderId))) return "duplicate-event";
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return "unknown-order";
    const status = order.status as OrderStatus;
    const reserved = status === "PENDING" || status === "PROCESSING";
    if (!reserved && status !== "CANCELLED" && status !== "EXPIRED" && status !== "PAYMENT_FAILED") return "no-change";

    const data = detailsData(order, details);
    await tx.order.update({ where: { id: orderId }, data: { ...data, status: "PAID", paidAt: new Date(), closedAt: null }, select: { id: true } });

    // Variants in id order, as checkout reserves them, so concurrent transactions never deadlock.
    const short: typeof order.lines = [];
    for (const line of [...order.lines].sort((a, b) => ((a.variantId ?? "") < (b.variantId ?? "") ? -1 : 1))) {
      const moved = !line.variantId
        ? 0
        : reserved
          ? await tx.$executeRaw`
              UPDATE "ProductVariant" SET "onHand" = "onHand" - ${line.quantity}, "reserved" = "reserved" - ${line.quantity}, "updatedAt" = now()
              WHERE "id" = ${line.variantId} AND "reserved" >= ${line.quantity}`
          : await tx.$executeRaw`
              UPDATE "ProductVariant" SET "onHand" = "onHand" - ${line.quantity}, "updatedAt" = now()
              WHERE "id" = ${line.variantId} AND "onHand" - "reserved" >= ${line.quantity}`;
      if (moved !== 1) short.push(line);
    }
    const sold = order.lines.filter((line) => line.variantId && !short.includes(line));
    if (sold.length) {
      await tx.inventoryLedgerEntry.createMany({
        data: sold.map((line) => ({ variantId: line.variantId!, delta: -line.quantity, reason: "SOLD" as const, orderId, note: `Order ${order.number}` })),
      });
    }
    if (short.length) {
      const labels = short.map((line) => lineLabel(line.productName, line.variantTitle)).join("; ");
      await tx.order.update({ where: { id: orderId }, data: { stockShort: true }, select: { id: true } });
      await addEvent(tx, orderId, "stock-short", `Paid after its checkout had ended, and not enough was left of: ${labels}. Make the pieces, or refund.`);
    }
    await addEvent(tx, orderId, "paid", `Payment confirmed: ${formatMoney(data.total, order.currency)}.`);

    const to = data.email;
    if (to) {
      const email = orderConfirmationEmail(
        emailOrderOf(order, {
          customerName: data.customerName,
          shippingAmount: data.shippingAmount,
          shippingOption: data.shippingOption,
          total: data.total,
          shippingAddress: details.shippingAddress ?? readShippingAddress(order.shippingAddress),
        }),
        origin,
      );
      await enqueueEmail(tx, { idempotencyKey: `order-confirmation:${orderId}`, kind: "order-confirmation", orderId, to, ...email });
    }

    if (order.cartId) {
      const variantIds = order.lines.map((line) => line.variantId).filter((id): id is string => id !== null);
      await tx.cartLine.deleteMany({ where: { cartId: order.cartId, variantId: { in: variantIds } } });
      await tx.cart.updateMany({ where: { id: order.cartId }, data: { giftNote: "", giftWrap: false, hidePrices: false } });
    }
    return "applied";
  }, TX_OPTIONS);
}

/** The checkout completed but the money is still on its way (a delayed payment method): keep the reservation. */
export async function markProcessing(event: EventRef, orderId: string, details: CheckoutDetails): Promise<OutcomeResult> {
  return transaction(async (tx) => {
    if (!(await claimEvent(tx, event, orderId))) return "duplicate-event";
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return "unknown-order";
    if (order.status !== "PENDING") return "no-change";
    await tx.order.update({ where: { id: orderId }, data: { ...detailsData(order, details), status: "PROCESSING" }, select: { id: true } });
    await addEvent(tx, orderId, "processing", "Checkout completed; waiting for the payment to clear.");
    return "applied";
  }, TX_OPTIONS);
}

export type ReleaseOutcome = "CANCELLED" | "EXPIRED" | "PAYMENT_FAILED";

const RELEASE_MESSAGES: Record<ReleaseOutcome, string> = {
  CANCELLED: "Checkout cancelled; reserved pieces released.",
  EXPIRED: "Checkout expired unpaid; reserved pieces released.",
  PAYMENT_FAILED: "Payment did not go through; reserved pieces released.",
};

/**
 * The checkout ended without payment: the reservation is released. Only an order still
 * holding stock (pending or processing) changes; a paid one is never touched.
 */
export async function releaseOrder(event: EventRef, orderId: string, outcome: ReleaseOutcome, staff: StaffRef = null): Promise<OutcomeResult> {
  return transaction(async (tx) => {
    if (!(await claimEvent(tx, event, orderId))) return "duplicate-event";
    const order = await lockOrder(tx, { id: orderId });
    if (!order) return "unknown-order";
    return releaseLockedOrder(tx, order, outcome, staff);
  }, TX_OPTIONS);
}

/** releaseOrder's work, inside a transaction that holds the order's lock. */
async function releaseLockedOrder(tx: Tx, order: LockedOrder, outcome: ReleaseOutcome, staff: StaffRef): Promise<OutcomeResult> {
  if (order.status !== "PENDING" && order.status !== "PROCESSING") return "no-change";
  await tx.order.update({ where: { id: order.id }, data: { status: outcome, closedAt: new Date() }, select: { id: true } });
  for (const line of [...order.lines].sort((a, b) => ((a.variantId ?? "") < (b.variantId ?? "") ? -1 : 1))) {
    if (!line.variantId) continue;
    await tx.$executeRaw`
      UPDATE "ProductVariant" SET "reserved" = "reserved" - ${line.quantity}, "updatedAt" = now()
      WHERE "id" = ${line.variantId} AND "reserved" >= ${line.quantity}`;
  }
  await addEvent(tx, order.id, outcome.toLowerCase().replace("_", "-"), RELEASE_MESSAGES[outcome], staff);
  if (staff) {
    await recordAudit(tx, staff, {
      action: "order.cancelled",
      entityType: "Order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: outcome },
    });
  }
  return "applied";
}

/**
 * The provider says this much of the payment has been refunded in all (an absolute amount,
 * so repeated or reordered events agree). The whole total refunded: the order is REFUNDED.
 */
export async function applyRefundedAmount(event: EventRef, paymentIntentId: string, amountRefunded: number): Promise<OutcomeResult> {
  return transaction(async (tx) => {
    if (!(await claimEvent(tx, event, null))) return "duplicate-event";
    const order = await lockOrder(tx, { paymentIntentId });
    if (!order) return "unknown-order";
    const refunded = Math.min(order.total, Math.max(order.refundedAmount, amountRefunded));
    if (refunded === order.refundedAmount) return "no-change";
    const full = refunded >= order.total;
    await tx.order.update({
      where: { id: order.id },
      data: { refundedAmount: refunded, ...(full ? { status: "REFUNDED", closedAt: new Date() } : {}) },
      select: { id: true },
    });
    await addEvent(tx, order.id, "refunded", `Refunded ${formatMoney(refunded, order.currency)} in all${full ? " (the whole order)" : ""}.`);
    return "applied";
  }, TX_OPTIONS);
}

// ---------------------------------------------------------------------------------------
// The shopper's confirmation page.

const shopperOrderSelect = {
  number: true,
  token: true,
  status: true,
  currency: true,
  subtotal: true,
  giftWrapAmount: true,
  shippingAmount: true,
  shippingOption: true,
  total: true,
  refundedAmount: true,
  giftWrap: true,
  giftNote: true,
  email: true,
  shippingAddress: true,
  carrier: true,
  trackingNumber: true,
  createdAt: true,
  paidAt: true,
  shippedAt: true,
  lines: {
    select: {
      id: true,
      productName: true,
      variantTitle: true,
      unitPrice: true,
      quantity: true,
      imageKey: true,
      imageAlt: true,
      imageWidth: true,
      imageHeight: true,
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.OrderSelect;

/** The order behind a confirmation link, in one query; null for an unknown token. */
export async function getOrderForShopper(token: string) {
  const order = await prisma.order.findUnique({ where: { token }, select: shopperOrderSelect });
  if (!order) return null;
  return { ...order, status: order.status as OrderStatus, shippingAddress: readShippingAddress(order.shippingAddress) };
}
export type ShopperOrder = NonNullable<Awaited<ReturnType<typeof getOrderForShopper>>>;

/** The order a test payment page belongs to, by its session id. */
export async function getOrderForTestPayment(sessionId: string) {
  const order = await prisma.order.findUnique({
    where: { stripeSessionId: sessionId },
    select: { ...shopperOrderSelect, id: true, provider: true, expiresAt: true },
  });
  return order && order.provider === "TEST" ? { ...order, status: order.status as OrderStatus } : null;
}

// ---------------------------------------------------------------------------------------
// Background work: what is left open.

/** Pending orders whose reservation ran out `graceMs` ago or more, oldest first. */
export function listExpiredReservations(now: Date, graceMs: number, limit: number) {
  return prisma.order.findMany({
    where: { status: "PENDING", expiresAt: { lt: new Date(now.getTime() - graceMs) } },
    select: { id: true, provider: true, stripeSessionId: true },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
}

/** Stripe orders still waiting on the provider, created at least `minAgeMs` ago: candidates for reconciliation. */
export function listOrdersToReconcile(now: Date, minAgeMs: number, limit: number) {
  return prisma.order.findMany({
    where: {
      provider: "STRIPE",
      status: { in: ["PENDING", "PROCESSING"] },
      stripeSessionId: { not: null },
      createdAt: { lt: new Date(now.getTime() - minAgeMs) },
    },
    select: { id: true, stripeSessionId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
}

/** Just enough of an order to end its checkout (or go back to its payment page), by its public token. */
export async function getOrderStateByToken(token: string) {
  const order = await prisma.order.findUnique({
    where: { token },
    select: { id: true, token: true, status: true, stripeSessionId: true, checkoutUrl: true, expiresAt: true },
  });
  return order ? { ...order, status: order.status as OrderStatus } : null;
}

/** Just enough of an order to end its checkout, by its id. */
export async function getOrderStateById(id: string) {
  const order = await prisma.order.findUnique({ where: { id }, select: { id: true, token: true, status: true, stripeSessionId: true } });
  return order ? { ...order, status: order.status as OrderStatus } : null;
}
