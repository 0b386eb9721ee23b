import type { Prisma, ProductCategory, PublicationStatus } from "~/generated/prisma/client";
import { countMakers } from "~/models/admin-makers.server";
import { type Actor, recordAudit } from "~/models/audit.server";
import { prisma } from "~/utils/db.server";

export const ADMIN_PAGE_SIZE = 25;

export const adminProductRowSelect = {
  id: true,
  handle: true,
  name: true,
  status: true,
  priceFrom: true,
  updatedAt: true,
  images: { select: { key: true, alt: true, width: true, height: true }, orderBy: { position: "asc" }, take: 1 },
  variants: { select: { onHand: true, reserved: true } },
  makers: { select: { makerId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.ProductSelect;

export type AdminProductFilter = { q?: string; status?: PublicationStatus; makerId?: string; page: number };

/** One page of products for staff, in one query; `hasMore` from one extra row. */
export async function listAdminProducts({ q, status, makerId, page }: AdminProductFilter) {
  const where: Prisma.ProductWhereInput = {
    status,
    ...(makerId ? { makers: { some: { makerId } } } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { handle: { contains: q, mode: "insensitive" } },
            { variants: { some: { sku: { contains: q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const rows = await prisma.product.findMany({
    where,
    select: adminProductRowSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
  });
  const products = rows.slice(0, ADMIN_PAGE_SIZE).map(({ variants, images, makers, ...row }) => ({
    ...row,
    makerIds: makers.map((m) => m.makerId),
    image: images[0] ?? null,
    variantCount: variants.length,
    available: variants.reduce((sum, v) => sum + Math.max(0, v.onHand - v.reserved), 0),
  }));
  return { products, hasMore: rows.length > ADMIN_PAGE_SIZE };
}

export const productEditSelect = {
  id: true,
  handle: true,
  name: true,
  category: true,
  summary: true,
  description: true,
  materials: true,
  care: true,
  status: true,
  featured: true,
  priceFrom: true,
  wagesShare: true,
  materialsShare: true,
  programShare: true,
  operationsShare: true,
  publishedAt: true,
  updatedAt: true,
  variants: {
    select: { id: true, sku: true, metal: true, size: true, length: true, price: true, onHand: true, reserved: true, lowStockThreshold: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
  images: { select: { id: true, key: true, alt: true, width: true, height: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  collections: { select: { collectionId: true } },
  makers: { select: { makerId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.ProductSelect;

export type ProductForEdit = Prisma.ProductGetPayload<{ select: typeof productEditSelect }>;

/** Everything the editor shows, in one query. */
export function getProductForEdit(id: string) {
  return prisma.product.findUnique({ where: { id }, select: productEditSelect });
}

/** The collections a product can be placed in by hand (price-band collections fill themselves). */
export function listCollectionChoices() {
  return prisma.collection.findMany({
    where: { priceMin: null, priceMax: null },
    select: { id: true, title: true, status: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
  });
}

export type VariantInput = {
  id?: string;
  sku: string;
  metal: string;
  size: string | null;
  length: string | null;
  price: number;
  lowStockThreshold: number;
  remove: boolean;
};

export type ProductInput = {
  name: string;
  handle: string;
  category: ProductCategory;
  summary: string;
  description: string;
  materials: string;
  care: string;
  featured: boolean;
  wagesShare: number;
  materialsShare: number;
  programShare: number;
  operationsShare: number;
  collectionIds: string[];
  /** Who made it, in the order credited; several for a collaboration. */
  makerIds: string[];
  /** In display order; each row keeps the index it had in the form, for its errors. */
  variants: (VariantInput & { row: number })[];
};

/** Problems only the database can tell (a taken SKU or handle); keys match the form's fields. */
export class ProductConflictError extends Error {
  constructor(public errors: Record<string, string>) {
    super("The product conflicts with existing data.");
  }
}
export class ProductNotFoundError extends Error {}

/** A unique index the checks above lost a race against: reported like a conflict, never a 500. */
async function withConflictsReported<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "P2002") {
      throw new ProductConflictError({ form: "Someone else just used one of these SKUs or this web address. Check them and save again." });
    }
    throw error;
  }
}

function variantTitle(v: Pick<VariantInput, "metal" | "size" | "length">) {
  return [v.metal, v.size, v.length].filter(Boolean).join(", ");
}

/** The product's lowest variant price, recomputed in the same transaction as every write. */
async function syncPriceFrom(tx: Prisma.TransactionClient, productId: string) {
  await tx.$executeRaw`
    UPDATE "Product" SET "priceFrom" = coalesce((SELECT min("price") FROM "ProductVariant" WHERE "productId" = ${productId}), 0)
    WHERE "id" = ${productId}`;
}

async function assertNoConflicts(tx: Prisma.TransactionClient, productId: string | null, input: ProductInput) {
  const errors: Record<string, string> = {};
  const kept = input.variants.filter((v) => !v.remove);
  // SKUs that differ only in case would be read as the same one in the studio: compared without case.
  const taken = await tx.productVariant.findMany({
    where: { sku: { in: kept.map((v) => v.sku), mode: "insensitive" }, ...(productId ? { productId: { not: productId } } : {}) },
    select: { sku: true, product: { select: { name: true } } },
  });
  const seen = new Set<string>();
  for (const variant of kept) {
    const key = variant.sku.toUpperCase();
    const other = taken.find((t) => t.sku.toUpperCase() === key);
    if (other) errors[`variants.${variant.row}.sku`] = `SKU ${other.sku} is already used by “${other.product.name}”.`;
    else if (seen.has(key)) errors[`variants.${variant.row}.sku`] = `SKU ${variant.sku} is used twice in this form.`;
    seen.add(key);
  }
  const handleOwner = await tx.product.findFirst({
    where: { handle: input.handle, ...(productId ? { id: { not: productId } } : {}) },
    select: { name: true },
  });
  if (handleOwner) errors.handle = `The web address “${input.handle}” is already used by “${handleOwner.name}”.`;
  const collections = await tx.collection.count({ where: { id: { in: input.collectionIds }, priceMin: null, priceMax: null } });
  if (collections !== input.collectionIds.length) errors.collectionIds = "One of these collections no longer exists; reload the page.";
  if ((await countMakers(input.makerIds, tx)) !== input.makerIds.length) errors.makerIds = "One of these makers no longer exists; reload the page.";
  if (Object.keys(errors).length > 0) throw new ProductConflictError(errors);
}

function productData(input: ProductInput) {
  return {
    name: input.name,
    handle: input.handle,
    category: input.category,
    summary: input.summary,
    description: input.description,
    materials: input.materials,
    care: input.care,
    featured: input.featured,
    wagesShare: input.wagesShare,
    materialsShare: input.materialsShare,
    programShare: input.programShare,
    operationsShare: input.operationsShare,
  };
}

/** What the audit log keeps of a product: its fields, variants and collections, no stock. */
function snapshot(product: ProductForEdit) {
  const { variants, collections, makers, images: _images, updatedAt: _updatedAt, publishedAt: _publishedAt, ...fields } = product;
  return {
    ...fields,
    variants: variants.map(({ onHand: _onHand, reserved: _reserved, ...variant }) => variant),
    collectionIds: collections.map((c) => c.collectionId).sort(),
    makerIds: makers.map((m) => m.makerId),
  };
}

/** Credits exactly these makers, in this order. */
export async function setProductMakers(tx: Prisma.TransactionClient, productId: string, makerIds: string[]) {
  await tx.productMaker.deleteMany({ where: { productId, makerId: { notIn: makerIds } } });
  for (const [position, makerId] of makerIds.entries()) {
    await tx.productMaker.upsert({
      where: { productId_makerId: { productId, makerId } },
      create: { productId, makerId, position },
      update: { position },
    });
  }
}

/** A new product, as a draft; returns its id. */
export async function createProduct(actor: Actor, input: ProductInput) {
  return withConflictsReported(() => prisma.$transaction(async (tx) => {
    await assertNoConflicts(tx, null, input);
    const product = await tx.product.create({
      data: {
        ...productData(input),
        status: "DRAFT",
        variants: {
          create: input.variants
            .filter((v) => !v.remove)
            .map((v, position) => ({
              sku: v.sku,
              title: variantTitle(v),
              metal: v.metal,
              size: v.size,
              length: v.length,
              price: v.price,
              lowStockThreshold: v.lowStockThreshold,
              position,
            })),
        },
        collections: { create: input.collectionIds.map((collectionId) => ({ collectionId })) },
        makers: { create: input.makerIds.map((makerId, position) => ({ makerId, position })) },
      },
      select: { id: true },
    });
    await syncPriceFrom(tx, product.id);
    const after = await tx.product.findUniqueOrThrow({ where: { id: product.id }, select: productEditSelect });
    await recordAudit(tx, actor, { action: "product.created", entityType: "Product", entityId: product.id, after: snapshot(after) });
    return product.id;
  }));
}

/** Saves the editor's form: fields, variants (added, changed, removed) and collections, at once. */
export async function updateProduct(actor: Actor, id: string, input: ProductInput) {
  await withConflictsReported(() => prisma.$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { id }, select: productEditSelect });
    if (!before) throw new ProductNotFoundError();
    const existing = new Map(before.variants.map((v) => [v.id, v]));
    const errors: Record<string, string> = {};
    for (const variant of input.variants) {
      if (!variant.id) continue;
      const current = existing.get(variant.id);
      if (!current) errors[`variants.${variant.row}.sku`] = "This variant is no longer part of the product; reload the page.";
      else if (variant.remove && current.onHand > 0) {
        errors[`variants.${variant.row}.remove`] = `${current.onHand} of this variant are on hand; bring its stock to 0 in Inventory before removing it.`;
      }
    }
    if (Object.keys(errors).length > 0) throw new ProductConflictError(errors);

    const removed = input.variants.filter((v) => v.id && v.remove).map((v) => v.id!);
    // Removed first, so a removed variant's SKU may be given to a new one in the same save.
    if (removed.length > 0) await tx.productVariant.deleteMany({ where: { id: { in: removed }, productId: id } });
    await assertNoConflicts(tx, id, input);
    await tx.product.update({ where: { id }, data: productData(input) });
    for (const [position, variant] of input.variants.filter((v) => !v.remove).entries()) {
      const data = {
        sku: variant.sku,
        title: variantTitle(variant),
        metal: variant.metal,
        size: variant.size,
        length: variant.length,
        price: variant.price,
        lowStockThreshold: variant.lowStockThreshold,
        position,
      };
      if (variant.id) await tx.productVariant.update({ where: { id: variant.id }, data });
      else await tx.productVariant.create({ data: { ...data, productId: id } });
    }
    await tx.collectionProduct.deleteMany({ where: { productId: id, collectionId: { notIn: input.collectionIds } } });
    await tx.collectionProduct.createMany({
      data: input.collectionIds.map((collectionId) => ({ collectionId, productId: id })),
      skipDuplicates: true,
    });
    await setProductMakers(tx, id, input.makerIds);
    await syncPriceFrom(tx, id);
    const after = await tx.product.findUniqueOrThrow({ where: { id }, select: productEditSelect });
    await recordAudit(tx, actor, { action: "product.updated", entityType: "Product", entityId: id, before: snapshot(before), after: snapshot(after) });
  }));
}

export class PublishBlockedError extends Error {}

/** Publishes, unpublishes (back to draft) or archives. A product needs a variant and an image to go live. */
export async function setProductStatus(actor: Actor, id: string, status: PublicationStatus) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.product.findUnique({
      where: { id },
      select: { status: true, publishedAt: true, _count: { select: { variants: true, images: true } } },
    });
    if (!before) throw new ProductNotFoundError();
    if (before.status === status) return;
    if (status === "PUBLISHED" && (before._count.variants === 0 || before._count.images === 0)) {
      throw new PublishBlockedError("Add at least one variant and one image before publishing.");
    }
    await tx.product.update({
      where: { id },
      data: { status, publishedAt: status === "PUBLISHED" ? (before.publishedAt ?? new Date()) : before.publishedAt },
    });
    await recordAudit(tx, actor, {
      action: "product.status_changed",
      entityType: "Product",
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
  });
}
