import { type Actor, recordAudit } from "~/models/audit.server";
import { ProductNotFoundError } from "~/models/admin-products.server";
import { prisma } from "~/utils/db.server";

export class ImageNotFoundError extends Error {}

/** The product's name and images, for the images page: one query. */
export function getProductImages(productId: string) {
  return prisma.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      name: true,
      status: true,
      images: {
        select: { id: true, key: true, alt: true, width: true, height: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
    },
  });
}

/** Records an image already in the image store as the product's last one. */
export async function addProductImage(actor: Actor, productId: string, image: { key: string; width: number; height: number; alt: string }) {
  await prisma.$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: productId },
      select: { images: { select: { position: true }, orderBy: { position: "desc" }, take: 1 } },
    });
    if (!product) throw new ProductNotFoundError();
    const created = await tx.productImage.create({
      data: { productId, ...image, position: (product.images[0]?.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "product_image.added",
      entityType: "ProductImage",
      entityId: created.id,
      after: { productId, key: image.key, alt: image.alt },
    });
  });
}

export async function updateImageAlt(actor: Actor, productId: string, imageId: string, alt: string) {
  await prisma.$transaction(async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id: imageId, productId }, select: { alt: true } });
    if (!image) throw new ImageNotFoundError();
    if (image.alt === alt) return;
    await tx.productImage.update({ where: { id: imageId }, data: { alt } });
    await recordAudit(tx, actor, { action: "product_image.alt_changed", entityType: "ProductImage", entityId: imageId, before: { alt: image.alt }, after: { alt } });
  });
}

/** Moves an image one place earlier or later; positions are renumbered 0..n-1. */
export async function moveImage(actor: Actor, productId: string, imageId: string, direction: "up" | "down") {
  await prisma.$transaction(async (tx) => {
    const images = await tx.productImage.findMany({
      where: { productId },
      select: { id: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    const from = images.findIndex((image) => image.id === imageId);
    if (from === -1) throw new ImageNotFoundError();
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= images.length) return;
    const order = images.map((image) => image.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    // One statement for the whole renumbering.
    await tx.$executeRaw`
      UPDATE "ProductImage" AS i SET "position" = o.ord - 1
      FROM unnest(${order}::text[]) WITH ORDINALITY AS o(id, ord)
      WHERE i."id" = o.id`;
    await recordAudit(tx, actor, {
      action: "product_image.moved",
      entityType: "ProductImage",
      entityId: imageId,
      before: { position: from },
      after: { position: to },
    });
  });
}

/** Removes the image's record; returns its storage key so the caller can delete the files. */
export async function removeImage(actor: Actor, productId: string, imageId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id: imageId, productId }, select: { key: true, alt: true } });
    if (!image) throw new ImageNotFoundError();
    await tx.productImage.delete({ where: { id: imageId } });
    await recordAudit(tx, actor, { action: "product_image.removed", entityType: "ProductImage", entityId: imageId, before: { productId, ...image } });
    return image.key;
  });
}
