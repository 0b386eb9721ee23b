import { Prisma } from "~/generated/prisma/client";
import { findMakersByLabels, listMakerChoices } from "~/models/admin-makers.server";
import { setProductMakers } from "~/models/admin-products.server";
import { type Actor, recordAudit } from "~/models/audit.server";
import { type AdjustReason, LEDGER_LIMIT, type StockFilter } from "~/utils/admin";
import type { StockCsvRow } from "~/utils/admin-csv";
import { prisma } from "~/utils/db.server";

export const INVENTORY_PAGE_SIZE = 50;

export type InventoryRow = {
  id: string;
  sku: string;
  title: string;
  productId: string;
  productName: string;
  productStatus: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
};

const available = Prisma.sql`(v."onHand" - v."reserved")`;

/**
 * One page of variants with their stock, in one query. "Low" means available at or below
 * the variant's threshold but not sold out; "sold out" means nothing available.
 */
export async function listInventory({ q, filter, page }: { q?: string; filter: StockFilter; page: number }) {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."status" <> 'ARCHIVED'`];
  if (filter === "low") conditions.push(Prisma.sql`${available} > 0 AND ${available} <= v."lowStockThreshold"`);
  if (filter === "sold-out") conditions.push(Prisma.sql`${available} <= 0`);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(v."sku" ILIKE ${pattern} OR p."name" ILIKE ${pattern} OR v."title" ILIKE ${pattern})`);
  }
  const rows = await prisma.$queryRaw<InventoryRow[]>`
    SELECT v."id", v."sku", v."title", p."id" AS "productId", p."name" AS "productName", p."status"::text AS "productStatus",
           v."onHand", v."reserved", ${available} AS "available", v."lowStockThreshold"
    FROM "ProductVariant" v JOIN "Product" p ON p."id" = v."productId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY p."name", v."position", v."id"
    LIMIT ${INVENTORY_PAGE_SIZE + 1} OFFSET ${(page - 1) * INVENTORY_PAGE_SIZE}`;
  return { rows: rows.slice(0, INVENTORY_PAGE_SIZE), hasMore: rows.length > INVENTORY_PAGE_SIZE };
}

const variantLedgerSelect = {
  id: true,
  sku: true,
  title: true,
  onHand: true,
  reserved: true,
  lowStockThreshold: true,
  product: { select: { id: true, name: true, handle: true, status: true } },
  ledger: {
    select: { id: true, delta: true, reason: true, note: true, orderId: true, actorId: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LEDGER_LIMIT,
  },
} satisfies Prisma.ProductVariantSelect;

/** A variant, its stock and its latest ledger entries with who made them: two queries. */
export async function getVariantLedger(variantId: string) {
  const variant = await prisma.productVariant.findUnique({ where: { id: variantId }, select: variantLedgerSelect });
  if (!variant) return null;
  const actorIds = [...new Set(variant.ledger.map((entry) => entry.actorId).filter((id): id is string => id !== null))];
  const actors = actorIds.length
    ? await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return {
    ...variant,
    available: variant.onHand - variant.reserved,
    ledger: variant.ledger.map(({ actorId, ...entry }) => ({ ...entry, actorName: actorId ? (names.get(actorId) ?? null) : null })),
  };
}

export class VariantNotFoundError extends Error {}
export class StockBelowReservedError extends Error {
  constructor(
    public onHand: number,
    public reserved: number,
  ) {
    super("On hand cannot go below what is reserved.");
  }
}

/** The CHECK constraints on ProductVariant (onHand ≥ 0, reserved ≤ onHand) as PostgreSQL reports them. */
function isCheckViolation(error: unknown) {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : "";
  return /23514|check constraint|ProductVariant_(onHand_nonnegative|reserved_within_onHand)/i.test(text);
}

/**
 * Changes on-hand stock by `delta` and writes the ledger entry (with who did it) in one
 * transaction. The database refuses on hand below reserved; that refusal becomes
 * StockBelowReservedError, and nothing is written.
 */
export async function adjustStock(actor: Actor, variantId: string, input: { delta: number; reason: AdjustReason; note: string | null }) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.productVariant.findUnique({ where: { id: variantId }, select: { onHand: true, reserved: true } });
      if (!before) throw new VariantNotFoundError();
      const after = await tx.productVariant.update({
        where: { id: variantId },
        data: { onHand: { increment: input.delta } },
        select: { onHand: true, reserved: true },
      });
      await tx.inventoryLedgerEntry.create({
        data: { variantId, delta: input.delta, reason: input.reason, note: input.note, actorId: actor.id },
      });
      await recordAudit(tx, actor, {
        action: "inventory.adjusted",
        entityType: "ProductVariant",
        entityId: variantId,
        before: { onHand: before.onHand },
        after: { onHand: after.onHand, delta: input.delta, reason: input.reason, note: input.note },
      });
      return after;
    });
  } catch (error) {
    if (!isCheckViolation(error)) throw error;
    const current = await prisma.productVariant.findUnique({ where: { id: variantId }, select: { onHand: true, reserved: true } });
    throw new StockBelowReservedError(current?.onHand ?? 0, current?.reserved ?? 0);
  }
}

/** Every variant with its stock, for the CSV export: one query. */
export function listStockForExport() {
  return prisma.productVariant.findMany({
    select: {
      sku: true,
      title: true,
      onHand: true,
      reserved: true,
      lowStockThreshold: true,
      product: { select: { name: true, status: true, makers: { select: { makerId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } } },
    },
    orderBy: [{ product: { name: "asc" } }, { position: "asc" }, { id: "asc" }],
  });
}

export type StockImportLine = {
  line: number;
  sku: string;
  productName: string | null;
  title: string | null;
  current: number | null;
  next: number;
  reserved: number | null;
  /** Who made the piece, by internal label: as it is now, and as the file sets it (null: left as it is). */
  makersNow: string[];
  makersNext: string[] | null;
  error: string | null;
};

/** Whether a checked line changes anything: the count, or who made the piece. */
export function lineChanges(line: StockImportLine) {
  return line.current !== line.next || (line.makersNext !== null && line.makersNext.join("\n") !== line.makersNow.join("\n"));
}

/** What a stock file would change, line by line, with what is wrong on each: two queries. */
export async function planStockImport(rows: StockCsvRow[], db: Prisma.TransactionClient = prisma): Promise<StockImportLine[]> {
  const labels = [...new Set(rows.flatMap((row) => row.makers ?? []))];
  const [variants, makers, choices] = await Promise.all([
    db.productVariant.findMany({
      where: { sku: { in: rows.map((row) => row.sku), mode: "insensitive" } },
      select: {
        id: true,
        sku: true,
        title: true,
        onHand: true,
        reserved: true,
        product: { select: { id: true, name: true, makers: { select: { makerId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } } },
      },
    }),
    labels.length > 0 ? findMakersByLabels(labels, db) : Promise.resolve([]),
    listMakerChoices(),
  ]);
  const labelOf = new Map(choices.map((maker) => [maker.id, maker.internalLabel]));
  const byLabel = new Map<string, typeof makers>();
  for (const maker of makers) byLabel.set(maker.internalLabel.toUpperCase(), [...(byLabel.get(maker.internalLabel.toUpperCase()) ?? []), maker]);
  const bySku = new Map(variants.map((v) => [v.sku.toUpperCase(), v]));
  // Two lines of one piece must not name different makers.
  const setBy = new Map<string, { line: number; makers: string }>();
  return rows.map((row) => {
    const variant = bySku.get(row.sku.toUpperCase());
    if (!variant) {
      return { line: row.line, sku: row.sku, productName: null, title: null, current: null, next: row.onHand, reserved: null, makersNow: [], makersNext: row.makers, error: `No variant has the SKU ${row.sku}.` };
    }
    const problems: string[] = [];
    if (row.onHand < variant.reserved) problems.push(`On hand cannot be below the ${variant.reserved} reserved for open orders.`);
    let makersNext: string[] | null = null;
    if (row.makers) {
      makersNext = [];
      for (const label of row.makers) {
        const found = byLabel.get(label.toUpperCase()) ?? [];
        if (found.length === 0) problems.push(`No maker is called “${label}”.`);
        else if (found.length > 1) problems.push(`${found.length} makers are called “${label}”; set this piece's makers in its editor.`);
        else makersNext.push(found[0]!.internalLabel);
      }
      const earlier = setBy.get(variant.product.id);
      const key = makersNext.join("\n").toUpperCase();
      if (earlier && earlier.makers !== key) problems.push(`Line ${earlier.line} names other makers for ${variant.product.name}.`);
      else setBy.set(variant.product.id, { line: row.line, makers: key });
    }
    return {
      line: row.line,
      sku: variant.sku,
      productName: variant.product.name,
      title: variant.title,
      current: variant.onHand,
      next: row.onHand,
      reserved: variant.reserved,
      makersNow: variant.product.makers.map((m) => labelOf.get(m.makerId) ?? ""),
      makersNext,
      error: problems.length > 0 ? problems.join(" ") : null,
    };
  });
}

/** Credits the makers a checked file names, one piece at a time; returns them by SKU for the audit log. */
async function setMakersFromPlan(tx: Prisma.TransactionClient, plan: StockImportLine[]) {
  const wanted = plan.filter((line) => line.makersNext !== null && lineChanges(line));
  if (wanted.length === 0) return {};
  const labels = [...new Set(wanted.flatMap((line) => line.makersNext!))];
  const idOf = new Map((await findMakersByLabels(labels, tx)).map((maker) => [maker.internalLabel, maker.id]));
  const products = await tx.productVariant.findMany({ where: { sku: { in: wanted.map((line) => line.sku) } }, select: { sku: true, productId: true } });
  const productOf = new Map(products.map((v) => [v.sku, v.productId]));
  const done = new Set<string>();
  for (const line of wanted) {
    const productId = productOf.get(line.sku)!;
    if (done.has(productId)) continue;
    done.add(productId);
    await setProductMakers(tx, productId, line.makersNext!.map((label) => idOf.get(label)!));
  }
  return Object.fromEntries(wanted.map((line) => [line.sku, line.makersNext]));
}

export class StockImportRejectedError extends Error {
  constructor(public lines: StockImportLine[]) {
    super("The stock file has errors; nothing was changed.");
  }
}

/**
 * Sets on-hand stock from a checked file, all or nothing: the variants are locked, the plan is
 * made again inside the transaction, and one error anywhere changes nothing. Every change gets
 * a ledger entry (a correction after a count) and the import one audit event.
 */
export async function applyStockImport(actor: Actor, rows: StockCsvRow[]) {
  return prisma.$transaction(async (tx) => {
    const skus = rows.map((row) => row.sku.toUpperCase());
    await tx.$queryRaw`SELECT "id" FROM "ProductVariant" WHERE upper("sku") = ANY(${skus}::text[]) ORDER BY "id" FOR UPDATE`;
    const plan = await planStockImport(rows, tx);
    if (plan.some((line) => line.error)) throw new StockImportRejectedError(plan);
    const changed = plan.filter(lineChanges);
    if (changed.length === 0) return { changed: 0 };
    const makerChanges = await setMakersFromPlan(tx, plan);
    const changes = plan.filter((line) => line.current !== line.next);
    if (changes.length === 0) {
      await recordAudit(tx, actor, { action: "inventory.imported", entityType: "ProductVariant", entityId: null, after: { makers: makerChanges } });
      return { changed: changed.length };
    }
    const ids = await tx.productVariant.findMany({ where: { sku: { in: changes.map((c) => c.sku) } }, select: { id: true, sku: true } });
    const idOf = new Map(ids.map((v) => [v.sku, v.id]));
    const variantIds = changes.map((c) => idOf.get(c.sku)!);
    await tx.$executeRaw`
      UPDATE "ProductVariant" AS v SET "onHand" = u."onHand", "updatedAt" = now()
      FROM unnest(${variantIds}::text[], ${changes.map((c) => c.next)}::int[]) AS u("id", "onHand")
      WHERE v."id" = u."id"`;
    await tx.inventoryLedgerEntry.createMany({
      data: changes.map((c, i) => ({
        variantId: variantIds[i]!,
        delta: c.next - c.current!,
        reason: "CORRECTION" as const,
        note: "Stock file import",
        actorId: actor.id,
      })),
    });
    await recordAudit(tx, actor, {
      action: "inventory.imported",
      entityType: "ProductVariant",
      entityId: null,
      before: Object.fromEntries(changes.map((c) => [c.sku, c.current])),
      after: { ...Object.fromEntries(changes.map((c) => [c.sku, c.next])), ...(Object.keys(makerChanges).length > 0 ? { makers: makerChanges } : {}) },
    });
    return { changed: changed.length };
  });
}
