import { LOW_STOCK_LIST_LIMIT } from "~/utils/admin";
import { prisma } from "~/utils/db.server";


export type LowStockVariant = {
  id: string;
  sku: string;
  title: string;
  productId: string;
  productName: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
};

type DashboardRow = {
  published: number;
  drafts: number;
  lowStock: number;
  soldOut: number;
  activeStaff: number;
  lowStockList: LowStockVariant[];
};

/**
 * The overview in one query: catalog and staff counts, and the variants of live or draft
 * products whose available stock (on hand − reserved) is at or below their threshold.
 */
export async function getDashboard() {
  const [row] = await prisma.$queryRaw<DashboardRow[]>`
    WITH low AS (
      SELECT v."id", v."sku", v."title", p."id" AS "productId", p."name" AS "productName",
             v."onHand", v."reserved", v."onHand" - v."reserved" AS "available", v."lowStockThreshold"
      FROM "ProductVariant" v JOIN "Product" p ON p."id" = v."productId"
      WHERE p."status" <> 'ARCHIVED' AND v."onHand" - v."reserved" <= v."lowStockThreshold"
    )
    SELECT
      (SELECT count(*) FROM "Product" WHERE "status" = 'PUBLISHED')::int AS "published",
      (SELECT count(*) FROM "Product" WHERE "status" = 'DRAFT')::int AS "drafts",
      (SELECT count(*) FROM low)::int AS "lowStock",
      (SELECT count(*) FROM low WHERE "available" <= 0)::int AS "soldOut",
      (SELECT count(*) FROM "User" WHERE "active" AND "role" <> 'MAKER')::int AS "activeStaff",
      (SELECT coalesce(json_agg(l ORDER BY l."available", l."productName", l."sku"), '[]'::json) FROM (
        SELECT * FROM low ORDER BY "available", "productName", "sku" LIMIT ${LOW_STOCK_LIST_LIMIT}
      ) l) AS "lowStockList"`;
  return row!;
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
