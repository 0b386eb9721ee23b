import type { ActionFunctionArgs, HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getOrderStateByToken } from "~/models/order.server";
import { cancelCheckout } from "~/services/checkout.server";
import checkoutStyles from "~/styles/checkout.css";
import { checkoutNoticeHeader } from "~/utils/checkout-notice.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }];
export const meta: MetaFunction = () => [{ title: "Checkout not finished — Belonging" }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

const orderToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const ENDED = new Set(["CANCELLED", "EXPIRED", "PAYMENT_FAILED"]);

async function findOrder(token: unknown) {
  const parsed = orderToken.safeParse(token);
  return parsed.success ? getOrderStateByToken(parsed.data) : null;
}

/**
 * The payment page's "back" link lands here. A GET changes nothing (a link preview or a
 * prefetch may fetch it): it offers to end the checkout, or to go back to the payment page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const order = await findOrder(new URL(request.url).searchParams.get("order"));
  if (!order) return redirect("/cart", { headers: NO_STORE });
  if (order.status !== "PENDING" && !ENDED.has(order.status)) return redirect(`/orders/${order.token}`, { headers: NO_STORE });
  const open = order.status === "PENDING" && order.expiresAt.getTime() > Date.now();
  return json({ token: order.token, open, paymentUrl: open ? order.checkoutUrl : null }, { headers: NO_STORE });
}

/**
 * Ends the checkout: its pieces are released, and the shopper is back in her bag, which still
 * holds them. Pressing it again changes nothing more; a checkout paid meanwhile is not undone.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const order = await findOrder(form.get("order"));
  if (!order) return redirect("/cart", { status: 303, headers: NO_STORE });

  await cancelCheckout(order);
  const now = await getOrderStateByToken(order.token);
  if (now && (now.status === "PENDING" || ENDED.has(now.status))) {
    const notice = await checkoutNoticeHeader({
      tone: "info",
      messages: ["Your checkout was cancelled and nothing was charged. Your pieces are still in your bag."],
    });
    return redirect("/cart", { status: 303, headers: { ...NO_STORE, "Set-Cookie": notice } });
  }
  return redirect(`/orders/${order.token}`, { status: 303, headers: NO_STORE });
}

export default function CheckoutCancelled() {
  const { token, open, paymentUrl } = useLoaderData<typeof loader>();
  return (
    <div className="container page narrow">
      <h1>Your checkout isn&rsquo;t finished</h1>
      <p>Nothing has been charged.</p>
      {open ? (
        <p>
          Your pieces are held for you for a little while. You can go back to your bag now, which frees them for other
          shoppers, or return to the payment page.
        </p>
      ) : (
        <p>This checkout has already ended. Your pieces are still in your bag.</p>
      )}
      <div className="cancelled-actions">
        <Form method="post">
          <input type="hidden" name="order" value={token} />
          <button type="submit" className="button">
            {open ? "Cancel checkout and go to my bag" : "Go to my bag"}
          </button>
        </Form>
        {paymentUrl ? (
          <a className="button button--quiet" href={paymentUrl}>
            Return to the payment page
          </a>
        ) : null}
      </div>
      <p>
        <Link to="/collections">Keep browsing</Link>
      </p>
    </div>
  );
}
