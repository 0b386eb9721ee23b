import { randomUUID } from "node:crypto";
import { prisma } from "~/utils/db.server";

type VariantInput = { metal?: string; size?: string; price?: number; onHand?: number; reserved?: number };

/** A published product with variants and one image record, for tests. */
export async function createProduct(
  overrides: { handle?: string; name?: string; status?: "DRAFT" | "PUBLISHED" | "ARCHIVED"; variants?: VariantInput[] } = {},
) {
  const id = randomUUID().slice(0, 8);
  const variants = overrides.variants ?? [{ price: 4800, onHand: 5 }];
  return prisma.product.create({
    data: {
      handle: overrides.handle ?? `test-piece-${id}`,
      name: overrides.name ?? `Test piece ${id}`,
      category: "BRACELET",
      summary: "A test piece.",
      description: "First paragraph.\n\nSecond paragraph.",
      materials: "Sterling silver.",
      care: "Keep dry.",
      status: overrides.status ?? "PUBLISHED",
      publishedAt: new Date(),
      priceFrom: Math.min(...variants.map((v) => v.price ?? 4800)),
      wagesShare: 4000,
      materialsShare: 2500,
      programShare: 2000,
      operationsShare: 1500,
      images: { create: [{ key: `img${id}${id}`, alt: "The test piece on linen", width: 1600, height: 2000 }] },
      variants: {
        create: variants.map((variant, position) => ({
          sku: `T-${id}-${position}`,
          title: [variant.metal ?? "Sterling silver", variant.size].filter(Boolean).join(", "),
          metal: variant.metal ?? "Sterling silver",
          size: variant.size ?? null,
          price: variant.price ?? 4800,
          onHand: variant.onHand ?? 5,
          reserved: variant.reserved ?? 0,
          position,
        })),
      },
    },
    include: { variants: { orderBy: { position: "asc" } } },
  });
}
