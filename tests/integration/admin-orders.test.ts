// The back office's orders (test provider): list, detail, packed, shipped, refunds, cancel,
// the packing slip and the mailbox.
import { beforeAll, describe, expect, it } from "vitest";
import { action as mailboxAction, loader as mailboxLoader } from "~/routes/admin.mailbox";
import { action as orderAction, loader as orderLoader } from "~/routes/admin.orders.$orderId";
import { loader as slipLoader } from "~/routes/admin.orders.$orderId_.packing-slip";
import { loader as ordersLoader } from "~/routes/admin.orders._index";
import { action as checkoutAction } from "~/routes/checkout";
import { payTestCheckout } from "~/services/checkout.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { checkoutArgs, createCart, stockOf } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let cookie: string;
let staffId: string;

beforeAll(async () => {
  const user = await createUser({ role: "INVENTORY", name: "Ida Inventory" });
  staffId = user.id;
  cookie = await sessionCookieFor(user.id);
});

const ADDRESS = { name: "Mira Okafor", line1: "4 Harbour Road", line2: null, city: "Galway", state: null, postalCode: "H91 X2Y3", country: "IE" };

/** An order through checkout; paid with the test provider unless `paid` is false. */
async function placeOrder({ paid = true, price = 2500, onHand = 3, email = "mira@example.com", hidePrices = false, giftNote = "" } = {}) {
  const product = await createProduct({ name: "Lumen bracelet", variants: [{ metal: "Gold vermeil", price, onHand }] });
  const variant = product.variants[0]!;
  const { cartId, cookie: cartCookie } = await createCart([{ variantId: variant.id, quantity: 1 }], { hidePrices, giftNote });
  await checkoutAction(checkoutArgs(cartCookie));
  const order = await prisma.order.findFirstOrThrow({ where: { cartId }, select: { id: true, number: true, stripeSessionId: true } });
  if (paid) await payTestCheckout(order.stripeSessionId!, { email, name: "Mira Okafor", address: ADDRESS, shippingAmount: 600 }, "http://localhost:3000");
  return { ...order, variant };
}

function act(orderId: string, form: Record<string, string>) {
  return respond(() => orderAction(requestArgs(`/admin/orders/${orderId}`, { cookie, form, params: { orderId } })));
}

async function detail(orderId: string) {
  return (await (await orderLoader(requestArgs(`/admin/orders/${orderId}`, { cookie, params: { orderId } }))).json()) as {
    order: { status: string; refundedAmount: number; events: { type: string; actorName: string | null }[]; emails: { subject: string }[] };
    refundKey: string;
  };
}

describe("the order list", () => {
  it("filters by status, order number, email and date, newest first, in one query after the session", async () => {
    const paid = await placeOrder({ email: "ama.list@example.com" });
    const open = await placeOrder({ paid: false });
    const list = async (search: string) => {
      const { result, queries } = await recordQueries(() => ordersLoader(requestArgs(`/admin/orders${search}`, { cookie })));
      expect(queries.length).toBeLessThanOrEqual(2);
      return ((await result.json()) as { orders: { id: string; number: number; status: string; pieces: number }[] }).orders;
    };
    expect((await list("")).slice(0, 2).map((o) => o.id)).toEqual([open.id, paid.id]);
    expect((await list("?status=PAID")).map((o) => o.id)).toContain(paid.id);
    expect((await list("?status=PAID")).map((o) => o.id)).not.toContain(open.id);
    expect((await list(`?q=${paid.number}`)).map((o) => o.id)).toEqual([paid.id]);
    expect((await list(`?q=%23${paid.number}`)).map((o) => o.id)).toEqual([paid.id]);
    expect((await list("?q=AMA.LIST")).map((o) => o.id)).toEqual([paid.id]);
    // Dates are days of the shop's calendar (SHOP_TIMEZONE).
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: getEnv().SHOP_TIMEZONE }).format(new Date());
    expect((await list(`?from=${today}&to=${today}`)).map((o) => o.id)).toContain(paid.id);
    expect(await list("?to=2000-01-01")).toEqual([]);
    // Nonsense in the query is ignored rather than refused.
    expect((await list("?status=NOPE&from=yesterday&page=-3")).length).toBeGreaterThan(0);
    expect((await list(`?q=${paid.number}`))[0]).toMatchObject({ status: "PAID", pieces: 1 });
  });
});

describe("an order", () => {
  it("shows lines, payment and the timeline in one query after the session", async () => {
    const order = await placeOrder();
    const { result, queries } = await recordQueries(() => orderLoader(requestArgs(`/admin/orders/${order.id}`, { cookie, params: { orderId: order.id } })));
    expect(queries.length).toBeLessThanOrEqual(2);
    const { order: shown } = await result.json();
    expect(shown).toMatchObject({ status: "PAID", email: "mira@example.com", shippingAddress: ADDRESS, total: 3100 });
    expect(shown.events.map((e: { type: string }) => e.type)).toEqual(["created", "paid"]);
    expect(shown.emails).toHaveLength(1);
    const missing = await respond(() => orderLoader(requestArgs("/admin/orders/nope", { cookie, params: { orderId: "nope" } })));
    expect(missing.status).toBe(404);
  });

  it("is marked packed, then shipped with the shopper's notice queued; each step once", async () => {
    const order = await placeOrder();
    expect((await act(order.id, { intent: "packed" })).status).toBe(200);
    expect((await act(order.id, { intent: "packed" })).status).toBe(409);

    const invalid = await act(order.id, { intent: "shipped", carrier: " ", trackingNumber: "" });
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).errors).sort()).toEqual(["carrier", "trackingNumber"]);
    expect((await detail(order.id)).order.status).toBe("PACKED");

    const shipped = await act(order.id, { intent: "shipped", carrier: "An Post", trackingNumber: "CE123456789IE" });
    expect(shipped.status).toBe(200);
    const { order: after } = await detail(order.id);
    expect(after.status).toBe("SHIPPED");
    expect(after.events.map((e) => [e.type, e.actorName])).toEqual([
      ["created", null],
      ["paid", null],
      ["packed", "Ida Inventory"],
      ["shipped", "Ida Inventory"],
    ]);
    const notice = await prisma.outboxEmail.findFirstOrThrow({ where: { orderId: order.id, kind: "shipping-notice" } });
    expect(notice.subject).toBe(`Order ${order.number} is on its way`);
    expect(notice.text).toContain("CE123456789IE");
    expect(notice.text).toContain("An Post");
    expect((await act(order.id, { intent: "shipped", carrier: "An Post", trackingNumber: "X" })).status).toBe(409);
    expect(await prisma.outboxEmail.count({ where: { orderId: order.id, kind: "shipping-notice" } })).toBe(1);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "Order", entityId: order.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["order.packed", staffId],
      ["order.shipped", staffId],
    ]);
  });

  it("is refunded in part and then in full through the test provider, each after a confirmation, once per form", async () => {
    const order = await placeOrder();
    /** Review, then confirm with what the review showed, as the two forms do. */
    const refund = async (amount: string, key: string) => {
      const review = await act(order.id, { intent: "refund-review", amount, reason: "Clasp replaced", key });
      if (review.status !== 200) return review;
      const { confirm } = await review.json();
      return act(order.id, { intent: "refund", amount: confirm.amountText, reason: confirm.reason, key: confirm.key, confirmedAmount: String(confirm.amount) });
    };
    const { refundKey } = await detail(order.id);
    expect((await refund("10.00", refundKey)).status).toBe(200);
    // The same form submitted again: one refund.
    expect((await refund("10.00", refundKey)).status).toBe(200);
    expect((await detail(order.id)).order).toMatchObject({ status: "PAID", refundedAmount: 1000 });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);

    for (const amount of ["abc", "0", "1.234"]) expect((await refund(amount, (await detail(order.id)).refundKey)).status).toBe(400);
    const tooMuch = await refund("30.00", (await detail(order.id)).refundKey);
    expect(tooMuch.status).toBe(400);
    expect((await tooMuch.json()).errors.amount).toBe("At most $21.00 is left to refund on this order.");

    expect((await refund("21.00", (await detail(order.id)).refundKey)).status).toBe(200);
    const { order: after } = await detail(order.id);
    expect(after).toMatchObject({ status: "REFUNDED", refundedAmount: 3100 });
    expect(await prisma.auditEvent.count({ where: { action: "order.refunded", entityId: order.id } })).toBe(2);
  });

  it("is cancelled while unpaid, releasing its pieces; a paid one is not", async () => {
    const open = await placeOrder({ paid: false, onHand: 1 });
    expect(await stockOf(open.variant.id)).toEqual({ onHand: 1, reserved: 1 });
    expect((await act(open.id, { intent: "cancel" })).status).toBe(200);
    expect((await detail(open.id)).order.status).toBe("CANCELLED");
    expect(await stockOf(open.variant.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "order.cancelled", entityId: open.id } })).toMatchObject({ actorId: staffId });

    const paid = await placeOrder();
    expect((await act(paid.id, { intent: "cancel" })).status).toBe(409);
    expect((await detail(paid.id)).order.status).toBe("PAID");
    expect((await act(paid.id, { intent: "archive" })).status).toBe(400);
  });
});

describe("the packing slip", () => {
  it("leaves prices off when the shopper asked, and shows them otherwise", async () => {
    const gift = await placeOrder({ hidePrices: true, giftNote: "Happy birthday, Ama" });
    const plain = await placeOrder();
    const slip = async (orderId: string) =>
      (await (await slipLoader(requestArgs(`/admin/orders/${orderId}/packing-slip`, { cookie, params: { orderId } }))).json()).order;
    const hidden = await slip(gift.id);
    expect(hidden).toMatchObject({ hidePrices: true, giftNote: "Happy birthday, Ama" });
    expect(hidden).not.toHaveProperty("token");
    expect(hidden).not.toHaveProperty("paymentIntentId");
    expect((await slip(plain.id)).hidePrices).toBe(false);
  });
});

describe("the mailbox", () => {
  it("lists the emails the shop wrote, and tries a failed one again", async () => {
    const order = await placeOrder();
    const { emails } = await (await mailboxLoader(requestArgs("/admin/mailbox", { cookie }))).json();
    expect(emails[0]).toMatchObject({ subject: `Thank you — order ${order.number} is confirmed`, to: "mira@example.com", status: "PENDING" });

    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { orderId: order.id } });
    const retry = () => respond(() => mailboxAction(requestArgs("/admin/mailbox", { cookie, form: { intent: "retry", id: email.id } })));
    expect((await retry()).status).toBe(409);
    await prisma.outboxEmail.update({ where: { id: email.id }, data: { status: "FAILED", attempts: 10 } });
    expect((await retry()).status).toBe(200);
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
