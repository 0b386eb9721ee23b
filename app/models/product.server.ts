import type { Prisma } from "~/generated/prisma/client";
import { publicCreditsArgs, toPublicCredits } from "~/models/public-maker.server";
import { prisma } from "~/utils/db.server";

/** What a product card in any list needs: one query for the whole list. */
export const productCardSelect = {
  id: true,
  handle: true,
  name: true,
  priceFrom: true,
  images: { select: { key: true, alt: true, width: true, height: true }, orderBy: { position: "asc" }, take: 1 },
  variants: { select: { onHand: true, reserved: true } },
} satisfies Prisma.ProductSelect;

export type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

export function toProductCard(row: ProductCardRow) {
  const { variants, images, ...rest } = row;
  return {
    ...rest,
    image: images[0] ?? null,
    soldOut: variants.every((variant) => variant.onHand - variant.reserved <= 0),
  };
}
export type ProductCard = ReturnType<typeof toProductCard>;

const published = { status: "PUBLISHED" } satisfies Prisma.ProductWhereInput;

export async function listNewArrivals(limit: number): Promise<ProductCard[]> {
  const rows = await prisma.product.findMany({
    where: published,
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(toProductCard);
}

export const productPageSelect = {
  id: true,
  handle: true,
  name: true,
  summary: true,
  description: true,
  materials: true,
  care: true,
  category: true,
  wagesShare: true,
  materialsShare: true,
  programShare: true,
  operationsShare: true,
  images: { select: { key: true, alt: true, width: true, height: true }, orderBy: { position: "asc" } },
  variants: {
    select: { id: true, sku: true, title: true, metal: true, size: true, length: true, price: true, onHand: true, reserved: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ProductSelect;

/** A published product; each maker is credited only as her current consent allows. */
export async function getPublishedProduct(handle: string) {
  const row = await prisma.product.findFirst({
    where: { handle, ...published },
    select: { ...productPageSelect, makers: publicCreditsArgs() },
  });
  if (!row) return null;
  const { makers, ...product } = row;
  return {
    ...product,
    credits: toPublicCredits(makers),
    variants: product.variants.map(({ onHand, reserved, ...variant }) => ({
      ...variant,
      available: Math.max(0, onHand - reserved),
    })),
  };
}
export type ProductPage = NonNullable<Awaited<ReturnType<typeof getPublishedProduct>>>;

/** Up to `limit` other published pieces of the same category, newest first, in one query. */
export async function listRelatedProducts(
  product: Pick<ProductPage, "id" | "category">,
  limit = 4,
): Promise<ProductCard[]> {
  const rows = await prisma.product.findMany({
    where: { ...published, category: product.category, id: { not: product.id } },
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(toProductCard);
}
