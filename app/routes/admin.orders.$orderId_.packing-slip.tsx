import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatDate } from "~/components/admin/format";
import { useHydrated } from "~/components/use-hydrated";
import { getOrderDetail } from "~/models/admin-orders.server";
import adminOrderStyles from "~/styles/admin-orders.css";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { addressLines, orderLabel } from "~/utils/orders";
import { PERMISSIONS } from "~/utils/permissions";
import { PostalAddress } from "~/components/postal-address";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminOrderStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Packing slip, ${orderLabel(data.order.number).toLowerCase()} — Belonging` : "Packing slip — Belonging" },
];

const orderId = z.string().min(1).max(64);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.orders);
  const id = orderId.safeParse(params.orderId);
  const order = id.success ? await getOrderDetail(id.data) : null;
  if (!order) throw new Response("We couldn't find that order.", { status: 404, headers: NO_STORE });
  const { token: _token, paymentIntentId: _payment, stripeSessionId: _session, events: _events, emails: _emails, refunds: _refunds, ...slip } = order;
  return json({ order: slip }, { headers: NO_STORE });
}

/** A printable slip for the parcel. Prices are left off when the shopper asked (a gift). */
export default function PackingSlip() {
  const { order } = useLoaderData<typeof loader>();
  const hydrated = useHydrated();
  const showPrices = !order.hidePrices;
  const money = (amount: number) => formatMoney(amount, order.currency);
  const address = order.shippingAddress ? addressLines(order.shippingAddress) : null;

  return (
    <div className="slip">
      <p className="slip__tools">
        <Link to={`/admin/orders/${order.id}`}>Back to {orderLabel(order.number).toLowerCase()}</Link>
        {hydrated ? (
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
        ) : (
          <span className="muted"> Use your browser&apos;s Print to print it.</span>
        )}
      </p>
      <article className="slip__page" aria-labelledby="slip-title">
        <header className="slip__header">
          <p className="slip__wordmark">Belonging</p>
          <h1 id="slip-title">Packing slip</h1>
          <p>
            {orderLabel(order.number)} · {formatDate(order.createdAt)}
          </p>
        </header>
        <section aria-labelledby="slip-to">
          <h2 id="slip-to">Ship to</h2>
          {address ? (
            <PostalAddress lines={address} />
          ) : (
            <p>No address yet.</p>
          )}
          {order.shippingOption ? <p>{order.shippingOption}</p> : null}
        </section>
        <section aria-labelledby="slip-pieces">
          <h2 id="slip-pieces">In this parcel</h2>
          <table className="slip__table">
            <thead>
              <tr>
                <th scope="col">Piece</th>
                <th scope="col">SKU</th>
                <th scope="col" className="num">Quantity</th>
                {showPrices ? (
                  <th scope="col" className="num">
                    Price
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row">
                    {line.productName}
                    <span className="cell-note">{line.variantTitle}</span>
                  </th>
                  <td>{line.sku}</td>
                  <td className="num">{line.quantity}</td>
                  {showPrices ? <td className="num">{money(line.unitPrice * line.quantity)}</td> : null}
                </tr>
              ))}
            </tbody>
            {showPrices ? (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    Total paid
                  </th>
                  <td className="num">{money(order.total)}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
          {order.giftWrap ? <p className="slip__wrap">Gift wrap: recycled paper, a cotton ribbon and a plain card.</p> : null}
        </section>
        {order.giftNote ? (
          <section aria-labelledby="slip-card">
            <h2 id="slip-card">For the card</h2>
            <blockquote className="slip__note">{order.giftNote}</blockquote>
          </section>
        ) : null}
        <footer className="slip__footer">
          <p>Every piece is handmade in our studio by makers paid a fair, stable wage. Thank you for being part of it.</p>
        </footer>
      </article>
    </div>
  );
}
