import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import { OrderStatusPill } from "~/components/admin/order-bits";
import { getOrderDetail, getOrderForRefund, isRefundRecorded, markPacked, markShipped, type StaffActionResult } from "~/models/admin-orders.server";
import { CANNOT_CANCEL, cancelUnpaidOrder, newRefundKey, refundOrder } from "~/services/order-admin.server";
import adminOrderStyles from "~/styles/admin-orders.css";
import { fieldErrors } from "~/utils/admin-forms";
import { mailIsSent, mailQueued } from "~/services/mail.server";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { addressLines, isCancellablePaid, isPaidStatus, orderLabel } from "~/utils/orders";
import { shopOrigin } from "~/utils/origin.server";
import { PERMISSIONS } from "~/utils/permissions";
import { PostalAddress } from "~/components/postal-address";
import { readForm } from "~/utils/request-body.server";
import { RefundConfirmationForm, RefundForm } from "~/components/admin/refund-forms";
import { readRefundForm, refundConfirmation, type RefundConfirmation } from "~/utils/refund-form";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminOrderStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${orderLabel(data.order.number)} — Belonging back office` : "Order — Belonging back office" },
];

const orderId = z.string().min(1).max(64);

function notFound() {
  return new Response("We couldn't find that order.", { status: 404, headers: NO_STORE });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.orders);
  const id = orderId.safeParse(params.orderId);
  const order = id.success ? await getOrderDetail(id.data) : null;
  if (!order) throw notFound();
  // A fresh key per page view: submitting the same refund form twice is one refund.
  return json({ order, refundKey: newRefundKey(), mailSent: mailIsSent() }, { headers: NO_STORE });
}

const MISSING = "Please fill this in.";
const required = (max: number) => z.string({ required_error: MISSING }).trim().min(1, MISSING).max(max, `Please keep this to ${max} characters.`);

const refundKey = z.string({ required_error: "Please reload the page and try again." }).regex(/^[A-Za-z0-9_-]{16,64}$/, "Please reload the page and try again.");
const confirmedAmount = z.coerce.number().int().positive();

const orderAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("packed") }),
  z.object({ intent: z.literal("shipped"), carrier: required(80), trackingNumber: required(120) }),
  // A refund, or cancelling a paid order, takes two steps: review (nothing is sent anywhere),
  // then the confirmation, which carries the amount staff saw in words.
  z.object({ intent: z.enum(["refund-review", "cancel-review"]), key: refundKey }),
  z.object({ intent: z.enum(["refund", "cancel-paid"]), key: refundKey, confirmedAmount }),
  z.object({ intent: z.literal("cancel") }),
]);

type ActionData = {
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  confirm?: RefundConfirmation & { key: string; cancel: boolean };
};

function answer(data: ActionData, status = 200) {
  return json<ActionData>(data, { status, headers: NO_STORE });
}

function fromResult(result: StaffActionResult) {
  return result.ok ? answer({ ok: true, message: result.message }) : answer({ ok: false, message: result.message }, result.status);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.orders);
  const id = orderId.safeParse(params.orderId);
  if (!id.success) throw notFound();
  const fields = Object.fromEntries(await readForm(request));
  const values = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const parsed = orderAction.safeParse(fields);
  if (!parsed.success) {
    return answer({ ok: false, message: "Please check the form.", errors: fieldErrors(parsed.error), values }, 400);
  }
  const staff = { ...actorFor(request, user), name: user.name };
  const input = parsed.data;
  switch (input.intent) {
    case "packed":
      return fromResult(await markPacked(staff, id.data));
    case "shipped": {
      const result = await markShipped(staff, id.data, { carrier: input.carrier, trackingNumber: input.trackingNumber }, shopOrigin(request));
      if (result.ok) mailQueued();
      return fromResult(result);
    }
    case "refund-review":
    case "cancel-review":
    case "refund":
    case "cancel-paid": {
      // A confirmation submitted again (or twice at once) finds its refund made: one refund, no error.
      const confirmed = "confirmedAmount" in input;
      const alreadyRefunded = async () => confirmed && (await isRefundRecorded(id.data, input.key));
      const ALREADY = { ok: true, message: "That refund was already recorded." };
      if (await alreadyRefunded()) return answer(ALREADY);
      const order = await getOrderForRefund(id.data);
      if (!order) throw notFound();
      const cancel = input.intent === "cancel-review" || input.intent === "cancel-paid";
      if (!isPaidStatus(order.status) || (cancel && !isCancellablePaid(order.status))) {
        if (await alreadyRefunded()) return answer(ALREADY);
        return answer({ ok: false, message: cancel ? CANNOT_CANCEL : "Only a paid order can be refunded." }, 409);
      }
      const read = readRefundForm(values, order, { cancel });
      if (!read.ok) {
        if (await alreadyRefunded()) return answer(ALREADY);
        return answer({ ok: false, message: "Nothing was refunded. Please check the form.", errors: read.errors, values }, 400);
      }
      if (!("confirmedAmount" in input)) {
        return answer({ ok: true, message: "", confirm: { ...refundConfirmation(read.request, order), key: input.key, cancel } });
      }
      if (input.confirmedAmount !== read.request.amount) {
        return answer({ ok: false, message: "The amount is not the one you confirmed. Nothing was refunded; check it again.", values }, 409);
      }
      const result = await refundOrder(staff, id.data, { ...read.request, key: input.key, cancel }, shopOrigin(request));
      if (!result.ok && (await alreadyRefunded())) return answer(ALREADY);
      return fromResult(result);
    }
    case "cancel":
      return fromResult(await cancelUnpaidOrder(staff, id.data));
  }
}

export default function OrderDetail() {
  const { order, refundKey, mailSent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const money = (amount: number) => formatMoney(amount, order.currency);
  const errors = result?.errors ?? {};
  const refundLeft = order.total - order.refundedAmount;
  const paid = isPaidStatus(order.status);
  const address = order.shippingAddress ? addressLines(order.shippingAddress) : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/orders">Orders</Link> › {orderLabel(order.number)}
      </p>
      <div className="admin-head">
        <h1 className="admin-title">{orderLabel(order.number)}</h1>
        <OrderStatusPill status={order.status} />
      </div>
      <p className="muted">
        Placed {formatDateTime(order.createdAt)}
        {order.paidAt ? ` · paid ${formatDateTime(order.paidAt)}` : ""}
        {order.shippedAt ? ` · shipped ${formatDateTime(order.shippedAt)}` : ""}
      </p>
      {order.stockShort ? (
        <FormMessage>
          This order was paid after its checkout had ended, and some pieces were no longer in stock. See the timeline; make the
          pieces or refund.
        </FormMessage>
      ) : null}
      {result?.message ? <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage> : null}

      <div className="order-admin">
        <div className="order-admin__main">
          <section aria-labelledby="pieces-heading" className="admin-section">
            <h2 id="pieces-heading">Pieces</h2>
            <div className="table-scroll" role="region" aria-labelledby="pieces-caption" tabIndex={0}>
              <table className="admin-table">
                <caption id="pieces-caption">
                  <span>As ordered: names and prices when the order was placed</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Piece</th>
                    <th scope="col">SKU</th>
                    <th scope="col" className="num">Quantity</th>
                    <th scope="col" className="num">Each</th>
                    <th scope="col" className="num">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {order.lines.map((line) => (
                    <tr key={line.id}>
                      <th scope="row">
                        {line.variantId ? <Link to={`/admin/inventory/${line.variantId}`}>{line.productName}</Link> : line.productName}
                        <span className="cell-note">{line.variantTitle}</span>
                      </th>
                      <td className="code">{line.sku}</td>
                      <td className="num">{line.quantity}</td>
                      <td className="num">{money(line.unitPrice)}</td>
                      <td className="num">{money(line.unitPrice * line.quantity)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="order-admin__totals">
              <div>
                <dt>Pieces</dt>
                <dd>{money(order.subtotal)}</dd>
              </div>
              {order.giftWrapAmount > 0 ? (
                <div>
                  <dt>Gift wrap</dt>
                  <dd>{money(order.giftWrapAmount)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{order.shippingOption ?? "Shipping"}</dt>
                <dd>{order.shippingOption ? money(order.shippingAmount) : "Not chosen yet"}</dd>
              </div>
              <div className="order-admin__total">
                <dt>Total</dt>
                <dd>{money(order.total)}</dd>
              </div>
              {order.refundedAmount > 0 ? (
                <div>
                  <dt>Refunded</dt>
                  <dd>{money(order.refundedAmount)}</dd>
                </div>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="timeline-heading" className="admin-section">
            <h2 id="timeline-heading">Timeline</h2>
            <ol className="timeline">
              {order.events.map((event) => (
                <li key={event.id}>
                  <p className="timeline__when">
                    {formatDateTime(event.createdAt)}
                    {event.actorName ? ` · ${event.actorName}` : ""}
                  </p>
                  <p>{event.message}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="order-admin__side">
          <section aria-labelledby="actions-heading" className="admin-panel">
            <h2 id="actions-heading">Next steps</h2>
            <p>
              <Link to={`/admin/orders/${order.id}/packing-slip`}>Packing slip</Link>
              {order.hidePrices ? <span className="muted"> (prices hidden, as the shopper asked)</span> : null}
            </p>
            {order.status === "PAID" ? (
              <Form method="post">
                <button type="submit" name="intent" value="packed" className="button button--small" disabled={busy}>
                  Mark packed
                </button>
              </Form>
            ) : null}
            {order.status === "PAID" || order.status === "PACKED" ? (
              <Form method="post" className="stack order-admin__form">
                <h3>Mark shipped</h3>
                <TextField label="Carrier" name="carrier" autoComplete="off" defaultValue={result?.values?.carrier} error={errors.carrier} />
                <TextField
                  label="Tracking number"
                  name="trackingNumber"
                  autoComplete="off"
                  defaultValue={result?.values?.trackingNumber}
                  error={errors.trackingNumber}
                />
                <p className="field__hint">{order.email ? `The shopper gets a shipping notice at ${order.email}.` : "No email to notify."}</p>
                <div>
                  <button type="submit" name="intent" value="shipped" className="button button--small" disabled={busy}>
                    Mark shipped
                  </button>
                </div>
              </Form>
            ) : null}
            {result?.confirm ? (
              <RefundConfirmationForm confirm={result.confirm} orderPath={`/admin/orders/${order.id}`} busy={busy} />
            ) : paid && refundLeft > 0 ? (
              <RefundForm order={order} refundKey={refundKey} result={result} busy={busy} cancellable={isCancellablePaid(order.status)} />
            ) : null}
            {order.status === "PENDING" ? (
              <Form method="post" className="stack order-admin__form">
                <p className="field__hint">The shopper has not paid yet. Cancelling ends the checkout and makes its pieces available again.</p>
                <div>
                  <button type="submit" name="intent" value="cancel" className="button button--small button--danger" disabled={busy}>
                    Cancel order
                  </button>
                </div>
              </Form>
            ) : null}
          </section>

          <section aria-labelledby="shopper-heading" className="admin-panel">
            <h2 id="shopper-heading">Shopper</h2>
            {order.email ? (
              <p>
                {order.customerName ? (
                  <>
                    {order.customerName}
                    <br />
                  </>
                ) : null}
                <a href={`mailto:${order.email}`}>{order.email}</a>
              </p>
            ) : (
              <p className="muted">Given on the payment page; not yet.</p>
            )}
            <h3>Ship to</h3>
            {address ? (
              <PostalAddress lines={address} />
            ) : (
              <p className="muted">No address yet.</p>
            )}
            {order.carrier ? (
              <p>
                {order.carrier}, tracking number <span className="code">{order.trackingNumber}</span>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="gift-heading" className="admin-panel">
            <h2 id="gift-heading">Gift</h2>
            <p>{order.giftWrap ? "Gift wrap: yes." : "No gift wrap."}</p>
            {order.giftNote ? <blockquote className="order-admin__note">{order.giftNote}</blockquote> : <p className="muted">No gift note.</p>}
            <p>{order.hidePrices ? "Prices hidden on the packing slip." : "Prices shown on the packing slip."}</p>
          </section>

          <section aria-labelledby="payment-heading" className="admin-panel">
            <h2 id="payment-heading">Payment</h2>
            <dl className="order-admin__facts">
              <div>
                <dt>Provider</dt>
                <dd>{order.provider === "TEST" ? "Test provider (no money moved)" : "Stripe"}</dd>
              </div>
              <div>
                <dt>Payment</dt>
                <dd className="code">{order.paymentIntentId ?? "—"}</dd>
              </div>
              <div>
                <dt>Checkout session</dt>
                <dd className="code">{order.stripeSessionId ?? "—"}</dd>
              </div>
              {order.status === "PENDING" ? (
                <div>
                  <dt>Reserved until</dt>
                  <dd>{formatDateTime(order.expiresAt)}</dd>
                </div>
              ) : null}
            </dl>
            {order.refunds.length ? (
              <ul className="order-admin__list">
                {order.refunds.map((refund) => (
                  <li key={refund.id}>
                    {money(refund.amount)} refunded {formatDateTime(refund.createdAt)}
                    {refund.reason ? ` — ${refund.reason}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section aria-labelledby="emails-heading" className="admin-panel">
            <h2 id="emails-heading">Emails</h2>
            {order.emails.length ? (
              <ul className="order-admin__list">
                {order.emails.map((email) => (
                  <li key={email.id}>
                    {email.subject} —{" "}
                    {email.status === "SENT" && email.sentAt
                      ? `sent ${formatDateTime(email.sentAt)}`
                      : email.status === "PENDING"
                        ? mailSent
                          ? "waiting to send"
                          : "kept in the mailbox"
                        : email.status === "FAILED"
                          ? "not sent: tries used up"
                          : "sending"}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None yet.</p>
            )}
            <p>
              <Link to="/admin/mailbox">Mailbox</Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
