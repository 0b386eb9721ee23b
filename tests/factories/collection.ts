import { randomUUID } from "node:crypto";
import { prisma } from "~/utils/db.server";

type CollectionInput = {
  handle?: string;
  title?: string;
  intro?: string;
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  isGift?: boolean;
  featured?: boolean;
  position?: number;
  priceMin?: number | null;
  priceMax?: number | null;
  priceLabel?: string | null;
  /** Hand-picked product ids, in order. */
  productIds?: string[];
};

/** A published collection, hand-picked when given product ids, automatic when given a price band. */
export async function createCollection(overrides: CollectionInput = {}) {
  const id = randomUUID().slice(0, 8);
  return prisma.collection.create({
    data: {
      handle: overrides.handle ?? `test-collection-${id}`,
      title: overrides.title ?? `Test collection ${id}`,
      intro: overrides.intro ?? "Pieces gathered for a test.",
      status: overrides.status ?? "PUBLISHED",
      isGift: overrides.isGift ?? false,
      featured: overrides.featured ?? false,
      position: overrides.position ?? 0,
      priceMin: overrides.priceMin ?? null,
      priceMax: overrides.priceMax ?? null,
      priceLabel: overrides.priceLabel ?? null,
      heroImageKey: `hero${id}${id}`,
      heroAlt: "",
      products: { create: (overrides.productIds ?? []).map((productId, position) => ({ productId, position })) },
    },
  });
}
