import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StockPill } from "~/components/admin/stock-pill";
import { getDashboard } from "~/models/admin-dashboard.server";
import { LOW_STOCK_LIST_LIMIT } from "~/utils/admin";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { canAccess, PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Overview — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.dashboard);
  return json({ dashboard: await getDashboard(), canManageStock: canAccess(user.role, "inventory"), name: user.name }, { headers: NO_STORE });
}

export default function AdminHome() {
  const { dashboard, canManageStock, name } = useLoaderData<typeof loader>();
  const stats = [
    { label: "Published products", value: dashboard.published },
    { label: "Drafts", value: dashboard.drafts },
    { label: "Variants low on stock", value: dashboard.lowStock },
    { label: "Variants sold out", value: dashboard.soldOut },
    { label: "Active staff", value: dashboard.activeStaff },
  ];
  return (
    <>
      <h1 className="admin-title">Overview</h1>
      <p className="muted">Hello, {name}.</p>
      <dl className="stat-grid">
        {stats.map((stat) => (
          <div key={stat.label} className="stat">
            <dt>{stat.label}</dt>
            <dd>{stat.value}</dd>
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
    </>
  );
}
