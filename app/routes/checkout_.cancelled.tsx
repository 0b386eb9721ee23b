import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { getOrderStateByToken } from "~/models/order.server";
import { cancelCheckout } from "~/services/checkout.server";
import { checkoutNoticeHeader } from "~/utils/checkout-notice.server";
import { NO_STORE } from "~/utils/http-cache";

const query = z.object({ order: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/**
 * The payment page's "back" link: the checkout ends, its pieces are released, and the shopper
 * is back in her bag, which still holds them. A checkout that was paid meanwhile is not undone.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const order = parsed.success ? await getOrderStateByToken(parsed.data.order) : null;
  if (!order) return redirect("/cart", { headers: NO_STORE });

  await cancelCheckout(order);
  const now = await getOrderStateByToken(order.token);
  if (now && (now.status === "PENDING" || now.status === "CANCELLED" || now.status === "EXPIRED" || now.status === "PAYMENT_FAILED")) {
    const notice = await checkoutNoticeHeader({
      tone: "info",
      messages: ["Your checkout was cancelled and nothing was charged. Your pieces are still in your bag."],
    });
    return redirect("/cart", { headers: { ...NO_STORE, "Set-Cookie": notice } });
  }
  return redirect(`/orders/${order.token}`, { headers: NO_STORE });
}
