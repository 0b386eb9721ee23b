import type { ActionFunctionArgs, HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CartLineItem } from "~/components/cart-line";
import { GiftOptionsForm } from "~/components/gift-options-form";
import {
  addToCart,
  capNoticeFor,
  getCart,
  removeLine,
  setGiftOptions,
  updateLineQuantity,
  type CartResult,
} from "~/models/cart.server";
import { useShopCurrency } from "~/root";
import cartStyles from "~/styles/cart.css";
import checkoutStyles from "~/styles/checkout.css";
import { cartCookieHeader, readCartId } from "~/utils/cart-cookie.server";
import { cartAction, cartSearch, intents, type Intent } from "~/utils/cart-form.server";
import { takeCheckoutNotice } from "~/utils/checkout-notice.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { enforceRateLimit, RATE_LIMITS } from "~/utils/rate-limit.server";
import { formatMoney } from "~/utils/money";
import { FREE_SHIPPING_THRESHOLD } from "~/utils/shop";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: cartStyles },
  { rel: "stylesheet", href: checkoutStyles },
];

export const meta: MetaFunction = () => [{ title: "Your bag — Belonging" }, { name: "robots", content: "noindex" }];

// A bag is one shopper's: never stored by a browser or a shared cache.
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request }: LoaderFunctionArgs) {
  const cart = await getCart(await readCartId(request));
  const { capped } = cartSearch.parse(Object.fromEntries(new URL(request.url).searchParams));
  // What a checkout sent the shopper back to say (shown once).
  const checkout = await takeCheckoutNotice(request);
  const headers = checkout.clear ? { ...NO_STORE, "Set-Cookie": checkout.clear } : NO_STORE;
  return json({ cart, notice: capped ? capNoticeFor(cart, capped) : null, checkoutNotice: checkout.notice }, { headers });
}

export type CartActionData =
  | { ok: true; intent: Intent; notice: string | null; lineId: string | null }
  | { ok: false; intent: Intent | null; error: string; lineId: string | null };

function failure(status: number, error: string, intent: Intent | null, lineId: string | null) {
  return json<CartActionData>({ ok: false, intent, error, lineId }, { status, headers: NO_STORE });
}

/** Every change to the bag: add, update, remove and gift options, told apart by `intent`. */
export async function action({ request }: ActionFunctionArgs) {
  await enforceRateLimit(request, RATE_LIMITS.cartWrite);
  const fields = Object.fromEntries(await readForm(request));
  const lineId = typeof fields.lineId === "string" ? fields.lineId : null;
  const parsed = cartAction.safeParse(fields);
  if (!parsed.success) {
    const intent = intents.safeParse(fields.intent);
    return intent.success
      ? failure(400, parsed.error.issues[0]!.message, intent.data, lineId)
      : failure(400, "That change to your bag wasn't recognised.", null, lineId);
  }

  const input = parsed.data;
  const cartId = await readCartId(request);
  let result: CartResult;
  switch (input.intent) {
    case "add":
      result = await addToCart(cartId, input.variantId, input.quantity);
      break;
    case "update":
      result = await updateLineQuantity(cartId, input.lineId, input.quantity);
      break;
    case "remove":
      result = await removeLine(cartId, input.lineId);
      break;
    case "gift":
      result = await setGiftOptions(cartId, input);
      break;
  }
  if (!result.ok) return failure(result.status, result.error, input.intent, lineId);

  const headers = { ...NO_STORE, "Set-Cookie": await cartCookieHeader(result.cartId) };
  // Without JavaScript, an add lands on the bag (post, redirect, get: the bag may be new, so
  // only the next request carries its cookie); a capped quantity is said again there.
  if (input.intent === "add" && fields.enhanced !== "1") {
    return redirect(result.notice ? `/cart?capped=${encodeURIComponent(input.variantId)}` : "/cart", { status: 303, headers });
  }
  return json<CartActionData>({ ok: true, intent: input.intent, notice: result.notice, lineId }, { headers });
}

export default function CartRoute() {
  const { cart, notice, checkoutNotice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const currency = useShopCurrency();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lineCount = cart?.lines.length ?? 0;
  const previousLineCount = useRef(lineCount);

  // A removed line takes the focused button with it; bring focus back to the top of the bag.
  useEffect(() => {
    if (lineCount < previousLineCount.current && (!document.activeElement || document.activeElement === document.body)) {
      headingRef.current?.focus();
    }
    previousLineCount.current = lineCount;
  }, [lineCount]);

  // Answers to forms posted without JavaScript that belong to no single line.
  const pageMessage = actionData && !actionData.lineId && actionData.intent !== "gift" ? actionData : null;
  const pageNotice = pageMessage ? (pageMessage.ok ? pageMessage.notice : pageMessage.error) : notice;

  return (
    <div className="container page cart">
      <h1 ref={headingRef} tabIndex={-1}>
        Your bag
      </h1>
      <div role="status" className="cart__status">
        {pageNotice ? (
          <p className={`notice ${pageMessage && !pageMessage.ok ? "notice--error" : "notice--success"}`}>{pageNotice}</p>
        ) : null}
        {checkoutNotice ? (
          <div
            className={`notice checkout-notice ${checkoutNotice.tone === "error" ? "notice--error" : "notice--success"}`}
            data-testid="checkout-notice"
          >
            {checkoutNotice.tone === "error" ? <p>We couldn&apos;t start your checkout, and nothing is reserved:</p> : null}
            {checkoutNotice.messages.length === 1 && checkoutNotice.tone !== "error" ? (
              <p>{checkoutNotice.messages[0]}</p>
            ) : (
              <ul>
                {checkoutNotice.messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
      {!cart || cart.lines.length === 0 ? (
        <div className="cart-empty">
          <p>Your bag is empty.</p>
          <p>
            Every piece is handmade in our studio. <Link to="/collections">Browse the collections</Link> to find one
            you love.
          </p>
        </div>
      ) : (
        <div className="cart__layout">
          <section className="cart__lines" aria-labelledby="lines-heading">
            <h2 id="lines-heading" className="visually-hidden">
              Pieces in your bag
            </h2>
            <ul className="cart-lines">
              {cart.lines.map((line) => (
                <CartLineItem key={line.id} line={line} answer={actionData?.lineId === line.id ? actionData : undefined} />
              ))}
            </ul>
            <GiftOptionsForm
              giftNote={cart.giftNote}
              giftWrap={cart.giftWrap}
              hidePrices={cart.hidePrices}
              answer={actionData?.intent === "gift" ? actionData : undefined}
            />
          </section>
          <section className="cart-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">Summary</h2>
            <dl className="cart-summary__rows">
              <div>
                <dt>Subtotal</dt>
                <dd>{formatMoney(cart.subtotal, currency)}</dd>
              </div>
              {cart.giftWrap ? (
                <div>
                  <dt>Gift wrap</dt>
                  <dd>{formatMoney(cart.giftWrapPrice, currency)}</dd>
                </div>
              ) : null}
              <div className="cart-summary__total">
                <dt>Total before shipping</dt>
                <dd data-testid="cart-total">{formatMoney(cart.total, currency)}</dd>
              </div>
            </dl>
            <p className="muted cart-summary__note">
              {cart.subtotal >= FREE_SHIPPING_THRESHOLD
                ? "Your order ships free by standard post."
                : `Standard shipping is free on orders of ${formatMoney(FREE_SHIPPING_THRESHOLD, currency)} or more.`}
            </p>
            {/* A plain form: the answer is a redirect to the payment page, which may be on Stripe. */}
            <form method="post" action="/checkout">
              {cart.lines.map((line) => (
                <input key={line.id} type="hidden" name={`price:${line.variantId}`} value={line.unitPrice} />
              ))}
              <button type="submit" className="button cart-summary__checkout" aria-describedby="checkout-note">
                Checkout
              </button>
              <p id="checkout-note" className="muted cart-summary__note">
                You&apos;ll pay securely on the next page, where you add your address and choose shipping.
              </p>
            </form>
          </section>
        </div>
      )}
    </div>
  );
}
