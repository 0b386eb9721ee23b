import type { ActionFunctionArgs, HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { OrderLines, OrderTotals } from "~/components/order-summary";
import { getOrderForTestPayment } from "~/models/order.server";
import { declineTestCheckout, payTestCheckout } from "~/services/checkout.server";
import { getPaymentProvider } from "~/services/payments.server";
import checkoutStyles from "~/styles/checkout.css";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { countryName, orderLabel } from "~/utils/orders";
import { shopOrigin } from "~/utils/origin.server";
import { SHIPPING_COUNTRIES, shippingOptionsFor } from "~/utils/shop";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }];
export const meta: MetaFunction = () => [{ title: "Test payment — Belonging" }, { name: "robots", content: "noindex" }];

export const headers: HeadersFunction = () => NO_STORE;

const sessionParam = z.string().regex(/^cs_test_local_[A-Za-z0-9_-]{24}$/);

/** The test provider's page exists only while the test provider is in use (never in production). */
async function findSession(raw: string | undefined) {
  if (getPaymentProvider().kind !== "TEST") return null;
  const id = sessionParam.safeParse(raw);
  return id.success ? getOrderForTestPayment(id.data) : null;
}

function notFound() {
  return new Response("Not found", { status: 404, headers: NO_STORE });
}

export async function loader({ params }: LoaderFunctionArgs) {
  const order = await findSession(params.sessionId);
  if (!order) throw notFound();
  const open = order.status === "PENDING" && new Date(order.expiresAt).getTime() > Date.now();
  const { id: _id, provider: _provider, ...shown } = order;
  return json({ order: shown, open, shippingOptions: shippingOptionsFor(order.subtotal) }, { headers: NO_STORE });
}

const REQUIRED = "Please fill this in.";
const text = (max: number) => z.string({ required_error: REQUIRED }).trim().min(1, REQUIRED).max(max, `Please keep this to ${max} characters.`);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please keep this to ${max} characters.`)
    .optional()
    .transform((value) => value || null);

const payment = z.object({
  email: z.string({ required_error: REQUIRED }).trim().email("Please enter an email address like name@example.com.").max(200),
  name: text(200),
  line1: text(200),
  line2: optional(200),
  city: text(200),
  state: optional(200),
  postalCode: text(40),
  country: z.enum(SHIPPING_COUNTRIES, { errorMap: () => ({ message: "Please choose a country we ship to." }) }),
  shipping: z.enum(["standard", "express"], { errorMap: () => ({ message: "Please choose how to ship." }) }),
});
type Field = keyof z.infer<typeof payment>;

const intent = z.enum(["pay", "decline", "cancel"]);

export async function action({ request, params }: ActionFunctionArgs) {
  const order = await findSession(params.sessionId);
  if (!order || !params.sessionId) throw notFound();
  const fields = Object.fromEntries(await readForm(request));
  const chosen = intent.safeParse(fields.intent);
  if (!chosen.success) return json({ errors: { form: "Please choose Pay, Decline or Cancel." } }, { status: 400, headers: NO_STORE });

  if (chosen.data === "cancel") return redirect(`/checkout/cancelled?order=${encodeURIComponent(order.token)}`, { status: 303, headers: NO_STORE });
  if (chosen.data === "decline") {
    const result = await declineTestCheckout(params.sessionId, shopOrigin(request));
    return redirect(`/orders/${result?.token ?? order.token}`, { status: 303, headers: NO_STORE });
  }

  const parsed = payment.safeParse(fields);
  if (!parsed.success) {
    const errors: Partial<Record<Field | "form", string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as Field] ??= issue.message;
    return json({ errors }, { status: 400, headers: NO_STORE });
  }
  const input = parsed.data;
  const option = shippingOptionsFor(order.subtotal).find((o) => o.id === input.shipping)!;
  const result = await payTestCheckout(
    params.sessionId,
    {
      email: input.email,
      name: input.name,
      address: { name: input.name, line1: input.line1, line2: input.line2, city: input.city, state: input.state, postalCode: input.postalCode, country: input.country },
      shippingAmount: option.amount,
    },
    shopOrigin(request),
  );
  return redirect(`/orders/${result?.token ?? order.token}`, { status: 303, headers: NO_STORE });
}

// Test details, filled in the way Stripe's test mode suggests test cards.
const SAMPLE = {
  email: "you@example.com",
  name: "Alex Example",
  line1: "12 Garden Lane",
  line2: "",
  city: "Portland",
  state: "OR",
  postalCode: "97201",
  country: "US",
};

function Input({ name, label, error, autoComplete, type = "text", optional = false }: { name: keyof typeof SAMPLE; label: string; error?: string; autoComplete: string; type?: string; optional?: boolean }) {
  const id = `pay-${name}`;
  return (
    <div className={`pay-field${error ? " pay-field--invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={SAMPLE[name]}
        autoComplete={autoComplete}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="pay-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export default function TestPayment() {
  const { order, open, shippingOptions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> = answer?.errors ?? {};
  const busy = useNavigation().state !== "idle";
  const money = (amount: number) => formatMoney(amount, order.currency);

  return (
    <div className="container page test-pay">
      <p className="test-pay__banner" role="note">
        <strong>Test payment — no money moves.</strong> This page stands in for Stripe while the shop runs without Stripe keys.
      </p>
      <h1>Pay for {orderLabel(order.number).toLowerCase()}</h1>
      {!open ? (
        <div className="order-card">
          <p>This checkout has ended, so it can no longer be paid.</p>
          <p>
            <Link to={`/orders/${order.token}`}>See the order</Link> · <Link to="/cart">Go to your bag</Link>
          </p>
        </div>
      ) : (
        <div className="test-pay__layout">
          <section aria-labelledby="summary-heading" className="test-pay__summary">
            <h2 id="summary-heading">Your order</h2>
            <OrderLines lines={order.lines} currency={order.currency} />
            <OrderTotals currency={order.currency} subtotal={order.subtotal} giftWrapAmount={order.giftWrapAmount} shipping={null} total={order.total} />
            <p className="muted">Shipping is added to the total when you choose how to ship.</p>
          </section>
          <Form method="post" className="test-pay__form" noValidate>
            {errors.form ? (
              <p role="alert" className="pay-field__error">
                {errors.form}
              </p>
            ) : null}
            <fieldset>
              <legend>Contact</legend>
              <Input name="email" label="Email" type="email" autoComplete="email" error={errors.email} />
            </fieldset>
            <fieldset>
              <legend>Shipping address</legend>
              <Input name="name" label="Full name" autoComplete="shipping name" error={errors.name} />
              <Input name="line1" label="Address" autoComplete="shipping address-line1" error={errors.line1} />
              <Input name="line2" label="Apartment, suite" autoComplete="shipping address-line2" error={errors.line2} optional />
              <div className="pay-row">
                <Input name="city" label="City" autoComplete="shipping address-level2" error={errors.city} />
                <Input name="state" label="State or region" autoComplete="shipping address-level1" error={errors.state} optional />
                <Input name="postalCode" label="Postal code" autoComplete="shipping postal-code" error={errors.postalCode} />
              </div>
              <div className={`pay-field${errors.country ? " pay-field--invalid" : ""}`}>
                <label htmlFor="pay-country">Country</label>
                <select
                  id="pay-country"
                  name="country"
                  defaultValue={SAMPLE.country}
                  autoComplete="shipping country"
                  aria-invalid={errors.country ? true : undefined}
                  aria-describedby={errors.country ? "pay-country-error" : undefined}
                >
                  {SHIPPING_COUNTRIES.map((code) => (
                    <option key={code} value={code}>
                      {countryName(code)}
                    </option>
                  ))}
                </select>
                {errors.country ? (
                  <p id="pay-country-error" className="pay-field__error">
                    {errors.country}
                  </p>
                ) : null}
              </div>
            </fieldset>
            <fieldset aria-describedby={errors.shipping ? "pay-shipping-error" : undefined}>
              <legend>Shipping</legend>
              {shippingOptions.map((option, index) => (
                <div className="pay-choice" key={option.id}>
                  <input type="radio" id={`pay-shipping-${option.id}`} name="shipping" value={option.id} defaultChecked={index === 0} />
                  <label htmlFor={`pay-shipping-${option.id}`}>
                    {option.label} — {option.amount === 0 ? "free" : money(option.amount)}{" "}
                    <span className="muted">
                      ({option.minDays}–{option.maxDays} business days)
                    </span>
                  </label>
                </div>
              ))}
              {errors.shipping ? (
                <p id="pay-shipping-error" className="pay-field__error">
                  {errors.shipping}
                </p>
              ) : null}
            </fieldset>
            <div className="test-pay__actions">
              <button type="submit" name="intent" value="pay" className="button" disabled={busy}>
                Pay
              </button>
              <button type="submit" name="intent" value="decline" className="button button--quiet" disabled={busy}>
                Decline
              </button>
              <button type="submit" name="intent" value="cancel" className="button button--quiet" disabled={busy}>
                Cancel
              </button>
            </div>
            <p className="muted test-pay__hint">
              Pay confirms the payment, Decline makes it fail, Cancel goes back to your bag. Each sends the shop the same event
              Stripe would.
            </p>
          </Form>
        </div>
      )}
    </div>
  );
}
