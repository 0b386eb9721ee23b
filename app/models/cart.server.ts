import type { Prisma } from "~/generated/prisma/client";
import { prisma, transaction } from "~/utils/db.server";
import { GIFT_WRAP_PRICE, MAX_LINE_QUANTITY } from "~/utils/shop";

/**
 * What this bag's own open checkout has reserved of a variant: still the bag's to buy (back
 * from the payment page, the shopper's piece is not "sold out" to her).
 */
function heldForCart(cartId: string | null) {
  return {
    where: { order: { cartId: cartId ?? "", status: "PENDING", expiresAt: { gt: new Date() } } },
    select: { quantity: true },
  } satisfies Prisma.ProductVariant$orderLinesArgs;
}

/** What deciding whether a variant can go in a bag needs. */
function variantForCartSelect(cartId: string | null) {
  return {
    id: true,
    title: true,
    onHand: true,
    reserved: true,
    orderLines: heldForCart(cartId),
    product: { select: { name: true, status: true } },
  } satisfies Prisma.ProductVariantSelect;
}
type VariantForCart = Prisma.ProductVariantGetPayload<{ select: ReturnType<typeof variantForCartSelect> }>;

const cartLineSelect = (cartId: string) => ({
  id: true,
  quantity: true,
  variant: {
    select: {
      id: true,
      title: true,
      price: true,
      onHand: true,
      reserved: true,
      orderLines: heldForCart(cartId),
      product: {
        select: {
          handle: true,
          name: true,
          status: true,
          images: { select: { key: true, alt: true, width: true, height: true }, orderBy: { position: "asc" }, take: 1 },
        },
      },
    },
  },
}) satisfies Prisma.CartLineSelect;

/** The whole bag page in one query. */
const cartSelect = (cartId: string) =>
  ({
    id: true,
    giftNote: true,
    giftWrap: true,
    hidePrices: true,
    lines: { select: cartLineSelect(cartId), orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  }) satisfies Prisma.CartSelect;
type CartRow = Prisma.CartGetPayload<{ select: ReturnType<typeof cartSelect> }>;

function availableOf(variant: { onHand: number; reserved: number; orderLines: { quantity: number }[] }) {
  const held = variant.orderLines.reduce((sum, line) => sum + line.quantity, 0);
  return Math.max(0, variant.onHand - variant.reserved + held);
}

function toCartView(cart: CartRow) {
  const lines = cart.lines.map(({ id, quantity, variant }) => {
    const available = availableOf(variant);
    const published = variant.product.status === "PUBLISHED";
    return {
      id,
      quantity,
      variantId: variant.id,
      variantTitle: variant.title,
      productName: variant.product.name,
      handle: variant.product.handle,
      image: variant.product.images[0] ?? null,
      unitPrice: variant.price,
      lineTotal: variant.price * quantity,
      available,
      // Lines that can no longer be bought stay visible, so the shopper sees why, but cost nothing.
      purchasable: published && available > 0,
      published,
    };
  });
  const subtotal = lines.reduce((sum, line) => sum + (line.purchasable ? line.lineTotal : 0), 0);
  const giftWrapPrice = cart.giftWrap && subtotal > 0 ? GIFT_WRAP_PRICE : 0;
  return {
    id: cart.id,
    giftNote: cart.giftNote,
    giftWrap: cart.giftWrap,
    hidePrices: cart.hidePrices,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal,
    giftWrapPrice,
    total: subtotal + giftWrapPrice,
  };
}
export type CartView = ReturnType<typeof toCartView>;
export type CartLineView = CartView["lines"][number];

/** The bag behind a cookie's cart id, or null when there is none (also for an unknown id). */
export async function getCart(cartId: string | null): Promise<CartView | null> {
  if (!cartId) return null;
  const cart = await prisma.cart.findUnique({ where: { id: cartId }, select: cartSelect(cartId) });
  return cart ? toCartView(cart) : null;
}

/** Pieces in the bag (sum of quantities), for the header: one query, none without a cart. */
export async function countCartItems(cartId: string | null): Promise<number> {
  if (!cartId) return 0;
  const { _sum } = await prisma.cartLine.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return _sum.quantity ?? 0;
}

export type CartResult =
  | { ok: true; cartId: string; notice: string | null }
  | { ok: false; status: 400 | 404 | 409; error: string };

function fail(status: 400 | 404 | 409, error: string): CartResult {
  return { ok: false, status, error };
}

function describeVariant(variant: VariantForCart) {
  return `${variant.product.name}, ${variant.title}`;
}

function capNotice(label: string, available: number) {
  return available <= MAX_LINE_QUANTITY
    ? `Only ${available} left of ${label} — we've set your bag to ${available}.`
    : `You can have up to ${MAX_LINE_QUANTITY} of ${label} — we've set your bag to ${MAX_LINE_QUANTITY}.`;
}

/** Caps a wanted quantity at what can be sold, saying so when it had to. */
function capQuantity(wanted: number, variant: VariantForCart) {
  const available = availableOf(variant);
  const limit = Math.min(available, MAX_LINE_QUANTITY);
  if (wanted <= limit) return { quantity: wanted, notice: null };
  return { quantity: limit, notice: capNotice(describeVariant(variant), available) };
}

/** The capping notice again, for the bag page a capped add was redirected to; null once it no longer holds. */
export function capNoticeFor(cart: CartView | null, variantId: string): string | null {
  const line = cart?.lines.find((l) => l.variantId === variantId && l.purchasable);
  if (!line || line.quantity < Math.min(line.available, MAX_LINE_QUANTITY)) return null;
  return capNotice(`${line.productName}, ${line.variantTitle}`, line.available);
}

/** Why a variant cannot be bought right now, or null when it can. */
function unavailableReason(variant: VariantForCart): string | null {
  if (variant.product.status !== "PUBLISHED") return `${variant.product.name} is no longer available.`;
  if (availableOf(variant) <= 0) return `${describeVariant(variant)} is sold out.`;
  return null;
}

/**
 * Locks the cart row for the rest of the transaction, so mutations of one bag run one after
 * another. False when there is no such cart. Nothing is written: a refused change leaves the
 * bag as it was; touchCart marks it as used once a change is made.
 */
async function lockCart(tx: Prisma.TransactionClient, cartId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Cart" WHERE "id" = ${cartId} FOR UPDATE`;
  return rows.length === 1;
}

/** Marks the bag as used, which locks its row as lockCart does. False when there is no such cart. */
async function touchCart(tx: Prisma.TransactionClient, cartId: string): Promise<boolean> {
  const updated = await tx.$executeRaw`UPDATE "Cart" SET "updatedAt" = now() WHERE "id" = ${cartId}`;
  return updated === 1;
}

/** Adds `quantity` of a variant, creating the cart on first add; capped at what is available. */
export async function addToCart(cartId: string | null, variantId: string, quantity: number): Promise<CartResult> {
  return transaction(async (tx) => {
    const variant = await tx.productVariant.findUnique({ where: { id: variantId }, select: variantForCartSelect(cartId) });
    if (!variant) return fail(400, "We couldn't find that piece. Please choose an option and try again.");
    const reason = unavailableReason(variant);
    if (reason) return fail(409, reason);

    const id = cartId && (await touchCart(tx, cartId)) ? cartId : (await tx.cart.create({ data: {}, select: { id: true } })).id;
    const key = { cartId_variantId: { cartId: id, variantId } };
    const existing = await tx.cartLine.findUnique({ where: key, select: { quantity: true } });
    const { quantity: allowed, notice } = capQuantity((existing?.quantity ?? 0) + quantity, variant);
    await tx.cartLine.upsert({
      where: key,
      create: { cartId: id, variantId, quantity: allowed },
      update: { quantity: allowed },
      select: { id: true },
    });
    return { ok: true, cartId: id, notice };
  });
}

const LINE_GONE = "That piece is no longer in your bag.";

/** Sets a line of this cart to `quantity`, capped at what is available. */
export async function updateLineQuantity(cartId: string | null, lineId: string, quantity: number): Promise<CartResult> {
  if (!cartId) return fail(404, LINE_GONE);
  return transaction(async (tx) => {
    if (!(await lockCart(tx, cartId))) return fail(404, LINE_GONE);
    const line = await tx.cartLine.findFirst({ where: { id: lineId, cartId }, select: { variant: { select: variantForCartSelect(cartId) } } });
    if (!line) return fail(404, LINE_GONE);
    const reason = unavailableReason(line.variant);
    if (reason) return fail(409, `${reason} You can remove it from your bag.`);
    const { quantity: allowed, notice } = capQuantity(quantity, line.variant);
    await tx.cartLine.update({ where: { id: lineId }, data: { quantity: allowed }, select: { id: true } });
    await touchCart(tx, cartId);
    return { ok: true, cartId, notice };
  });
}

export async function removeLine(cartId: string | null, lineId: string): Promise<CartResult> {
  if (!cartId) return fail(404, LINE_GONE);
  const { count } = await prisma.cartLine.deleteMany({ where: { id: lineId, cartId } });
  return count === 1 ? { ok: true, cartId, notice: null } : fail(404, LINE_GONE);
}

export type GiftOptions = { giftNote: string; giftWrap: boolean; hidePrices: boolean };

export async function setGiftOptions(
  cartId: string | null,
  { giftNote, giftWrap, hidePrices }: GiftOptions,
): Promise<CartResult> {
  const empty = fail(400, "Your bag is empty. Add a piece first, then choose gift options.");
  if (!cartId) return empty;
  const { count } = await prisma.cart.updateMany({ where: { id: cartId }, data: { giftNote, giftWrap, hidePrices } });
  return count === 1 ? { ok: true, cartId, notice: null } : empty;
}
