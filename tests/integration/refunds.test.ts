// Refunds and cancelling a paid order, through the Stripe SDK against the local stand-in: never
// one click (a review, then a confirmation carrying the amount in words), per piece, optional
// restock recorded as RETURNED, and a form submitted twice refunds once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeStandInForApp } from "../stripe-stand-in.ts";

// Before any app module reads the environment.
const standIn = await startStripeStandInForApp();

const { prisma } = await import("~/utils/db.server");
const { action: checkoutAction } = await import("~/routes/checkout");
const { action: orderAction, loader: orderLoader } = await import("~/routes/admin.orders.$orderId");
const { reconcileOrder } = await import("~/services/checkout.server");
const { createProduct } = await import("../factories/product.ts");
const { checkoutArgs, createCart, stockOf } = await import("../factories/order.ts");
const { createUser, requestArgs, respond, sessionCookieFor } = await import("../factories/user.ts");

let cookie: string;
let staffId: string;

beforeAll(async () => {
  const user = await createUser({ role: "INVENTORY", name: "Ida Inventory" });
  staffId = user.id;
  cookie = await sessionCookieFor(user.id);
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
});

/** Two of one piece and one of another, paid through Stripe (the stand-in) with 6.00 shipping: 31.00 + 6.00. */
async function paidOrder() {
  const product = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", price: 1000, onHand: 5 }, { metal: "Silver", price: 1100, onHand: 5 }] });
  const [gold, silver] = product.variants;
  const { cartId, cookie: cartCookie } = await createCart([{ variantId: gold!.id, quantity: 2 }, { variantId: silver!.id, quantity: 1 }]);
  await checkoutAction(checkoutArgs(cartCookie, { [gold!.id]: 1000, [silver!.id]: 1100 }));
  const order = await prisma.order.findFirstOrThrow({ where: { cartId }, select: { id: true, stripeSessionId: true } });
  standIn.complete(order.stripeSessionId!);
  expect(await reconcileOrder(order)).toBe("applied");
  const lines = await prisma.orderLine.findMany({ where: { orderId: order.id }, orderBy: { position: "asc" }, select: { id: true, variantId: true } });
  return { id: order.id, gold: { ...gold!, lineId: lines.find((l) => l.variantId === gold!.id)!.id }, silver: { ...silver!, lineId: lines.find((l) => l.variantId === silver!.id)!.id } };
}

const act = (orderId: string, form: Record<string, string>) =>
  respond(() => orderAction(requestArgs(`/admin/orders/${orderId}`, { cookie, form, params: { orderId } })));
const refundKeyFor = async (orderId: string) =>
  ((await (await orderLoader(requestArgs(`/admin/orders/${orderId}`, { cookie, params: { orderId } }))).json()) as { refundKey: string }).refundKey;
const refundCalls = () => standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");

/** The review step, then the confirmation exactly as its form posts it. */
async function reviewAndConfirm(orderId: string, form: Record<string, string>, cancel = false) {
  const key = await refundKeyFor(orderId);
  const review = await act(orderId, { ...form, key, intent: cancel ? "cancel-review" : "refund-review" });
  expect(review.status).toBe(200);
  const { confirm } = await review.json();
  const confirmation: Record<string, string> = { intent: cancel ? "cancel-paid" : "refund", key: confirm.key, confirmedAmount: String(confirm.amount), reason: confirm.reason };
  if (!cancel) confirmation.amount = confirm.amountText;
  if (!cancel) for (const line of confirm.lines) confirmation[`qty.${line.orderLineId}`] = String(line.quantity);
  if (confirm.restock) confirmation.restock = "on";
  return { confirm, confirmation };
}

describe("refunding part of an order", () => {
  it("reviews first without calling Stripe, shows the amount in words, then refunds the chosen piece and restocks it as RETURNED", async () => {
    const order = await paidOrder();
    const { confirm, confirmation } = await reviewAndConfirm(order.id, { [`qty.${order.gold.lineId}`]: "1", amount: "", restock: "on", reason: "Clasp broke" });
    // The amount started empty: one gold piece's price is what is proposed.
    expect(confirm).toMatchObject({ amount: 1000, formatted: "$10.00", words: "Ten US dollars", restock: true, lines: [{ orderLineId: order.gold.lineId, quantity: 1 }] });
    expect(refundCalls()).toHaveLength(0);
    expect(await stockOf(order.gold.id)).toEqual({ onHand: 3, reserved: 0 });

    const done = await act(order.id, confirmation);
    expect(done.status).toBe(200);
    expect((await done.json()).message).toBe("Refunded $10.00. The pieces are back in stock.");
    expect(refundCalls().map((r) => [r.form.amount, r.form.payment_intent])).toEqual([["1000", `pi_${(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).stripeSessionId}`]]);
    expect(await stockOf(order.gold.id)).toEqual({ onHand: 4, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.findMany({ where: { variantId: order.gold.id, reason: "RETURNED" }, select: { delta: true, orderId: true, actorId: true } })).toEqual([
      { delta: 1, orderId: order.id, actorId: staffId },
    ]);
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: order.id }, include: { lines: true } });
    expect(refund).toMatchObject({ amount: 1000, restocked: true, reason: "Clasp broke", lines: [{ orderLineId: order.gold.lineId, quantity: 1 }] });

    // What is left: one gold and one silver; the page says paid, refunded and left.
    const detail = await (await orderLoader(requestArgs(`/admin/orders/${order.id}`, { cookie, params: { orderId: order.id } }))).json();
    expect(detail.order).toMatchObject({ total: 3700, refundedAmount: 1000, status: "PAID" });
    expect(detail.order.lines.map((l: { refundedQuantity: number }) => l.refundedQuantity)).toEqual([1, 0]);
  });

  it("keeps stock as it is unless asked, and refunds a typed amount with no pieces", async () => {
    const order = await paidOrder();
    const { confirm, confirmation } = await reviewAndConfirm(order.id, { amount: "6.00" });
    expect(confirm).toMatchObject({ amount: 600, words: "Six US dollars", lines: [], restock: false });
    expect((await act(order.id, confirmation)).status).toBe(200);
    expect(await stockOf(order.gold.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: { in: [order.gold.id, order.silver.id] }, reason: "RETURNED" } })).toBe(0);
  });

  it("refuses what makes no sense, before Stripe is called, and changes nothing", async () => {
    const order = await paidOrder();
    const key = await refundKeyFor(order.id);
    const cases: [Record<string, string>, string, RegExp][] = [
      [{}, "amount", /Enter an amount, or choose the pieces/],
      [{ amount: "abc" }, "amount", /Enter an amount like/],
      [{ amount: "37.01" }, "amount", /At most \$37\.00 is left/],
      [{ [`qty.${order.gold.lineId}`]: "3" }, `qty.${order.gold.lineId}`, /from 0 to 2/],
      [{ amount: "5.00", restock: "on" }, "restock", /Choose the pieces to put back/],
    ];
    for (const [form, field, message] of cases) {
      const response = await act(order.id, { ...form, key, intent: "refund-review" });
      expect(response.status).toBe(400);
      expect((await response.json()).errors[field]).toMatch(message);
    }
    // A refund that skips the confirmation, or whose amount is not the one confirmed, is refused.
    expect((await act(order.id, { intent: "refund", key, amount: "10.00" })).status).toBe(400);
    const changed = await act(order.id, { intent: "refund", key, amount: "20.00", confirmedAmount: "1000" });
    expect(changed.status).toBe(409);
    expect(refundCalls()).toHaveLength(0);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refunds once when the confirmation is submitted twice, even at the same moment", async () => {
    const order = await paidOrder();
    const { confirmation } = await reviewAndConfirm(order.id, { [`qty.${order.silver.lineId}`]: "1", restock: "on" });
    const responses = await Promise.all([act(order.id, confirmation), act(order.id, confirmation)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect((await act(order.id, confirmation)).status).toBe(200);
    // Every call carried the same idempotency key, so Stripe made one refund.
    const keys = new Set(refundCalls().map((r) => r.headers["idempotency-key"]));
    expect(keys.size).toBe(1);
    expect(standIn.refunds.filter((r) => r.amount === 1100)).toHaveLength(1);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).refundedAmount).toBe(1100);
    expect(await stockOf(order.silver.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: order.silver.id, reason: "RETURNED" } })).toBe(1);
  });
});

describe("cancelling a paid order", () => {
  it("asks the same way, then refunds everything left, puts the pieces back and closes the order", async () => {
    const order = await paidOrder();
    const { confirm, confirmation } = await reviewAndConfirm(order.id, { restock: "on", reason: "Shopper changed her mind" }, true);
    expect(confirm).toMatchObject({ amount: 3700, words: "Thirty-seven US dollars", restock: true });
    expect(refundCalls()).toHaveLength(0);
    const done = await act(order.id, confirmation);
    expect(done.status).toBe(200);
    expect((await done.json()).message).toBe("Cancelled. $37.00 refunded. The pieces are back in stock.");
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "REFUNDED", refundedAmount: 3700 });
    expect(await stockOf(order.gold.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await stockOf(order.silver.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await prisma.auditEvent.count({ where: { action: "order.cancelled", entityId: order.id, actorId: staffId } })).toBe(1);
  });

  it("is refused once the order has shipped", async () => {
    const order = await paidOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "SHIPPED" } });
    const response = await act(order.id, { intent: "cancel-review", key: await refundKeyFor(order.id) });
    expect(response.status).toBe(409);
    expect(refundCalls()).toHaveLength(0);
  });
});
