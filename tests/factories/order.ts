import { prisma } from "~/utils/db.server";
import { cartCookieHeader } from "~/utils/cart-cookie.server";
import { CLIENT_ADDRESS_HEADER } from "~/utils/client-address";
import { testContext } from "../remix.ts";

/** A bag holding these lines (and gift options), and the Cookie header that names it. */
export async function createCart(
  lines: { variantId: string; quantity: number }[],
  gift: { giftNote?: string; giftWrap?: boolean; hidePrices?: boolean } = {},
) {
  const cart = await prisma.cart.create({
    data: { ...gift, lines: { create: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })) } },
    select: { id: true },
  });
  return { cartId: cart.id, cookie: (await cartCookieHeader(cart.id)).split(";")[0]! };
}

/** POST /checkout as the bag's form sends it: the unit prices the shopper saw, per variant. */
let shopper = 0;

/**
 * A checkout POST from a shopper of her own: the client address the HTTP server would pass on
 * differs per call, so a race of fifty shoppers is fifty addresses (not one over its rate limit).
 */
export function checkoutArgs(cookie: string | null, prices: Record<string, number> = {}) {
  shopper += 1;
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    Origin: "http://localhost:3000",
    [CLIENT_ADDRESS_HEADER]: `10.1.${shopper >> 8}.${shopper & 255}`,
  });
  if (cookie) headers.set("Cookie", cookie);
  const form = new URLSearchParams(Object.entries(prices).map(([variantId, price]) => [`price:${variantId}`, String(price)]));
  return { request: new Request("http://localhost:3000/checkout", { method: "POST", headers, body: form }), params: {}, context: testContext() };
}

/** The stock of a variant as the database has it. */
export function stockOf(variantId: string) {
  return prisma.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { onHand: true, reserved: true } });
}

/** Everything about an order a test compares before and after. */
export function orderState(orderId: string) {
  return prisma.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      subtotal: true,
      shippingAmount: true,
      total: true,
      refundedAmount: true,
      email: true,
      paidAt: true,
      stockShort: true,
      _count: { select: { emails: true } },
    },
  });
}

/** The value of a cookie a response sets, as a Cookie request header. */
export function setCookieOf(response: Response, name: string) {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return header ? header.split(";")[0]! : null;
}
