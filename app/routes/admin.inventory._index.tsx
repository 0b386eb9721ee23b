import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/admin/field";
import { StockPill } from "~/components/admin/stock-pill";
import { listInventory } from "~/models/admin-inventory.server";
import { STOCK_FILTERS } from "~/utils/admin";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Inventory — Belonging back office" }];

const query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  stock: z.enum(STOCK_FILTERS).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.inventory);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ""));
  const filter = query.parse(params);
  return json({ ...(await listInventory({ q: filter.q, filter: filter.stock, page: filter.page })), filter }, { headers: NO_STORE });
}

const FILTER_LABELS = { all: "All variants", low: "Low stock", "sold-out": "Sold out" } as const;

function pageLink(filter: { q?: string; stock: string }, page: number) {
  const params = new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), stock: filter.stock, page: String(page) });
  return `?${params}`;
}

export default function Inventory() {
  const { rows, hasMore, filter } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="admin-head">
        <h1 className="admin-title">Inventory</h1>
        <p className="form-actions">
          <Link to="/admin/inventory.csv" reloadDocument>
            Download stock (CSV)
          </Link>
          <Link to="/admin/inventory/import">Import counts from a file</Link>
        </p>
      </div>
      <p className="muted">Available is on hand minus what open orders have reserved. Archived products are left out.</p>
      <Form method="get" className="filters" role="search" aria-label="Inventory">
        <TextField label="Search SKU, product or variant" name="q" type="search" defaultValue={filter.q} />
        <SelectField label="Show" name="stock" defaultValue={filter.stock}>
          {STOCK_FILTERS.map((key) => (
            <option key={key} value={key}>
              {FILTER_LABELS[key]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--small">
          Show
        </button>
      </Form>
      {rows.length === 0 ? (
        <p>No variants match.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="inventory-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="inventory-caption">
              <span>
                {FILTER_LABELS[filter.stock]}
                {filter.q ? ` matching “${filter.q}”` : ""}, by product (page {filter.page})
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">SKU</th>
                <th scope="col" className="num">On hand</th>
                <th scope="col" className="num">Reserved</th>
                <th scope="col" className="num">Available</th>
                <th scope="col">Stock</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/admin/inventory/${row.id}`}>
                      {row.productName}
                      <span className="visually-hidden">, </span>
                      <span className="cell-note">{row.title}</span>
                    </Link>
                  </th>
                  <td className="code">{row.sku}</td>
                  <td className="num">{row.onHand}</td>
                  <td className="num">{row.reserved}</td>
                  <td className="num">{row.available}</td>
                  <td>
                    <StockPill available={row.available} threshold={row.lowStockThreshold} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Inventory pages">
        {filter.page > 1 ? <Link to={pageLink(filter, filter.page - 1)}>Previous page</Link> : <span />}
        {hasMore ? <Link to={pageLink(filter, filter.page + 1)}>Next page</Link> : null}
      </nav>
    </>
  );
}
