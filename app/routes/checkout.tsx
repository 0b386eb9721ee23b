import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { startCheckout } from "~/services/checkout.server";
import { readCartId } from "~/utils/cart-cookie.server";
import { checkoutNoticeHeader } from "~/utils/checkout-notice.server";
import { NO_STORE } from "~/utils/http-cache";
import { shopOrigin } from "~/utils/origin.server";
import { readForm } from "~/utils/request-body.server";
import { enforceRateLimit, RATE_LIMITS } from "~/utils/rate-limit.server";

// Checkout starts from the bag's form; a GET here has nothing to show.
export function loader() {
  return redirect("/cart", { headers: NO_STORE });
}

/** "price:<variantId>" fields: the unit prices the bag showed, so a price change is pointed out, never charged unseen. */
const seenPrices = z
  .array(z.tuple([z.string(), z.union([z.string(), z.instanceof(File)])]))
  .transform((entries) => entries.filter(([key]) => key.startsWith("price:")))
  .pipe(
    z
      .array(z.tuple([z.string().regex(/^price:[A-Za-z0-9_-]{1,64}$/), z.coerce.number().int().min(0).max(100_000_000)]))
      .max(200),
  )
  .transform((entries) => new Map(entries.map(([key, price]) => [key.slice("price:".length), price])));

async function backToBag(messages: string[]) {
  return redirect("/cart", { status: 303, headers: { ...NO_STORE, "Set-Cookie": await checkoutNoticeHeader({ tone: "error", messages }) } });
}

/** POST /checkout: from the bag to the payment page, or back to the bag with a message per line. */
export async function action({ request }: ActionFunctionArgs) {
  await enforceRateLimit(request, RATE_LIMITS.checkout);
  const form = await readForm(request);
  const seen = seenPrices.safeParse([...form.entries()]);
  if (!seen.success) return backToBag(["We couldn't read that form. Please check your bag and try again."]);
  const cartId = await readCartId(request);
  if (!cartId) return backToBag(["Your bag is empty."]);

  const result = await startCheckout({ cartId, seenPrices: seen.data, origin: shopOrigin(request) });
  if (!result.ok) return backToBag(result.problems);
  return redirect(result.url, { status: 303, headers: NO_STORE });
}
