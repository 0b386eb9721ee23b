import { prisma } from "~/utils/db.server";

/** Everything stored about a cart, in a stable order, to compare before and after a request. */
export async function storedCart(cartId: string) {
  return prisma.cart.findUnique({
    where: { id: cartId },
    select: {
      giftNote: true,
      giftWrap: true,
      hidePrices: true,
      lines: { select: { id: true, variantId: true, quantity: true }, orderBy: { id: "asc" } },
    },
  });
}

/** Every cart line in the database, for checking that a refused request wrote nothing anywhere. */
export async function allCartLines() {
  return prisma.cartLine.findMany({ select: { cartId: true, variantId: true, quantity: true }, orderBy: { id: "asc" } });
}
