import type { Prisma, PublicationStatus } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import type { CollectionInput } from "~/utils/admin-collection-form.server";
import { prisma } from "~/utils/db.server";

export class CollectionNotFoundError extends Error {}
/** Problems only the database can tell (a taken handle, a piece that is gone); keys match the form's fields. */
export class CollectionConflictError extends Error {
  constructor(public errors: Record<string, string>) {
    super("The collection conflicts with existing data.");
  }
}

export const adminCollectionRowSelect = {
  id: true,
  handle: true,
  title: true,
  status: true,
  isGift: true,
  priceMin: true,
  priceMax: true,
  updatedAt: true,
  _count: { select: { products: true } },
} satisfies Prisma.CollectionSelect;

/** Every collection, in shop order, with its hand-picked count: one query (a shop has dozens, not thousands). */
export function listAdminCollections() {
  return prisma.collection.findMany({ select: adminCollectionRowSelect, orderBy: [{ position: "asc" }, { title: "asc" }] });
}

export const collectionEditSelect = {
  id: true,
  handle: true,
  title: true,
  intro: true,
  isGift: true,
  priceMin: true,
  priceMax: true,
  priceLabel: true,
  heroImageKey: true,
  heroAlt: true,
  status: true,
  updatedAt: true,
  products: {
    select: { productId: true, position: true, product: { select: { name: true, handle: true, status: true } } },
    orderBy: [{ position: "asc" }, { productId: "asc" }],
  },
} satisfies Prisma.CollectionSelect;

export type CollectionForEdit = Prisma.CollectionGetPayload<{ select: typeof collectionEditSelect }>;

/** Everything the editor shows, in one query. */
export function getCollectionForEdit(id: string) {
  return prisma.collection.findUnique({ where: { id }, select: collectionEditSelect });
}

/** Pieces that can be added by hand: everything not archived and not already in the collection. One query. */
export function listAddableProducts(collectionId: string) {
  return prisma.product.findMany({
    where: { status: { not: "ARCHIVED" }, collections: { none: { collectionId } } },
    select: { id: true, name: true, status: true },
    orderBy: { name: "asc" },
  });
}

function snapshot(collection: CollectionForEdit) {
  const { products, updatedAt: _updatedAt, ...fields } = collection;
  return { ...fields, productIds: products.map((p) => p.productId) };
}

async function assertHandleFree(tx: Prisma.TransactionClient, collectionId: string | null, handle: string) {
  const owner = await tx.collection.findFirst({ where: { handle, ...(collectionId ? { id: { not: collectionId } } : {}) }, select: { title: true } });
  if (owner) throw new CollectionConflictError({ handle: `The web address “${handle}” is already used by “${owner.title}”.` });
}

async function withConflictsReported<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "P2002") {
      throw new CollectionConflictError({ handle: "Someone else just used this web address. Choose another and save again." });
    }
    throw error;
  }
}

function collectionData(input: CollectionInput, heroImageKey: string | undefined) {
  return { ...input, ...(heroImageKey ? { heroImageKey } : {}) };
}

/** A new collection, as a draft, placed last in the shop's order; returns its id. */
export async function createCollection(actor: Actor, input: CollectionInput, heroImageKey?: string) {
  return withConflictsReported(() =>
    prisma.$transaction(async (tx) => {
      await assertHandleFree(tx, null, input.handle);
      const last = await tx.collection.aggregate({ _max: { position: true } });
      const { id } = await tx.collection.create({
        data: { ...collectionData(input, heroImageKey), status: "DRAFT", position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      const after = await tx.collection.findUniqueOrThrow({ where: { id }, select: collectionEditSelect });
      await recordAudit(tx, actor, { action: "collection.created", entityType: "Collection", entityId: id, after: snapshot(after) });
      return id;
    }),
  );
}

export async function updateCollection(actor: Actor, id: string, input: CollectionInput, heroImageKey?: string) {
  await withConflictsReported(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.collection.findUnique({ where: { id }, select: collectionEditSelect });
      if (!before) throw new CollectionNotFoundError();
      await assertHandleFree(tx, id, input.handle);
      const after = await tx.collection.update({ where: { id }, data: collectionData(input, heroImageKey), select: collectionEditSelect });
      await recordAudit(tx, actor, { action: "collection.updated", entityType: "Collection", entityId: id, before: snapshot(before), after: snapshot(after) });
    }),
  );
}

/** Publishes, unpublishes (back to draft) or archives. */
export async function setCollectionStatus(actor: Actor, id: string, status: PublicationStatus) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.collection.findUnique({ where: { id }, select: { status: true } });
    if (!before) throw new CollectionNotFoundError();
    if (before.status === status) return;
    await tx.collection.update({ where: { id }, data: { status } });
    await recordAudit(tx, actor, { action: "collection.status_changed", entityType: "Collection", entityId: id, before, after: { status } });
  });
}

/** The collection's hand-picked pieces, locked for the change, in order. */
async function lockedMembers(tx: Prisma.TransactionClient, collectionId: string) {
  const rows = await tx.$queryRaw<{ productId: string }[]>`
    SELECT "productId" FROM "CollectionProduct" WHERE "collectionId" = ${collectionId}
    ORDER BY "position", "productId" FOR UPDATE`;
  return rows.map((row) => row.productId);
}

async function assertHandPicked(tx: Prisma.TransactionClient, collectionId: string) {
  const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { priceMin: true, priceMax: true } });
  if (!collection) throw new CollectionNotFoundError();
  if (collection.priceMin !== null || collection.priceMax !== null) {
    throw new CollectionConflictError({ productId: "This collection fills itself from its price band; remove the band to choose pieces by hand." });
  }
}

/** Writes the order as positions 0…n-1, and records it. */
async function saveOrder(tx: Prisma.TransactionClient, actor: Actor, collectionId: string, action: string, before: string[], after: string[]) {
  for (const [position, productId] of after.entries()) {
    await tx.collectionProduct.update({ where: { collectionId_productId: { collectionId, productId } }, data: { position } });
  }
  await recordAudit(tx, actor, { action, entityType: "Collection", entityId: collectionId, before: { productIds: before }, after: { productIds: after } });
}

export async function addCollectionProduct(actor: Actor, collectionId: string, productId: string) {
  await prisma.$transaction(async (tx) => {
    await assertHandPicked(tx, collectionId);
    const product = await tx.product.findUnique({ where: { id: productId }, select: { status: true } });
    if (!product || product.status === "ARCHIVED") throw new CollectionConflictError({ productId: "That piece no longer exists; reload the page." });
    const before = await lockedMembers(tx, collectionId);
    if (before.includes(productId)) return;
    await tx.collectionProduct.create({ data: { collectionId, productId, position: before.length } });
    await saveOrder(tx, actor, collectionId, "collection.product_added", before, [...before, productId]);
  });
}

export async function removeCollectionProduct(actor: Actor, collectionId: string, productId: string) {
  await prisma.$transaction(async (tx) => {
    await assertHandPicked(tx, collectionId);
    const before = await lockedMembers(tx, collectionId);
    if (!before.includes(productId)) return;
    await tx.collectionProduct.delete({ where: { collectionId_productId: { collectionId, productId } } });
    await saveOrder(tx, actor, collectionId, "collection.product_removed", before, before.filter((id) => id !== productId));
  });
}

export async function moveCollectionProduct(actor: Actor, collectionId: string, productId: string, direction: "up" | "down") {
  await prisma.$transaction(async (tx) => {
    await assertHandPicked(tx, collectionId);
    const before = await lockedMembers(tx, collectionId);
    const index = before.indexOf(productId);
    const target = direction === "up" ? index - 1 : index + 1;
    if (index === -1 || target < 0 || target >= before.length) return;
    const after = [...before];
    [after[index], after[target]] = [after[target]!, after[index]!];
    await saveOrder(tx, actor, collectionId, "collection.product_moved", before, after);
  });
}
