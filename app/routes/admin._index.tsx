import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StockPill } from "~/components/admin/stock-pill";
import { formatDate } from "~/components/admin/format";
import { CONSENT_ENDING_DAYS, getDashboard } from "~/models/admin-dashboard.server";
import { useShopCurrency } from "~/root";
import { getEnv } from "~/utils/env.server";
import { formatMoney } from "~/utils/money";
import { LOW_STOCK_LIST_LIMIT } from "~/utils/admin";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { canAccess, PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Overview — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.dashboard);
  const dashboard = await getDashboard();
  const canSeeOrders = canAccess(user.role, "orders");
  const canSeeMakers = canAccess(user.role, "makers");
  return json(
    {
      // Each role sees the work of its own areas.
      dashboard: {
        ...dashboard,
        ...(canSeeOrders ? {} : { toPack: null, toShip: null, refundsWaiting: null, openCheckouts: null, today: null, week: null, month: null }),
        consentsEnding: canSeeMakers ? dashboard.consentsEnding : null,
      },
      canManageStock: canAccess(user.role, "inventory"),
      name: user.name,
      timeZone: getEnv().SHOP_TIMEZONE,
      consentEndingDays: CONSENT_ENDING_DAYS,
    },
    { headers: NO_STORE },
  );
}

type Period = { from: string; to: string; amount: number; previous: number } | null;

function SalesStat({ label, period, previousLabel, currency }: { label: string; period: Period; previousLabel: string; currency: string }) {
  if (!period) return null;
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <Link to={`/admin/orders?from=${period.from}&to=${period.to}`}>{formatMoney(period.amount, currency)}</Link>
        <span className="cell-note">
          {previousLabel}: {formatMoney(period.previous, currency)}
        </span>
      </dd>
    </div>
  );
}

export default function AdminHome() {
  const { dashboard, canManageStock, name, timeZone, consentEndingDays } = useLoaderData<typeof loader>();
  const currency = useShopCurrency();
  const work = [
    { label: "Paid orders to pack", value: dashboard.toPack, to: "/admin/orders?status=PAID" },
    { label: "Packed orders to ship", value: dashboard.toShip, to: "/admin/orders?status=PACKED" },
    { label: "Refunds waiting (paid, short of stock)", value: dashboard.refundsWaiting, to: "/admin/orders?short=1" },
    { label: "Open checkouts holding stock", value: dashboard.openCheckouts, to: "/admin/orders?status=PENDING" },
  ].filter((item): item is { label: string; value: number; to: string } => item.value !== null);
  const stats = [
    { label: "Published products", value: dashboard.published },
    { label: "Drafts", value: dashboard.drafts },
    { label: "Variants low on stock", value: dashboard.lowStock, to: canManageStock ? "/admin/inventory?filter=low" : undefined },
    { label: "Variants sold out", value: dashboard.soldOut },
    { label: "Active staff", value: dashboard.activeStaff },
  ];
  return (
    <>
      <h1 className="admin-title">Overview</h1>
      <p className="muted">Hello, {name}. Times are in the shop's time zone ({timeZone}).</p>
      {work.length > 0 ? (
        <section aria-labelledby="work-heading" className="admin-section">
          <h2 id="work-heading">To do</h2>
          <dl className="stat-grid">
            {work.map((item) => (
              <div key={item.label} className="stat">
                <dt>{item.label}</dt>
                <dd>
                  <Link to={item.to}>{item.value}</Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {dashboard.consentsEnding ? (
        <section aria-labelledby="consents-heading" className="admin-section">
          <h2 id="consents-heading">Consents ending within {consentEndingDays} days</h2>
          {dashboard.consentsEnding.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="order-admin__list">
              {dashboard.consentsEnding.map((consent) => (
                <li key={consent.makerId}>
                  <Link to={`/admin/makers/${consent.makerId}`}>{consent.internalLabel}</Link>: ends {formatDate(consent.expiresAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <h2 className="visually-hidden">Catalog</h2>
      <dl className="stat-grid">
        {stats.map((stat) => (
          <div key={stat.label} className="stat">
            <dt>{stat.label}</dt>
            <dd>{"to" in stat && stat.to ? <Link to={stat.to}>{stat.value}</Link> : stat.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="low-stock" className="admin-section">
        <h2 id="low-stock">Low stock</h2>
        {dashboard.lowStockList.length === 0 ? (
          <p>Every variant has more available than its low-stock threshold.</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="low-stock-caption" tabIndex={0}>
            <table className="admin-table">
              <caption id="low-stock-caption">
                <span>
                  Variants whose available stock is at or below their threshold
                  {dashboard.lowStock > LOW_STOCK_LIST_LIMIT ? ` (the ${LOW_STOCK_LIST_LIMIT} lowest of ${dashboard.lowStock})` : ""}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Variant</th>
                  <th scope="col">SKU</th>
                  <th scope="col" className="num">On hand</th>
                  <th scope="col" className="num">Reserved</th>
                  <th scope="col" className="num">Available</th>
                  <th scope="col" className="num">Threshold</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.lowStockList.map((variant) => (
                  <tr key={variant.id}>
                    <th scope="row">{variant.productName}</th>
                    <td>{variant.title}</td>
                    <td className="code">
                      {canManageStock ? <Link to={`/admin/inventory/${variant.id}`}>{variant.sku}</Link> : variant.sku}
                    </td>
                    <td className="num">{variant.onHand}</td>
                    <td className="num">{variant.reserved}</td>
                    <td className="num">
                      {variant.available <= 0 ? <StockPill available={variant.available} threshold={variant.lowStockThreshold} /> : variant.available}
                    </td>
                    <td className="num">{variant.lowStockThreshold}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {dashboard.today ? (
        <section aria-labelledby="sales-heading" className="admin-section">
          <h2 id="sales-heading">Sales, after refunds</h2>
          <dl className="stat-grid">
            <SalesStat label="Today" period={dashboard.today} previousLabel="Yesterday" currency={currency} />
            <SalesStat label="This week" period={dashboard.week} previousLabel="Last week" currency={currency} />
            <SalesStat label="This month" period={dashboard.month} previousLabel="Last month" currency={currency} />
          </dl>
        </section>
      ) : null}
    </>
  );
}
