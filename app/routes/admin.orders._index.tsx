import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import { OrderStatusPill } from "~/components/admin/order-bits";
import { listOrders } from "~/models/admin-orders.server";
import adminOrderStyles from "~/styles/admin-orders.css";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { ORDER_STATUS_LABELS, ORDER_STATUSES, orderLabel } from "~/utils/orders";
import { PERMISSIONS } from "~/utils/permissions";
import { nextDay, shopTimeToUtc } from "~/utils/shop-time.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminOrderStyles }];
export const meta: MetaFunction = () => [{ title: "Orders — Belonging back office" }];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

const query = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  from: day,
  to: day,
  /** Only paid orders short of stock: a refund (or making the piece) is waiting. */
  short: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.orders);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ""));
  const filter = query.parse(params);
  const result = await listOrders(
    {
      q: filter.q,
      status: filter.status,
      // Days of the shop's calendar (SHOP_TIMEZONE); "to" includes the whole day.
      from: filter.from ? shopTimeToUtc(filter.from) : undefined,
      to: filter.to ? shopTimeToUtc(nextDay(filter.to)) : undefined,
      stockShort: filter.short === "1",
    },
    filter.page,
  );
  return json({ ...result, filter }, { headers: NO_STORE });
}

type Filter = z.infer<typeof query>;

function pageLink(filter: Filter, page: number) {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "from", "to", "short"] as const) if (filter[key]) params.set(key, filter[key]!);
  params.set("page", String(page));
  return `?${params}`;
}

export default function Orders() {
  const { orders, hasMore, filter } = useLoaderData<typeof loader>();
  const filtered = Boolean(filter.q || filter.status || filter.from || filter.to || filter.short);
  return (
    <>
      <h1 className="admin-title">Orders</h1>
      <p className="muted">Newest first. Paid orders are waiting to be packed; open checkouts still hold their pieces.</p>
      <Form method="get" className="filters" role="search" aria-label="Orders">
        <TextField label="Order number or email" name="q" type="search" defaultValue={filter.q} />
        <SelectField label="Status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">Any status</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ORDER_STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" defaultValue={filter.from} />
        <TextField label="To" name="to" type="date" defaultValue={filter.to} />
        <button type="submit" className="button button--small">
          Show
        </button>
      </Form>
      {orders.length === 0 ? (
        <p>{filtered ? "No orders match." : "No orders yet."}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="orders-caption" tabIndex={0}>
          <table className="admin-table orders-table">
            <caption id="orders-caption">
              <span>
                {filter.status ? ORDER_STATUS_LABELS[filter.status] : "All orders"}
                {filter.q ? ` matching “${filter.q}”` : ""} (page {filter.page})
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Total</th>
                <th scope="col">Placed</th>
                <th scope="col" className="wide-only">Shopper</th>
                <th scope="col" className="num wide-only">Pieces</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <th scope="row">
                    <Link to={`/admin/orders/${order.id}`}>{orderLabel(order.number)}</Link>
                  </th>
                  <td>
                    <OrderStatusPill status={order.status} />
                    {order.stockShort ? <span className="order-flag"> Stock short</span> : null}
                  </td>
                  <td className="num">{formatMoney(order.total, order.currency)}</td>
                  <td>{formatDateTime(order.createdAt)}</td>
                  <td className="wide-only">{order.email ?? <span className="muted">Not yet given</span>}</td>
                  <td className="num wide-only">{order.pieces}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Order pages">
        {filter.page > 1 ? <Link to={pageLink(filter, filter.page - 1)}>Previous page</Link> : <span />}
        {hasMore ? <Link to={pageLink(filter, filter.page + 1)}>Next page</Link> : null}
      </nav>
    </>
  );
}
