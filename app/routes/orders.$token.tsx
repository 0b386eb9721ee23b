import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { OrderLines, OrderTotals } from "~/components/order-summary";
import { getOrderForShopper, type ShopperOrder } from "~/models/order.server";
import checkoutStyles from "~/styles/checkout.css";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { addressLines, isPaidStatus, type OrderStatus, orderLabel } from "~/utils/orders";
import { PostalAddress } from "~/components/postal-address";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }];

export const headers: HeadersFunction = () => NO_STORE;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${orderLabel(data.order.number)} — Belonging` : "Your order — Belonging" },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

const params = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** Reads the order only: it fulfils nothing (the payment webhook does). */
export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  const order = parsed.success ? await getOrderForShopper(parsed.data.token) : null;
  if (!order) throw new Response("Not found", { status: 404, headers: NO_STORE });
  return json({ order }, { headers: NO_STORE });
}

type Order = Omit<ShopperOrder, "createdAt" | "paidAt" | "shippedAt"> & { createdAt: string; paidAt: string | null; shippedAt: string | null };

function heading(status: OrderStatus) {
  switch (status) {
    case "PENDING":
      return "We are confirming your payment";
    case "PROCESSING":
      return "Your payment is on its way";
    case "PAID":
    case "PACKED":
      return "Thank you — your order is confirmed";
    case "SHIPPED":
      return "Your order is on its way";
    case "REFUNDED":
      return "Your order was refunded";
    case "PAYMENT_FAILED":
      return "Your payment didn't go through";
    case "CANCELLED":
    case "EXPIRED":
      return "This checkout has ended";
  }
}

function StatusMessage({ order }: { order: Order }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  switch (order.status) {
    case "PENDING":
      return <p>This usually takes a few seconds. This page updates by itself.</p>;
    case "PROCESSING":
      return (
        <p>
          Some payment methods take a few days to clear. Your pieces are set aside for you, and we will email you as soon as
          the payment comes through.
        </p>
      );
    case "PAID":
      return (
        <p>
          Your payment has come through, and we are preparing your pieces in our studio.
          {order.email ? ` A confirmation is on its way to ${order.email}.` : null}
        </p>
      );
    case "PACKED":
      return <p>Your pieces are packed and will leave our studio soon.</p>;
    case "SHIPPED":
      return (
        <p>
          Your parcel left our studio{order.carrier ? ` with ${order.carrier}` : ""}.
          {order.trackingNumber ? (
            <>
              {" "}
              Tracking number: <span className="order-page__tracking">{order.trackingNumber}</span>.
            </>
          ) : null}
        </p>
      );
    case "REFUNDED":
      return <p>We have refunded {money(order.refundedAmount)}. It can take 5 to 10 days to show on your statement.</p>;
    case "PAYMENT_FAILED":
    case "CANCELLED":
    case "EXPIRED":
      return (
        <p>
          Nothing was charged. Your pieces are still in your bag whenever you would like to try again.{" "}
          <Link to="/cart">Go to your bag</Link>
        </p>
      );
  }
}

const STEPS = [
  { label: "Confirmed", reached: ["PAID", "PACKED", "SHIPPED"] },
  { label: "Packed", reached: ["PACKED", "SHIPPED"] },
  { label: "Shipped", reached: ["SHIPPED"] },
] as const;

function Progress({ status }: { status: OrderStatus }) {
  if (!["PAID", "PACKED", "SHIPPED"].includes(status)) return null;
  const current = STEPS.findLastIndex((step) => (step.reached as readonly string[]).includes(status));
  return (
    <ol className="order-progress" aria-label="Order progress">
      {STEPS.map((step, index) => (
        <li key={step.label} className={index <= current ? "is-done" : undefined} aria-current={index === current ? "step" : undefined}>
          {step.label}
        </li>
      ))}
    </ol>
  );
}

const POLL_MS = 2_500;
const POLL_FOR_MS = 10 * 60_000;

/** While the payment is being confirmed, the page asks again every few seconds (with JavaScript; a meta refresh without). */
function useConfirmationPolling(active: boolean) {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > POLL_FOR_MS) clearInterval(timer);
      else if (document.visibilityState === "visible") revalidate();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, revalidate]);
}

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>() as { order: Order };
  const confirming = order.status === "PENDING";
  useConfirmationPolling(confirming);
  const address = order.shippingAddress ? addressLines(order.shippingAddress) : null;
  const shipping = order.shippingOption ? { label: order.shippingOption, amount: order.shippingAmount } : null;

  return (
    <div className="container page order-page">
      {confirming ? (
        <noscript>
          <meta httpEquiv="refresh" content="5" />
        </noscript>
      ) : null}
      <p className="eyebrow">{orderLabel(order.number)}</p>
      <h1 data-testid="order-heading">{heading(order.status)}</h1>
      <div role="status" className={`order-page__status order-page__status--${order.status.toLowerCase()}`}>
        <StatusMessage order={order} />
      </div>
      {confirming ? (
        <p className="muted order-page__again">
          Taking longer than usual? <Link to=".">Check again</Link>
        </p>
      ) : null}
      <Progress status={order.status} />

      <div className="order-page__layout">
        <section aria-labelledby="pieces-heading" className="order-page__pieces">
          <h2 id="pieces-heading">Your pieces</h2>
          <OrderLines lines={order.lines} currency={order.currency} />
          <OrderTotals
            currency={order.currency}
            subtotal={order.subtotal}
            giftWrapAmount={order.giftWrapAmount}
            shipping={shipping}
            total={order.total}
            refundedAmount={order.refundedAmount}
          />
        </section>
        <div className="order-page__aside">
          {order.giftWrap || order.giftNote ? (
            <section aria-labelledby="gift-heading" className="order-card">
              <h2 id="gift-heading">Gift</h2>
              {order.giftWrap ? <p>Wrapped in recycled paper with a cotton ribbon.</p> : null}
              {order.giftNote ? (
                <>
                  <p className="muted">Your note, printed on the card:</p>
                  <blockquote className="order-page__note">{order.giftNote}</blockquote>
                </>
              ) : null}
            </section>
          ) : null}
          {address ? (
            <section aria-labelledby="shipping-heading" className="order-card">
              <h2 id="shipping-heading">Shipping to</h2>
              <PostalAddress lines={address} />
              {order.shippingOption ? <p className="muted">{order.shippingOption}</p> : null}
            </section>
          ) : null}
          {isPaidStatus(order.status) ? (
            <p className="muted order-page__help">
              Questions about your order? Reply to your confirmation email and mention {orderLabel(order.number).toLowerCase()}.
            </p>
          ) : null}
        </div>
      </div>
      <p>
        <Link to="/collections">Continue browsing</Link>
      </p>
    </div>
  );
}
