// The overview: today's work first (orders to pack and ship, refunds waiting, open checkouts,
// consents ending, low stock), then sales against the period before, all in one query.
import { LOW_STOCK_LIST_LIMIT } from "~/utils/admin";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/** Consents ending within this many days are listed on the overview. */
export const CONSENT_ENDING_DAYS = 30;

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

/** Net sales (total less refunds) of orders paid in a period of the shop's calendar, and the one before. */
export type SalesPeriod = { from: string; to: string; amount: number; previous: number };

type DashboardRow = {
  toPack: number;
  toShip: number;
  refundsWaiting: number;
  openCheckouts: number;
  consentsEnding: { makerId: string; internalLabel: string; expiresAt: string }[];
  today: SalesPeriod;
  week: SalesPeriod;
  month: SalesPeriod;
  published: number;
  drafts: number;
  lowStock: number;
  soldOut: number;
  activeStaff: number;
  lowStockList: LowStockVariant[];
};

/**
 * The overview in one query: the work waiting (orders by status, paid orders short of stock,
 * consents ending, by internal label), sales today, this week and this month in the shop's time
 * zone against the period before, catalog and staff counts, and the variants of live or draft
 * products whose available stock (on hand − reserved) is at or below their threshold.
 */
export async function getDashboard() {
  const zone = getEnv().SHOP_TIMEZONE;
  const [row] = await prisma.$queryRaw<DashboardRow[]>`
    WITH clock AS (
      -- Timestamps are stored as UTC without a zone; "local" is the shop's wall clock.
      SELECT (now() AT TIME ZONE 'UTC') AS utc_now, date_trunc('day', now() AT TIME ZONE ${zone}) AS day,
             date_trunc('week', now() AT TIME ZONE ${zone}) AS week, date_trunc('month', now() AT TIME ZONE ${zone}) AS month
    ),
    paid AS (
      SELECT ("paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${zone} AS local_paid, "total" - "refundedAmount" AS net
      FROM "Order", clock
      WHERE "paidAt" IS NOT NULL AND "status" IN ('PAID', 'PACKED', 'SHIPPED', 'REFUNDED')
        AND "paidAt" >= (clock.month - interval '1 month' - interval '1 day')
    ),
    periods AS (
      SELECT name, start, start + span AS finish, start - span AS before
      FROM clock, LATERAL (VALUES ('today', clock.day, interval '1 day'), ('week', clock.week, interval '7 days')) AS p(name, start, span)
      UNION ALL
      SELECT 'month', clock.month, clock.month + interval '1 month', clock.month - interval '1 month' FROM clock
    ),
    sales AS (
      SELECT p.name, json_build_object(
        'from', to_char(p.start, 'YYYY-MM-DD'),
        'to', to_char(p.finish - interval '1 day', 'YYYY-MM-DD'),
        'amount', coalesce(sum(paid.net) FILTER (WHERE paid.local_paid >= p.start AND paid.local_paid < p.finish), 0),
        'previous', coalesce(sum(paid.net) FILTER (WHERE paid.local_paid >= p.before AND paid.local_paid < p.start), 0)
      ) AS period
      FROM periods p LEFT JOIN paid ON paid.local_paid >= p.before AND paid.local_paid < p.finish
      GROUP BY p.name, p.start, p.finish, p.before
    ),
    low AS (
      SELECT v."id", v."sku", v."title", p."id" AS "productId", p."name" AS "productName",
             v."onHand", v."reserved", v."onHand" - v."reserved" AS "available", v."lowStockThreshold"
      FROM "ProductVariant" v JOIN "Product" p ON p."id" = v."productId"
      WHERE p."status" <> 'ARCHIVED' AND v."onHand" - v."reserved" <= v."lowStockThreshold"
    )
    SELECT
      (SELECT count(*) FROM "Order" WHERE "status" = 'PAID')::int AS "toPack",
      (SELECT count(*) FROM "Order" WHERE "status" = 'PACKED')::int AS "toShip",
      (SELECT count(*) FROM "Order" WHERE "stockShort" AND "status" IN ('PAID', 'PACKED'))::int AS "refundsWaiting",
      (SELECT count(*) FROM "Order" WHERE "status" IN ('PENDING', 'PROCESSING'))::int AS "openCheckouts",
      (SELECT coalesce(json_agg(e ORDER BY e."expiresAt", e."internalLabel"), '[]'::json) FROM (
        SELECT c."makerId", r."internalLabel", to_char(c."expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"
        FROM "MakerConsent" c JOIN "MakerStaffRecord" r ON r."makerId" = c."makerId", clock
        WHERE c."withdrawnAt" IS NULL AND cardinality(c."fields") > 0
          AND c."expiresAt" > clock.utc_now AND c."expiresAt" <= clock.utc_now + make_interval(days => ${CONSENT_ENDING_DAYS})
      ) e) AS "consentsEnding",
      (SELECT period FROM sales WHERE name = 'today') AS "today",
      (SELECT period FROM sales WHERE name = 'week') AS "week",
      (SELECT period FROM sales WHERE name = 'month') AS "month",
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
